import { Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** 在用 / 停用: the lists' status filter (empty: both). */
export function ActiveFilter({ value, onChange }: { value: string | undefined; onChange(v: string | null): void }) {
  const { t } = useTranslation();
  return (
    <Select
      aria-label={t('parking:filters.active')}
      placeholder={t('parking:filters.active')}
      allowClear
      value={value}
      onChange={(v) => onChange(v ?? null)}
      options={['true', 'false'].map((v) => ({ value: v, label: t(`parking:status.${v}`) }))}
    />
  );
}

/** A record's status in a table column: 在用 as text, 停用 marked (antd's green tag fails the contrast check). */
export function ActiveTag({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return active ? <span>{t('parking:status.true')}</span> : <Tag>{t('parking:inactive')}</Tag>;
}
