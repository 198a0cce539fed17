import './money.css';
import { useQuery } from '@tanstack/react-query';
import { DatePicker, Empty, Input, type TableProps, Tag } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { QueryOf } from '../../api/types';
import { useAbility } from '../../app/auth/use-me';
import { ConfirmAction } from '../../app/ui/ConfirmAction';
import { ExportButton } from '../../app/ui/ExportButton';
import { errorText } from '../../app/ui/error-text';
import { useFormat } from '../../app/ui/format';
import { formatFen } from '../../app/ui/money';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { useToast } from '../../app/ui/toast';
import { sortOrderOf, useListParams } from '../../app/ui/use-list-params';
import { DueReceipts } from './DueReceipts';
import { type Receipt, receiptsQuery, useRefreshMoney } from './money-queries';
import { ReceiptActions } from './ReceiptActions';
import { reprint } from './receipt-actions';

const FILTERS = ['from', 'to'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const SORTABLE = ['issuedAt', 'number', 'amountFen'] as const;
type Sort = NonNullable<QueryOf<'/api/receipts'>['sort']>;

/** 收据: the receipts of my offices a page at a time (page, sort, search and period in the URL), with void, replace, reprint, print and the Excel export. */
export function ReceiptsPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const refresh = useRefreshMoney();
  const list = useListParams(FILTERS, { sort: '-issuedAt' });
  const [search, setSearch] = useState(list.q);
  useEffect(() => setSearch(list.q), [list.q]);
  const from = list.filters.from && DAY.test(list.filters.from) ? list.filters.from : undefined;
  const to = list.filters.to && DAY.test(list.filters.to) ? list.filters.to : undefined;
  const sortField = list.sort?.replace(/^-/, '');
  const sort = sortField && (SORTABLE as readonly string[]).includes(sortField) ? (list.sort as Sort) : undefined;
  // business dates: the server takes them in the organisation's zone
  const filters = { from, to, q: list.q || undefined, sort };
  const query = { ...filters, page: list.page, pageSize: list.pageSize };
  const receipts = useQuery(receiptsQuery(query));
  const [voiding, setVoiding] = useState<Receipt | null>(null);
  const [replacing, setReplacing] = useState<Receipt | null>(null);
  const cashier = useAbility('issueReceipts');

  const actions = (r: Receipt) => (
    <ReceiptActions
      receipt={r}
      onVoid={setVoiding}
      onReplace={setReplacing}
      onReprint={(x) =>
        reprint(x.id, i18n.language)
          .then(refresh)
          .catch((e) => toast.error(errorText(t, e)))
      }
    />
  );
  const state = (r: Receipt) => (r.voidedAt ? <Tag color="red">{t('money:receipts.void')}</Tag> : null);

  const sorter = (field: (typeof SORTABLE)[number]) => ({ sorter: true, sortOrder: sortOrderOf(list.sort, field) });
  const columns: TableProps<Receipt>['columns'] = [
    {
      key: 'number',
      title: t('money:receipts.number'),
      ...sorter('number'),
      render: (_, r) => (
        <span>
          {r.number} {state(r)}
        </span>
      ),
    },
    { key: 'office', dataIndex: 'officeName', title: t('money:receipts.office') },
    { key: 'payer', dataIndex: 'payer', title: t('money:receipts.payer') },
    { key: 'amountFen', title: t('money:fields.amount'), align: 'right', ...sorter('amountFen'), render: (_, r) => formatFen(r.amountFen) },
    { key: 'method', title: t('money:receipts.method'), render: (_, r) => t(`orders:methods.${r.method}`, { defaultValue: r.method }) },
    { key: 'cashier', dataIndex: 'cashierName', title: t('money:books.cashier') },
    { key: 'issuedAt', title: t('money:receipts.issuedAt'), ...sorter('issuedAt'), render: (_, r) => format.dateTime(r.issuedAt) },
    { key: 'voidReason', title: t('money:receipts.voidReason'), render: (_, r) => r.voidReason ?? '' },
    { key: 'actions', title: t('common:fields.actions'), render: (_, r) => actions(r) },
  ];

  return (
    <>
      <PageHeader
        title={t('money:receipts.title')}
        // the export writes every receipt the filters match, not only this page
        extra={<ExportButton path="/api/receipts/export.xlsx" query={filters} />}
      />
      {cashier ? <DueReceipts /> : null}
      <search className="toolbar">
        <Input.Search
          className="search"
          aria-label={t('money:receipts.search')}
          placeholder={t('money:receipts.search')}
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(v) => list.update({ q: v.trim() })}
        />
        <DatePicker.RangePicker
          aria-label={t('money:period')}
          value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
          allowEmpty={[true, true]}
          onChange={(v) => list.update({ from: v?.[0]?.format('YYYY-MM-DD') ?? null, to: v?.[1]?.format('YYYY-MM-DD') ?? null })}
        />
      </search>
      {receipts.isError ? (
        <QueryError error={receipts.error} onRetry={() => receipts.refetch()} />
      ) : (
        <ResponsiveTable<Receipt>
          label={t('money:receipts.title')}
          rowKey="id"
          columns={columns}
          items={receipts.data?.items}
          total={receipts.data?.total ?? 0}
          page={list.page}
          pageSize={list.pageSize}
          loading={receipts.isFetching}
          empty={<Empty description={list.q ? t('money:receipts.noMatch') : t('money:receipts.empty')} />}
          onPageChange={list.onPageChange}
          onTableChange={list.onTableChange}
          renderCard={(r) => (
            <>
              <div className="record-card-title">
                <span>
                  {r.number} {state(r)}
                </span>
                <span>{formatFen(r.amountFen)}</span>
              </div>
              <div className="record-card-line">
                {r.payer} · {r.officeName}
              </div>
              <div className="record-card-line muted">
                {r.cashierName} · {format.dateTime(r.issuedAt)}
              </div>
              {r.voidReason ? <div className="record-card-line">{r.voidReason}</div> : null}
              {actions(r)}
            </>
          )}
        />
      )}
      <ConfirmAction
        open={voiding !== null}
        title={t('money:receipts.voidTitle', { number: voiding?.number ?? '' })}
        description={t('money:receipts.voidText')}
        okText={t('money:receipts.doVoid')}
        danger
        withReason="required"
        onClose={() => setVoiding(null)}
        onConfirm={async (reason) => {
          if (!voiding) return;
          await unwrap(api.POST('/api/receipts/{id}/void', { params: { path: { id: voiding.id } }, body: { reason: reason ?? '' } }));
          await refresh();
          toast.success(t('money:receipts.voided'));
        }}
      />
      <ConfirmAction
        open={replacing !== null}
        title={t('money:receipts.replaceTitle', { number: replacing?.number ?? '' })}
        description={t('money:receipts.replaceText')}
        okText={t('money:receipts.replace')}
        onClose={() => setReplacing(null)}
        onConfirm={async () => {
          if (!replacing) return;
          const made = await unwrap(api.POST('/api/receipts/{id}/replace', { params: { path: { id: replacing.id } } }));
          await refresh();
          toast.success(t('money:receipts.replaced', { number: made.number }));
        }}
      />
    </>
  );
}
