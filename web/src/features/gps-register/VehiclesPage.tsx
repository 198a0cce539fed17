import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useAbility } from '../../app/auth/use-me';
import { useListParams } from '../../app/ui/use-list-params';
import { ActiveTag, ChoiceFilter } from './Filters';
import { GpsImportDialog } from './GpsImportDialog';
import { activeOf, useRefresh, type Vehicle, type VehicleListQuery, vehiclesQuery } from './gps-queries';
import { RegisterList } from './RegisterList';
import { RowButtons } from './RowButtons';
import { VehicleFormModal } from './VehicleForm';

const FILTERS = ['active', 'customerId'] as const;

/** 车辆: the customers' vehicles and the terminal on each. */
export function VehiclesPage() {
  const { t } = useTranslation();
  const canKeep = useAbility('keepGpsRegister');
  const list = useListParams(FILTERS);
  const refresh = useRefresh();
  const [editing, setEditing] = useState<Vehicle | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const active = activeOf(list.filters.active);
  const { customerId } = list.filters;
  const query: VehicleListQuery = {
    page: list.page,
    pageSize: list.pageSize,
    ...(list.q ? { q: list.q } : {}),
    ...(active ? { active } : {}),
    ...(customerId ? { customerId } : {}),
  };
  const vehicles = useQuery(vehiclesQuery(query));
  const { page: _p, pageSize: _s, ...filters } = query;
  const toggle = (v: Vehicle) =>
    unwrap(
      api.PUT('/api/gps/vehicles/{id}', {
        params: { path: { id: v.id } },
        body: {
          customerId: v.customerId,
          plate: v.plate,
          model: v.model,
          driverName: v.driverName,
          driverPhone: v.driverPhone,
          active: !v.active,
          version: v.version,
        },
      }),
    ).then(refresh);
  const actions = (v: Vehicle) => (
    <RowButtons
      entity="gps_vehicle"
      id={v.id}
      name={v.plate}
      canChange={v.abilities.register}
      onEdit={() => setEditing(v)}
      toggle={{ active: v.active, run: () => toggle(v) }}
    />
  );
  return (
    <RegisterList<Vehicle>
      which="vehicles"
      list={list}
      canKeep={canKeep}
      onNew={() => setEditing('new')}
      onImport={() => setImporting(true)}
      exportPath="/api/gps/vehicles/export.xlsx"
      exportQuery={filters}
      query={vehicles}
      filters={
        <ChoiceFilter
          label={t('gps:filters.active')}
          words="status"
          values={['true', 'false']}
          value={active}
          onChange={(v) => list.update({ active: v })}
        />
      }
      columns={[
        { key: 'plate', title: t('gps:fields.plate'), dataIndex: 'plate' },
        { key: 'customer', title: t('gps:fields.customer'), dataIndex: 'customerName' },
        { key: 'model', title: t('gps:fields.model'), dataIndex: 'model' },
        { key: 'driver', title: t('gps:fields.driverName'), render: (_, v) => `${v.driverName} ${v.driverPhone}`.trim() },
        { key: 'terminal', title: t('gps:fields.terminal'), render: (_, v) => <span className="gps-serial">{v.terminalSerial}</span> },
        { key: 'active', title: t('gps:fields.active'), render: (_, v) => <ActiveTag active={v.active} /> },
        { key: 'actions', title: t('gps:fields.actions'), render: (_, v) => actions(v) },
      ]}
      renderCard={(v) => (
        <>
          <div className="record-card-title">
            {v.plate} <ActiveTag active={v.active} />
          </div>
          <div className="record-card-line">
            {v.customerName} · {v.model}
          </div>
          <div className="record-card-line">
            {v.driverName} {v.driverPhone}
          </div>
          {v.terminalSerial ? <div className="record-card-line gps-serial">{v.terminalSerial}</div> : null}
          {actions(v)}
        </>
      )}
    >
      {editing ? <VehicleFormModal vehicle={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} /> : null}
      {importing ? <GpsImportDialog onClose={() => setImporting(false)} /> : null}
    </RegisterList>
  );
}
