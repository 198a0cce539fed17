import './money.css';
import { useQuery } from '@tanstack/react-query';
import { Alert, DatePicker, Empty, Form, Statistic, Table, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { OrgTreeSelect } from '../../app/org-scope/OrgTreeSelect';
import { useOrgScope } from '../../app/org-scope/org-scope';
import { ExportButton } from '../../app/ui/ExportButton';
import { formatFen } from '../../app/ui/money';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { useServerToday } from '../../app/ui/server-time';
import { useListParams } from '../../app/ui/use-list-params';
import { MoneyChecks } from './MoneyChecks';
import { type Reconciliation, reconciliationQuery } from './money-queries';

const FILTERS = ['org', 'from', 'to'] as const;
/** The nodes that collect money and keep receipts: not HQ, nor a company as a whole. */
const reconciles = (kind: string) => kind !== 'hq' && kind !== 'company';
const DAY = /^\d{4}-\d{2}-\d{2}$/;
type Difference = Reconciliation['differences'][number];

/** 对账: one office and period, the totals by stage and every difference, with the Excel export and the checks. */
export function ReconciliationPage() {
  const { t } = useTranslation();
  const scope = useOrgScope();
  const list = useListParams(FILTERS);
  const today = useServerToday();
  const from = list.filters.from && DAY.test(list.filters.from) ? list.filters.from : today;
  const to = list.filters.to && DAY.test(list.filters.to) ? list.filters.to : today;
  const orgId = list.filters.org;
  const office = orgId ? scope.orgs.byId.get(orgId) : undefined;
  // every unit that takes money reconciles its own: an office, a department of its own (GPS事业部), a health centre or station
  const isOffice = office !== undefined && reconciles(office.kind);

  // The office follows the header's switcher; the link carries it.
  useEffect(() => {
    if (!orgId && scope.chosenOrgId) list.update({ org: scope.chosenOrgId }, { replace: true, keepPage: true });
  }, [orgId, scope.chosenOrgId, list.update]);

  const query = { officeId: orgId ?? '', from, to };
  const report = useQuery({ ...reconciliationQuery(query), enabled: isOffice });

  const columns: TableProps<Difference>['columns'] = [
    {
      key: 'kind',
      title: t('money:reconciliation.kind'),
      render: (_, d) => t(`money:reconciliation.kinds.${d.kind}`, { defaultValue: d.kind }),
    },
    { key: 'ref', dataIndex: 'ref', title: t('money:reconciliation.ref') },
    { key: 'amount', title: t('money:fields.amount'), align: 'right', render: (_, d) => formatFen(d.amountFen) },
    {
      key: 'detail',
      title: t('money:reconciliation.detail'),
      render: (_, d) =>
        t(`money:reconciliation.details.${d.kind}`, {
          defaultValue: '',
          actual: formatFen(d.amountFen),
          expected: formatFen(d.expectedFen ?? 0),
        }),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('money:reconciliation.title')}
        subtitle={office?.name}
        extra={isOffice ? <ExportButton path="/api/reconciliation/export.xlsx" query={query} /> : null}
      />
      <Form layout="inline" className="toolbar">
        <Form.Item label={t('money:reconciliation.unit')} htmlFor="reconciliation-office">
          <OrgTreeSelect
            id="reconciliation-office"
            value={orgId}
            selectable={(o) => reconciles(o.kind)}
            onChange={(id) => scope.select(id ?? null)}
          />
        </Form.Item>
        <Form.Item label={t('money:period')}>
          <DatePicker.RangePicker
            value={[dayjs(from), dayjs(to)]}
            allowClear={false}
            onChange={(v) => list.update({ from: v?.[0]?.format('YYYY-MM-DD') ?? null, to: v?.[1]?.format('YYYY-MM-DD') ?? null })}
          />
        </Form.Item>
      </Form>
      {!isOffice ? (
        <Alert type="info" showIcon title={t('money:reconciliation.pickOffice')} />
      ) : report.isError ? (
        <QueryError error={report.error} onRetry={() => report.refetch()} />
      ) : (
        <>
          <section aria-label={t('money:reconciliation.totalsLabel')} className="money-cards">
            {Object.entries(report.data?.totals ?? {}).map(([k, fen]) => (
              <Statistic
                key={k}
                title={t(`money:reconciliation.totals.${k}`, { defaultValue: k })}
                value={formatFen(fen)}
                loading={report.isFetching}
              />
            ))}
          </section>
          <section aria-labelledby="differences-title" className="money-section">
            <h2 id="differences-title">{t('money:reconciliation.differences')}</h2>
            <Table<Difference>
              aria-label={t('money:reconciliation.differences')}
              rowKey={(d) => `${d.kind}:${d.ref}`}
              columns={columns}
              dataSource={report.data?.differences}
              loading={report.isFetching}
              scroll={{ x: 'max-content' }}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              locale={{ emptyText: <Empty description={t('money:reconciliation.noDifferences')} /> }}
            />
          </section>
        </>
      )}
      {/* the checks of the unit chosen, as the totals above; of every unit the caller sees while none is */}
      <MoneyChecks officeId={isOffice ? orgId : undefined} />
    </>
  );
}
