import './infusion-orders.css';
import { useQuery } from '@tanstack/react-query';
import { Button, Checkbox, Empty, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAbility } from '../../app/auth/use-me';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { useListParams } from '../../app/ui/use-list-params';
import { OrderDialog } from './OrderDialog';
import { OrderOverrideAlert } from './OrderOverrideAlert';
import { OrderStateTag } from './OrderStateTag';
import { ORDER_STATES, type OrderQuery, type OrderRow, orderListQuery } from './order-queries';

const FILTERS = ['state', 'overridePending', 'patientId'] as const;

/**
 * 医嘱: the physician orders of the caller's centre or station, newest first. 待审阅例外 narrows to the overrides of
 * excluded drugs waiting for the head's review (A5.3); the workbench's to-do links here with it.
 */
export function OrdersPage() {
  const { t } = useTranslation();
  const list = useListParams(FILTERS);
  const f = list.filters;
  const [search, setSearch] = useState(list.q);
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const mayOrder = useAbility('writeInfusionOrders');
  const state = ORDER_STATES.find((s) => s === f.state);
  const pending = f.overridePending === 'true';
  const query: OrderQuery = {
    page: list.page,
    pageSize: list.pageSize,
    ...(list.q ? { q: list.q } : {}),
    ...(state ? { state } : {}),
    ...(pending ? { overridePending: 'true' as const } : {}),
    ...(f.patientId ? { patientId: f.patientId } : {}),
  };
  const orders = useQuery(orderListQuery(query));
  const filtered = Boolean(list.q || state || pending || f.patientId);
  const drugs = (o: OrderRow) => o.drugs.join(t('common:listSeparator'));
  const patientName = f.patientId ? (orders.data?.items[0]?.patientName ?? '') : '';

  return (
    <div className="infusion-orders">
      <PageHeader
        title={patientName ? t('infusionOrders:list.ofPatient', { name: patientName }) : t('infusion:pages.OrdersPage')}
        subtitle={t('infusionOrders:list.subtitle')}
        extra={
          f.patientId && mayOrder ? (
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('infusionOrders:patient.create')}
            </Button>
          ) : null
        }
      />
      <search className="toolbar">
        <Input.Search
          className="search"
          aria-label={t('infusionOrders:list.search')}
          placeholder={t('infusionOrders:list.search')}
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(q) => list.update({ q: q.trim() })}
        />
        <Select
          aria-label={t('infusionOrders:fields.state')}
          placeholder={t('infusionOrders:fields.state')}
          allowClear
          value={state}
          onChange={(v) => list.update({ state: v ?? null })}
          options={ORDER_STATES.map((s) => ({ value: s, label: t(`infusion:orderStates.${s}`) }))}
        />
        <Checkbox checked={pending} onChange={(e) => list.update({ overridePending: e.target.checked ? 'true' : null })}>
          {t('infusionOrders:list.overridePending')}
        </Checkbox>
      </search>
      {orders.isError ? (
        <QueryError error={orders.error} onRetry={() => orders.refetch()} />
      ) : (
        <ResponsiveTable<OrderRow>
          label={t('infusion:pages.OrdersPage')}
          rowKey="id"
          items={orders.data?.items}
          total={orders.data?.total ?? 0}
          page={list.page}
          pageSize={list.pageSize}
          loading={orders.isFetching}
          empty={<Empty description={t(filtered ? 'infusionOrders:noMatch' : 'infusionOrders:list.empty')} />}
          onPageChange={list.onPageChange}
          columns={[
            {
              key: 'number',
              title: t('infusionOrders:fields.number'),
              render: (_, o) => <Link to={`/infusion/orders/${o.id}`}>{o.number}</Link>,
            },
            { key: 'patient', title: t('infusionOrders:fields.patient'), dataIndex: 'patientName' },
            { key: 'drugs', title: t('infusionOrders:fields.lines'), render: (_, o) => drugs(o) },
            { key: 'physician', title: t('infusionOrders:fields.physician'), dataIndex: 'physicianName' },
            { key: 'period', title: t('infusionOrders:fields.period'), render: (_, o) => `${o.startsOn} – ${o.endsOn}` },
            { key: 'state', title: t('infusionOrders:fields.state'), render: (_, o) => <OrderStateTag order={o} /> },
          ]}
          renderCard={(o) => (
            <Link to={`/infusion/orders/${o.id}`} className="record-card-link">
              <div className="record-card-title">
                <span>{`${o.number} ${o.patientName}`}</span>
                <span>
                  <OrderStateTag order={o} />
                </span>
              </div>
              <div className="record-card-line">{drugs(o)}</div>
              {o.override ? <OrderOverrideAlert override={o.override} compact /> : null}
            </Link>
          )}
        />
      )}
      {creating && f.patientId ? (
        <OrderDialog
          patientId={f.patientId}
          patientName={patientName}
          onClose={() => setCreating(false)}
          onCreated={(id) => navigate(`/infusion/orders/${id}`)}
        />
      ) : null}
    </div>
  );
}
