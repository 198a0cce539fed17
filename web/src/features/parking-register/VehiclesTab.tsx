import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Input, type TableProps, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ExportButton } from '../../app/ui/ExportButton';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { EstateSelect } from '../estates/EstateSelect';
import { ActiveFilter, ActiveTag } from './ActiveFilter';
import { VehicleImportDialog } from './ImportDialogs';
import type { RegisterList } from './ParkingRegisterPage';
import { activeOf, useRefresh, type Vehicle, type VehicleListQuery, vehiclesQuery } from './parking-queries';
import { RowActions } from './RowActions';
import { VehicleFormModal } from './VehicleForm';

/** The plate as a green or blue plate shows it: new-energy plates get their tag. */
function Plate({ v }: { v: Vehicle }) {
  const { t } = useTranslation();
  return (
    <span className="plate">
      <span className={`plate-number plate-${v.plateKind}`}>{v.plate}</span>
      {v.plateKind === 'new_energy' ? <Tag className="plate-tag">{t('parking:plateKinds.new_energy')}</Tag> : null}
    </span>
  );
}

/** 车辆: the vehicles registered at the caller's estates, found by plate, holder, phone or room. */
export function VehiclesTab({ list, canKeep }: { list: RegisterList; canKeep: boolean }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const [search, setSearch] = useState(list.q);
  const [editing, setEditing] = useState<Vehicle | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  useEffect(() => setSearch(list.q), [list.q]);
  const { estateId, active } = list.filters;
  const query: VehicleListQuery = {
    page: list.page,
    pageSize: list.pageSize,
    ...(list.q ? { q: list.q } : {}),
    ...(estateId ? { estateId } : {}),
    ...(activeOf(active) ? { active: activeOf(active) } : {}),
  };
  const vehicles = useQuery(vehiclesQuery(query));
  const { page: _p, pageSize: _s, ...filters } = query;

  const toggle = (v: Vehicle) =>
    unwrap(
      api.PUT('/api/vehicles/{id}', {
        params: { path: { id: v.id } },
        body: {
          plate: v.plate,
          unitId: v.unitId,
          holderResidentId: v.holderResidentId,
          holderName: v.holderName,
          holderPhone: v.holderPhone,
          active: !v.active,
          version: v.version,
        },
      }),
    ).then(refresh);
  const actions = (v: Vehicle) => (
    <RowActions
      entity="vehicle"
      id={v.id}
      name={v.plate}
      canChange={v.abilities.register}
      active={v.active}
      onEdit={() => setEditing(v)}
      onToggle={() => toggle(v)}
      deactivateText={t('parking:confirm.deactivateVehicle')}
    />
  );
  const holder = (v: Vehicle) =>
    t('parking:holderWithRole', { name: v.holderName, role: t(`parking:holderRoles.${v.holderRole ?? 'none'}`) });
  const columns: TableProps<Vehicle>['columns'] = [
    { key: 'plate', title: t('parking:fields.plate'), render: (_, v) => <Plate v={v} /> },
    { key: 'unit', title: t('parking:fields.unit'), render: (_, v) => v.unitAddress ?? v.estateName },
    { key: 'holder', title: t('parking:fields.holder'), render: (_, v) => holder(v) },
    { key: 'phone', title: t('parking:fields.holderPhone'), dataIndex: 'holderPhone' },
    { key: 'active', title: t('parking:fields.active'), render: (_, v) => <ActiveTag active={v.active} /> },
    { key: 'actions', title: t('common:fields.actions'), render: (_, v) => actions(v) },
  ];

  return (
    <>
      <search className="toolbar">
        <Input.Search
          className="search"
          aria-label={t('parking:search.vehicles')}
          placeholder={t('parking:search.vehicles')}
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(q) => list.update({ q: q.trim() || null })}
        />
        <EstateSelect
          label={t('parking:filters.estate')}
          allowClear
          value={estateId}
          onChange={(v) => list.update({ estateId: v ?? null })}
        />
        <ActiveFilter value={active} onChange={(v) => list.update({ active: v })} />
        <ExportButton path="/api/vehicles/export.xlsx" query={filters} label={t('parking:export.vehicles')} />
        {canKeep ? (
          <>
            <Button icon={<ImportOutlined aria-hidden />} onClick={() => setImporting(true)}>
              {t('parking:actions.import')}
            </Button>
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
              {t('parking:vehicle.new')}
            </Button>
          </>
        ) : null}
      </search>
      {vehicles.isError ? (
        <QueryError error={vehicles.error} onRetry={() => vehicles.refetch()} />
      ) : (
        <ResponsiveTable<Vehicle>
          label={t('parking:tabs.vehicles')}
          rowKey="id"
          columns={columns}
          items={vehicles.data?.items}
          total={vehicles.data?.total ?? 0}
          page={list.page}
          pageSize={list.pageSize}
          loading={vehicles.isFetching}
          empty={<Empty description={t('parking:empty.vehicles')} />}
          onPageChange={list.onPageChange}
          renderCard={(v) => (
            <>
              <div className="record-card-title">
                <Plate v={v} />
                {v.active ? null : <Tag>{t('parking:inactive')}</Tag>}
              </div>
              <div className="record-card-line">{v.unitAddress ?? v.estateName}</div>
              <div className="record-card-line">
                {holder(v)} · {v.holderPhone}
              </div>
              {actions(v)}
            </>
          )}
        />
      )}
      {editing ? (
        <VehicleFormModal vehicle={editing === 'new' ? undefined : editing} estateId={estateId} onClose={() => setEditing(null)} />
      ) : null}
      {importing ? <VehicleImportDialog estateId={estateId} onClose={() => setImporting(false)} /> : null}
    </>
  );
}
