import { useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Empty, Input, Radio, type TableProps, Tag } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAbility } from '../../app/auth/use-me';
import { ExportButton } from '../../app/ui/ExportButton';
import { formatFen } from '../../app/ui/money';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { useListParams } from '../../app/ui/use-list-params';
import { BillRuns } from './BillRuns';
import { BILL_FILTERS, type BillListQuery, type BillRow, billsQuery, roomOf } from './bill-queries';
import './bills.css';

/** 账单: the runs of an estate (start one, watch it), then the bills, filtered from the URL, exported as Excel. */
export function BillsPage() {
  const { t } = useTranslation();
  const canRun = useAbility('runBills');
  const list = useListParams(BILL_FILTERS, { sort: '-period' });
  const f = list.filters;
  const [search, setSearch] = useState(list.q);
  useEffect(() => setSearch(list.q), [list.q]);
  const query: BillListQuery = {
    page: list.page,
    pageSize: list.pageSize,
    ...(list.sort ? { sort: list.sort as BillListQuery['sort'] } : {}),
    ...(list.q ? { q: list.q } : {}),
    ...(f.officeId ? { officeId: f.officeId } : {}),
    ...(f.estateId ? { estateId: f.estateId } : {}),
    ...(f.buildingId ? { buildingId: f.buildingId } : {}),
    ...(f.unitId ? { unitId: f.unitId } : {}),
    ...(f.period ? { period: f.period } : {}),
    ...(f.state === 'open' || f.state === 'paid' ? { state: f.state } : {}),
    ...(f.adjustment === 'pending' ? { adjustment: 'pending' as const } : {}),
  };
  const bills = useQuery(billsQuery(query));
  const { page: _p, pageSize: _s, ...exportQuery } = query;
  const narrowed = Boolean(f.officeId || f.buildingId || f.unitId || f.adjustment);

  const columns: TableProps<BillRow>['columns'] = [
    { key: 'period', title: t('bills:fields.period'), dataIndex: 'period' },
    { key: 'room', title: t('bills:fields.room'), render: (_, b) => <Link to={`/bills/${b.id}`}>{`${b.estateName} ${roomOf(b)}`}</Link> },
    { key: 'item', title: t('bills:fields.item'), dataIndex: 'itemName' },
    { key: 'payer', title: t('bills:fields.payer'), dataIndex: 'payerName' },
    { key: 'days', title: t('bills:fields.days'), render: (_, b) => `${b.daysBilled}/${b.daysInPeriod}` },
    { key: 'amount', title: t('bills:fields.amount'), align: 'right', render: (_, b) => formatFen(b.amountFen) },
    { key: 'due', title: t('bills:fields.due'), align: 'right', render: (_, b) => formatFen(b.dueFen) },
    {
      key: 'state',
      title: t('bills:fields.state'),
      render: (_, b) => (
        <>
          <Tag className={`bill-state bill-state-${b.state}`}>{t(`bills:states.${b.state}`)}</Tag>
          {b.bankBatchId ? <Tag className="bill-state bill-state-bank">{t('bills:bank.tag')}</Tag> : null}
          {b.pendingAdjustments > 0 ? <Tag className="bill-state bill-state-pending">{t('bills:adjustment.pendingTag')}</Tag> : null}
        </>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('bills:title')} extra={<ExportButton path="/api/bills/export.xlsx" query={exportQuery} />} />
      <BillRuns canRun={canRun} estateId={f.estateId} onEstate={(estateId) => list.update({ estateId })} />
      <search className="bill-filters">
        <DatePicker
          picker="month"
          aria-label={t('bills:fields.period')}
          value={f.period ? dayjs(`${f.period}-01`) : null}
          onChange={(v) => list.update({ period: v ? v.format('YYYY-MM') : null })}
        />
        <Radio.Group
          optionType="button"
          aria-label={t('bills:fields.state')}
          value={f.state ?? 'all'}
          onChange={(e) => list.update({ state: e.target.value === 'all' ? null : e.target.value })}
          options={[
            { value: 'all', label: t('bills:filters.all') },
            { value: 'open', label: t('bills:states.open') },
            { value: 'paid', label: t('bills:states.paid') },
          ]}
        />
        <Input.Search
          aria-label={t('bills:search')}
          placeholder={t('bills:search')}
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(q) => list.update({ q: q || null })}
        />
        {narrowed ? (
          <Button onClick={() => list.update({ officeId: null, buildingId: null, unitId: null, adjustment: null })}>
            {t('bills:filters.clear')}
          </Button>
        ) : null}
      </search>
      {bills.isError ? (
        <QueryError error={bills.error} onRetry={() => bills.refetch()} />
      ) : (
        <ResponsiveTable<BillRow>
          label={t('bills:list')}
          rowKey="id"
          columns={columns}
          items={bills.data?.items}
          total={bills.data?.total ?? 0}
          page={list.page}
          pageSize={list.pageSize}
          loading={bills.isFetching}
          empty={<Empty description={t('bills:empty')} />}
          onPageChange={list.onPageChange}
          renderCard={(b) => (
            <>
              <Link to={`/bills/${b.id}`}>{`${b.period} ${b.estateName} ${roomOf(b)}`}</Link>
              <div>{`${b.itemName} · ${b.payerName}`}</div>
              <div>{`${formatFen(b.dueFen)} · ${t(`bills:states.${b.state}`)}`}</div>
            </>
          )}
        />
      )}
    </>
  );
}
