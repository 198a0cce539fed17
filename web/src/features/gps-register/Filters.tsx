import { Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** A list's filter of fixed choices (empty: all); `words` names each choice (`gps:<words>.<value>`). */
export function ChoiceFilter(props: {
  label: string;
  words: string;
  values: readonly string[];
  value: string | undefined;
  onChange(v: string | null): void;
}) {
  const { t } = useTranslation();
  return (
    <Select
      aria-label={props.label}
      placeholder={props.label}
      allowClear
      value={props.value}
      onChange={(v) => props.onChange(v ?? null)}
      options={props.values.map((v) => ({ value: v, label: t(`gps:${props.words}.${v}`) }))}
    />
  );
}

/** 在用 / 停用 in a table column: in use as text, deactivated marked. */
export function ActiveTag({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return active ? <span>{t('gps:status.true')}</span> : <Tag>{t('gps:status.false')}</Tag>;
}
