import './fee-desk.css';
import { useQuery } from '@tanstack/react-query';
import { Checkbox, DatePicker, Empty, Input, Select, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../app/auth/use-me';
import { ExportButton } from '../../app/ui/ExportButton';
import { useFormat } from '../../app/ui/format';
import { formatFen } from '../../app/ui/money';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { sortOrderOf, useListParams } from '../../app/ui/use-list-params';
import { METHODS, type PaymentListQuery, type PaymentRow, paymentsQuery, receiptPrintUrl } from './desk-queries';

const FILTERS = ['from', 'to', 'estateId', 'method', 'cashierId'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
type Sort = NonNullable<PaymentListQuery['sort']>;
type Method = NonNullable<PaymentListQuery['method']>;
const ALL_METHODS: readonly Method[] = [...METHODS, 'bank_collection'];

/** 物业费收款记录: the fee payments of my offices (period, estate, method, search in the URL) and their Excel export. */
export function FeePaymentsPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const list = useListParams(FILTERS, { sort: '-paidAt' });
  const [search, setSearch] = useState(list.q);
  useEffect(() => setSearch(list.q), [list.q]);
  const estates = useQuery({
    queryKey: ['feeDesk', 'estates'],
    queryFn: () => unwrap(api.GET('/api/estates', { params: { query: { pageSize: 100 } } })),
  });
  const f = list.filters;
  const method = ALL_METHODS.find((m) => m === f.method);
  const sort = (['paidAt', '-paidAt', 'amount', '-amount'] as const).find((s) => s === list.sort) as Sort | undefined;
  const filters = {
    from: f.from && DAY.test(f.from) ? f.from : undefined,
    to: f.to && DAY.test(f.to) ? f.to : undefined,
    estateId: f.estateId || undefined,
    method,
    cashierId: f.cashierId || undefined,
    q: list.q || undefined,
    sort,
  };
  const payments = useQuery(paymentsQuery({ ...filters, page: list.page, pageSize: list.pageSize }));
  const methodText = (m: string) => t(`feeDesk:methods.${m}`, { defaultValue: m });
  // after a 补开 the voided receipts come first, as the order page says them: A-0000002（已作废）、A-0000003
  const receipt = (r: PaymentRow) =>
    r.receiptId ? (
      <span>
        {r.voidedReceiptNumbers.map((n) => `${t('feeDesk:payments.voidedReceipt', { number: n })}${t('common:listSeparator')}`).join('')}
        <a href={receiptPrintUrl(r.receiptId, i18n.language)} target="_blank" rel="noreferrer">
          {r.receiptNumber}
        </a>
      </span>
    ) : (
      '—'
    );

  const columns: TableProps<PaymentRow>['columns'] = [
    {
      key: 'paidAt',
      title: t('feeDesk:payments.paidAt'),
      sorter: true,
      sortOrder: sortOrderOf(list.sort, 'paidAt'),
      render: (_, r) => format.dateTime(r.paidAt),
    },
    { key: 'estate', dataIndex: 'estateName', title: t('feeDesk:payments.estate') },
    { key: 'unit', dataIndex: 'unitLabel', title: t('feeDesk:payments.unit') },
    { key: 'payer', dataIndex: 'payer', title: t('feeDesk:payments.payer') },
    { key: 'method', title: t('feeDesk:payments.method'), render: (_, r) => methodText(r.method) },
    {
      key: 'amount',
      title: t('feeDesk:payments.amount'),
      align: 'right',
      sorter: true,
      sortOrder: sortOrderOf(list.sort, 'amount'),
      render: (_, r) => formatFen(r.amountFen),
    },
    { key: 'receipt', title: t('feeDesk:payments.receipt'), render: (_, r) => receipt(r) },
    { key: 'cashier', dataIndex: 'cashierName', title: t('feeDesk:payments.cashier') },
  ];

  return (
    <>
      <PageHeader title={t('feeDesk:payments.title')} extra={<ExportButton path="/api/fee-payments/export.xlsx" query={filters} />} />
      <search className="fee-payment-filters">
        <Input.Search
          className="search"
          aria-label={t('feeDesk:payments.search')}
          placeholder={t('feeDesk:payments.search')}
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(v) => list.update({ q: v.trim() })}
        />
        <DatePicker.RangePicker
          aria-label={t('feeDesk:payments.period')}
          value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
          allowEmpty={[true, true]}
          onChange={(v) => list.update({ from: v?.[0]?.format('YYYY-MM-DD') ?? null, to: v?.[1]?.format('YYYY-MM-DD') ?? null })}
        />
        <Select
          aria-label={t('feeDesk:payments.estate')}
          placeholder={t('feeDesk:payments.allEstates')}
          allowClear
          style={{ minWidth: 160 }}
          value={filters.estateId}
          options={(estates.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }))}
          onChange={(v) => list.update({ estateId: v ?? null })}
        />
        <Select
          aria-label={t('feeDesk:payments.method')}
          placeholder={t('feeDesk:payments.allMethods')}
          allowClear
          style={{ minWidth: 140 }}
          value={method}
          options={ALL_METHODS.map((m) => ({ value: m, label: methodText(m) }))}
          onChange={(v) => list.update({ method: v ?? null })}
        />
        <Checkbox
          checked={filters.cashierId === me.user.id}
          onChange={(e) => list.update({ cashierId: e.target.checked ? me.user.id : null })}
        >
          {t('feeDesk:payments.mine')}
        </Checkbox>
      </search>
      {payments.isError ? (
        <QueryError error={payments.error} onRetry={() => payments.refetch()} />
      ) : (
        <ResponsiveTable<PaymentRow>
          label={t('feeDesk:payments.title')}
          rowKey="id"
          columns={columns}
          items={payments.data?.items}
          total={payments.data?.total ?? 0}
          page={list.page}
          pageSize={list.pageSize}
          loading={payments.isFetching}
          empty={<Empty description={t('feeDesk:payments.empty')} />}
          onPageChange={list.onPageChange}
          onTableChange={list.onTableChange}
          renderCard={(r) => (
            <>
              <div className="record-card-title">
                <span>{`${r.estateName} ${r.unitLabel}`}</span>
                <span>{formatFen(r.amountFen)}</span>
              </div>
              <div className="record-card-line">
                {r.payer} · {methodText(r.method)} · {receipt(r)}
              </div>
              <div className="record-card-line muted">
                {r.cashierName} · {format.dateTime(r.paidAt)}
              </div>
            </>
          )}
        />
      )}
    </>
  );
}
