import { Empty, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { percentOf, type Scores } from './setup-queries';

type AreaRow = Scores['byArea'][number];
type CleanerRow = Scores['byCleaner'][number];
type CheckRow = Scores['byCheck'][number];

/** A small table of the month (at most a few dozen rows): no pager; on a phone its box scrolls sideways, by keyboard too. */
function SmallTable<T extends object>(props: {
  label: string;
  rowKey: (r: T) => string;
  rows: T[];
  columns: NonNullable<Parameters<typeof Table<T>>[0]['columns']>;
}) {
  const { t } = useTranslation();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region needs focus (axe: scrollable-region-focusable)
    <section className="cleaning-scroll" tabIndex={0} aria-label={props.label}>
      <Table<T>
        aria-label={props.label}
        size="small"
        rowKey={props.rowKey}
        pagination={false}
        dataSource={props.rows}
        columns={props.columns}
        locale={{ emptyText: <Empty description={t('cleaning:scores.nothing')} /> }}
      />
    </section>
  );
}

/** The pass-rate columns every table shares: checks, passed, rate (percent, one decimal). */
function useCountColumns<T extends { checks: number; passed: number; rate: number | null }>() {
  const { t } = useTranslation();
  return [
    { key: 'checks', title: t('cleaning:scores.checks'), align: 'right' as const, render: (_: unknown, r: T) => r.checks },
    { key: 'passed', title: t('cleaning:scores.passed'), align: 'right' as const, render: (_: unknown, r: T) => r.passed },
    {
      key: 'rate',
      title: t('cleaning:scores.rate'),
      align: 'right' as const,
      render: (_: unknown, r: T) => percentOf(r.rate) ?? t('common:empty'),
    },
  ];
}

export function AreaTable({ rows }: { rows: AreaRow[] }) {
  const { t } = useTranslation();
  const counts = useCountColumns<AreaRow>();
  return (
    <SmallTable<AreaRow>
      label={t('cleaning:scores.byArea')}
      rowKey={(r) => `${r.estateId}:${r.area}:${r.level}`}
      rows={rows}
      columns={[
        { key: 'estate', title: t('cleaning:plans.estate'), dataIndex: 'estateName' },
        { key: 'area', title: t('cleaning:standards.area'), render: (_, r) => t(`cleaning:areas.${r.area}`) },
        { key: 'level', title: t('cleaning:plans.level'), render: (_, r) => t(`cleaning:levels.${r.level}`) },
        ...counts,
      ]}
    />
  );
}

export function CleanerTable({ rows }: { rows: CleanerRow[] }) {
  const { t } = useTranslation();
  const counts = useCountColumns<CleanerRow>();
  return (
    <SmallTable<CleanerRow>
      label={t('cleaning:scores.byCleaner')}
      rowKey={(r) => `${r.cleanerId}:${r.level}`}
      rows={rows}
      columns={[
        { key: 'cleaner', title: t('cleaning:plans.cleaner'), dataIndex: 'cleanerName' },
        { key: 'level', title: t('cleaning:plans.level'), render: (_, r) => t(`cleaning:levels.${r.level}`) },
        ...counts,
      ]}
    />
  );
}

export function FailureTable({ rows }: { rows: CheckRow[] }) {
  const { t } = useTranslation();
  return (
    <SmallTable<CheckRow>
      label={t('cleaning:scores.byCheck')}
      rowKey={(r) => r.checkKey}
      rows={rows}
      columns={[
        { key: 'area', title: t('cleaning:standards.area'), render: (_, r) => t(`cleaning:areas.${r.area}`) },
        { key: 'object', title: t('cleaning:standards.object'), dataIndex: 'object' },
        { key: 'criterion', title: t('cleaning:standards.criterion'), dataIndex: 'criterion' },
        { key: 'failed', title: t('cleaning:scores.failed'), align: 'right', dataIndex: 'failed' },
      ]}
    />
  );
}
