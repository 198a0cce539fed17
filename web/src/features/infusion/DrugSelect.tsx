import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { activeDrugsQuery } from './drug-queries';

/**
 * Picks one of the centre's active drugs, by name and spec, searchable; a drug of an excluded category (A5.3) says so.
 * Used in a form through `id` (the field's label names it).
 */
export function DrugSelect(props: { id?: string; value?: string; onChange?: (v: string | undefined) => void }) {
  const { t } = useTranslation();
  const drugs = useQuery(activeDrugsQuery());
  return (
    <Select
      id={props.id}
      showSearch
      optionFilterProp="label"
      placeholder={t('infusionOrders:drugs.pick')}
      loading={drugs.isPending}
      value={props.value}
      onChange={(v) => props.onChange?.(v ?? undefined)}
      options={(drugs.data?.items ?? []).map((d) => {
        const excluded = d.categories.filter((c) => c.excluded).map((c) => c.name);
        const name = `${d.name} ${d.spec}`;
        return {
          value: d.id,
          label: excluded.length ? t('common:aside', { text: name, aside: excluded.join(t('common:listSeparator')) }) : name,
        };
      })}
    />
  );
}
