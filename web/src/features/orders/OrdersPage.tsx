import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Grid, Result, Space, type TableProps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAbility } from '../../app/auth/use-me';
import { useOrgScope } from '../../app/org-scope/org-scope';
import { ExportButton } from '../../app/ui/ExportButton';
import { useFormat } from '../../app/ui/format';
import { formatFen } from '../../app/ui/money';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { sortOrderOf, useListParams } from '../../app/ui/use-list-params';
import { OrderBatchBar } from './OrderBatchBar';
import { OrderFilters } from './OrderFilters';
import { OrderStateTag } from './OrderStateTag';
import { ORDER_STATES, type OrderListQuery, type OrderState, type OrderSummary } from './order-model';
import { ordersQuery } from './order-queries';
import './orders.css';

const FILTERS = ['org', 'state', 'type', 'staff', 'from', 'to'] as const;
const SORTABLE = ['requestedAt', 'number', 'state', 'appointmentStart', 'totalFen'] as const;
type Sort = NonNullable<OrderListQuery['sort']>;
const isDate = (v: string | undefined) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);

/** Orders of the working node: filters, search, page and sort in the URL; paging and sorting on the server. */
export function OrdersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useFormat();
  const scope = useOrgScope();
  const canIntake = useAbility('intake');
  const list = useListParams(FILTERS, { sort: '-requestedAt' });
  const { org, staff, from, to } = list.filters;

  // Scoped in the URL like every list, so a copied link shows the same office's orders.
  useEffect(() => {
    if (!org && scope.chosenOrgId) list.update({ org: scope.chosenOrgId }, { replace: true, keepPage: true });
  }, [org, scope.chosenOrgId, list.update]);

  const sortField = list.sort?.replace(/^-/, '');
  const sort = sortField && (SORTABLE as readonly string[]).includes(sortField) ? (list.sort as Sort) : undefined;
  const states = (list.filters.state ?? '').split(',').filter((s): s is OrderState => (ORDER_STATES as string[]).includes(s));
  const type = list.filters.type === 'housekeeping' || list.filters.type === 'paid_service' ? list.filters.type : undefined;
  const query: OrderListQuery = {
    page: list.page,
    pageSize: list.pageSize,
    sort,
    q: list.q || undefined,
    officeId: org,
    state: states.length ? states.join(',') : undefined,
    type,
    staffId: staff,
    from: isDate(from),
    to: isDate(to),
  };
  const orders = useQuery({
    ...ordersQuery(query),
    enabled: !scope.urlOrgInvisible && (Boolean(org) || !scope.chosenOrgId) && scope.orgs.isSuccess,
  });
  // Ticked rows, kept across pages by id, each with the version the list showed it at (batch actions send it).
  const [selected, setSelected] = useState<OrderSummary[]>([]);
  const desk = Grid.useBreakpoint().md !== false;
  // a ticked row the list reloads (another desk changed it) takes the version now shown
  useEffect(() => {
    const items = orders.data?.items;
    if (!items) return;
    setSelected((ticked) => {
      const fresh = ticked.map((o) => items.find((i) => i.id === o.id) ?? o);
      return fresh.some((o, i) => o !== ticked[i]) ? fresh : ticked;
    });
  }, [orders.data]);
  const { page: _page, pageSize: _pageSize, ...filters } = query;

  const sorter = (field: (typeof SORTABLE)[number]) => ({ sorter: true, sortOrder: sortOrderOf(list.sort, field) });
  const columns: TableProps<OrderSummary>['columns'] = [
    {
      key: 'number',
      title: t('orders:fields.number'),
      ...sorter('number'),
      render: (_, o) => <Link to={`/orders/${o.id}`}>{o.number}</Link>,
    },
    {
      key: 'state',
      title: t('orders:fields.state'),
      ...sorter('state'),
      render: (_, o) => <OrderStateTag state={o.state} fieldStep={o.fieldStep} />,
    },
    { key: 'type', title: t('orders:fields.type'), render: (_, o) => t(`orders:types.${o.type}`, { defaultValue: o.type }) },
    {
      key: 'customer',
      title: t('orders:fields.customerName'),
      render: (_, o) => (
        <>
          <div>{o.customerName}</div>
          {o.address ? <div className="muted small">{o.address}</div> : null}
        </>
      ),
    },
    {
      key: 'staff',
      title: t('orders:fields.staff'),
      render: (_, o) => (o.staffNames.length ? o.staffNames.join(t('common:listSeparator')) : t('common:empty')),
    },
    {
      key: 'appointmentStart',
      title: t('orders:fields.appointment'),
      ...sorter('appointmentStart'),
      render: (_, o) => (o.appointmentStart ? format.dateTime(o.appointmentStart) : t('common:empty')),
    },
    {
      key: 'totalFen',
      title: t('orders:fields.total'),
      align: 'right',
      ...sorter('totalFen'),
      render: (_, o) => <span className="money">{o.totalFen ? formatFen(o.totalFen) : t('common:empty')}</span>,
    },
    {
      key: 'requestedAt',
      title: t('orders:fields.requestedAt'),
      ...sorter('requestedAt'),
      render: (_, o) => format.dateTime(o.requestedAt),
    },
    { key: 'office', title: t('orders:fields.office'), dataIndex: 'officeName' },
  ];

  if (scope.urlOrgInvisible) {
    return (
      <>
        <PageHeader title={t('orders:title')} />
        <Result
          status="404"
          title={t('common:state.orgNotFoundTitle')}
          subTitle={t('common:state.orgNotFoundText')}
          extra={
            <Button type="primary" onClick={() => list.update({ org: scope.chosenOrgId })}>
              {t('common:state.showMyOrg')}
            </Button>
          }
        />
      </>
    );
  }

  const filtered = Boolean(list.q || states.length || type || staff || from || to);
  return (
    <>
      <PageHeader
        title={t('orders:title')}
        subtitle={scope.org ? t('orders:subtitle', { org: scope.org.name }) : t('orders:subtitleAll')}
        extra={
          <Space wrap>
            <ExportButton path="/api/orders/export.xlsx" query={filters} />
            {canIntake ? (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => navigate('/intake')}>
                {t('orders:actions.create')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <OrderFilters q={list.q} filters={list.filters} update={list.update} />
      {desk ? <OrderBatchBar selected={selected} onClear={() => setSelected([])} /> : null}
      {orders.isError ? (
        <QueryError error={orders.error} onRetry={() => orders.refetch()} />
      ) : (
        <ResponsiveTable<OrderSummary>
          label={t('orders:list.label')}
          rowKey="id"
          rowSelection={{
            selectedRowKeys: selected.map((o) => o.id),
            preserveSelectedRowKeys: true,
            onChange: (_keys, rows) => setSelected(rows.filter((r): r is OrderSummary => Boolean(r))),
            // antd's own names are English and numbered ("Select row 3"): each box names its order
            getCheckboxProps: (o) => ({ 'aria-label': t('orders:batch.selectRow', { number: o.number }) }),
            getTitleCheckboxProps: () => ({ 'aria-label': t('orders:batch.selectPage') }),
          }}
          columns={columns}
          items={orders.data?.items}
          total={orders.data?.total ?? 0}
          page={list.page}
          pageSize={list.pageSize}
          loading={orders.isFetching}
          empty={
            <Empty description={filtered ? t('orders:list.noMatch') : t('orders:list.empty')}>
              {filtered ? (
                <Button onClick={() => list.update({ q: null, state: null, type: null, staff: null, from: null, to: null })}>
                  {t('common:list.clearFilters')}
                </Button>
              ) : null}
            </Empty>
          }
          onPageChange={list.onPageChange}
          onTableChange={list.onTableChange}
          renderCard={(o) => (
            <Link to={`/orders/${o.id}`} className="record-card-link">
              <div className="record-card-title">
                <span>{o.number}</span>
                <OrderStateTag state={o.state} fieldStep={o.fieldStep} />
              </div>
              <div className="record-card-line">
                {o.customerName}
                {o.address ? ` · ${o.address}` : ''}
              </div>
              <div className="record-card-line">
                {t(`orders:types.${o.type}`, { defaultValue: o.type })} · {format.dateTime(o.requestedAt)}
                {o.totalFen ? ` · ${formatFen(o.totalFen)}` : ''}
              </div>
            </Link>
          )}
        />
      )}
    </>
  );
}
