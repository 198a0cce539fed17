import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useAbility } from '../../app/auth/use-me';
import { useListParams } from '../../app/ui/use-list-params';
import { CustomerFormModal } from './CustomerForm';
import { ActiveTag, ChoiceFilter } from './Filters';
import { GpsImportDialog } from './GpsImportDialog';
import { activeOf, CUSTOMER_KINDS, type Customer, type CustomerListQuery, customersQuery, oneOf, useRefresh } from './gps-queries';
import { RegisterList } from './RegisterList';
import { RowButtons } from './RowButtons';

const FILTERS = ['kind', 'active'] as const;

/** 客户档案: the department's customers, fleet companies and individuals. */
export function CustomersPage() {
  const { t } = useTranslation();
  const canKeep = useAbility('keepGpsRegister');
  const list = useListParams(FILTERS);
  const refresh = useRefresh();
  const [editing, setEditing] = useState<Customer | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const kind = oneOf(CUSTOMER_KINDS, list.filters.kind);
  const active = activeOf(list.filters.active);
  const query: CustomerListQuery = {
    page: list.page,
    pageSize: list.pageSize,
    ...(list.q ? { q: list.q } : {}),
    ...(kind ? { kind } : {}),
    ...(active ? { active } : {}),
  };
  const customers = useQuery(customersQuery(query));
  const { page: _p, pageSize: _s, ...filters } = query;
  const toggle = (c: Customer) =>
    unwrap(
      api.PUT('/api/gps/customers/{id}', {
        params: { path: { id: c.id } },
        body: {
          kind: c.kind,
          name: c.name,
          address: c.address,
          contactName: c.contactName,
          phone: c.phone,
          note: c.note,
          active: !c.active,
          version: c.version,
        },
      }),
    ).then(refresh);
  const actions = (c: Customer) => (
    <RowButtons
      entity="gps_customer"
      id={c.id}
      name={c.name}
      canChange={c.abilities.register}
      onEdit={() => setEditing(c)}
      toggle={{ active: c.active, run: () => toggle(c) }}
    />
  );
  return (
    <RegisterList<Customer>
      which="customers"
      list={list}
      canKeep={canKeep}
      onNew={() => setEditing('new')}
      onImport={() => setImporting(true)}
      exportPath="/api/gps/customers/export.xlsx"
      exportQuery={filters}
      query={customers}
      filters={
        <>
          <ChoiceFilter
            label={t('gps:filters.kind')}
            words="kinds"
            values={CUSTOMER_KINDS}
            value={kind}
            onChange={(v) => list.update({ kind: v })}
          />
          <ChoiceFilter
            label={t('gps:filters.active')}
            words="status"
            values={['true', 'false']}
            value={active}
            onChange={(v) => list.update({ active: v })}
          />
        </>
      }
      columns={[
        { key: 'name', title: t('gps:fields.customerName'), dataIndex: 'name' },
        { key: 'kind', title: t('gps:fields.kind'), render: (_, c) => t(`gps:kinds.${c.kind}`) },
        { key: 'contact', title: t('gps:fields.contactName'), dataIndex: 'contactName' },
        { key: 'phone', title: t('gps:fields.phone'), dataIndex: 'phone' },
        { key: 'vehicles', title: t('gps:fields.vehicleCount'), dataIndex: 'vehicleCount' },
        { key: 'active', title: t('gps:fields.active'), render: (_, c) => <ActiveTag active={c.active} /> },
        { key: 'actions', title: t('gps:fields.actions'), render: (_, c) => actions(c) },
      ]}
      renderCard={(c) => (
        <>
          <div className="record-card-title">
            {c.name} <ActiveTag active={c.active} />
          </div>
          <div className="record-card-line">
            {t(`gps:kinds.${c.kind}`)} · {c.contactName} {c.phone}
          </div>
          <div className="record-card-line">{c.address}</div>
          {actions(c)}
        </>
      )}
    >
      {editing ? <CustomerFormModal customer={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} /> : null}
      {importing ? <GpsImportDialog onClose={() => setImporting(false)} /> : null}
    </RegisterList>
  );
}
