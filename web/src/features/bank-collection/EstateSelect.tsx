import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { estateOptionsQuery } from './bank-queries';

/** The estates the caller sees, to pick one. */
export function EstateSelect(props: {
  value?: string | undefined;
  onChange?: (v: string | undefined) => void;
  allowClear?: boolean;
  id?: string;
}) {
  const { t } = useTranslation();
  const estates = useQuery(estateOptionsQuery());
  return (
    <Select
      id={props.id}
      aria-label={t('bankCollection:fields.estate')}
      placeholder={t('bankCollection:fields.estate')}
      allowClear={props.allowClear}
      value={props.value}
      onChange={(v) => props.onChange?.(v ?? undefined)}
      options={(estates.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }))}
    />
  );
}
