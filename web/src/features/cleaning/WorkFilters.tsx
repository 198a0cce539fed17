import { Select } from 'antd';
import { useTranslation } from 'react-i18next';

type Flag = 'mine' | 'overdue';

/**
 * The two filters both work lists end with, as the workbench links set them: only the caller's (to do, to fix or
 * to re-check) and only those past their deadline.
 */
export function MineAndOverdueFilters({
  filters,
  update,
  mineLabel,
}: {
  filters: Partial<Record<Flag, string>>;
  update: (patch: Partial<Record<Flag, string | null>>) => void;
  mineLabel: string;
}) {
  const { t } = useTranslation();
  const flag = (key: Flag, name: string, label: string) => (
    <Select
      aria-label={name}
      placeholder={name}
      allowClear
      value={filters[key] === 'true' ? 'true' : undefined}
      onChange={(v) => update({ [key]: v ?? null })}
      options={[{ value: 'true', label }]}
    />
  );
  return (
    <>
      {flag('mine', t('cleaningWork:fields.whose'), mineLabel)}
      {flag('overdue', t('cleaningWork:fields.deadline'), t('cleaningWork:overdueOnly'))}
    </>
  );
}
