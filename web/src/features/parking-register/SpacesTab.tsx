import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Input, Select, type TableProps, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ExportButton } from '../../app/ui/ExportButton';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { EstateSelect } from '../estates/EstateSelect';
import { ActiveFilter, ActiveTag } from './ActiveFilter';
import { CarParkSelect } from './CarParkSelect';
import { SpaceImportDialog } from './ImportDialogs';
import type { RegisterList } from './ParkingRegisterPage';
import { activeOf, OWNERSHIPS, type Ownership, type Space, type SpaceListQuery, spacesQuery, useRefresh } from './parking-queries';
import { RowActions } from './RowActions';
import { SpaceFormModal } from './SpaceForm';

/** 车位: the spaces of the caller's car parks, by car park, ownership and status, found by number or room. */
export function SpacesTab({ list, canKeep }: { list: RegisterList; canKeep: boolean }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const [search, setSearch] = useState(list.q);
  const [editing, setEditing] = useState<Space | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  useEffect(() => setSearch(list.q), [list.q]);
  const { estateId, carParkId, ownership, active } = list.filters;
  const own = OWNERSHIPS.includes(ownership as Ownership) ? (ownership as Ownership) : undefined;
  const query: SpaceListQuery = {
    page: list.page,
    pageSize: list.pageSize,
    ...(list.q ? { q: list.q } : {}),
    ...(estateId ? { estateId } : {}),
    ...(carParkId ? { carParkId } : {}),
    ...(own ? { ownership: own } : {}),
    ...(activeOf(active) ? { active: activeOf(active) } : {}),
  };
  const spaces = useQuery(spacesQuery(query));
  const { page: _p, pageSize: _s, ...filters } = query;

  const toggle = (s: Space) =>
    unwrap(
      api.PUT('/api/parking-spaces/{id}', {
        params: { path: { id: s.id } },
        body: { number: s.number, ownership: s.ownership, unitId: s.unitId, active: !s.active, version: s.version },
      }),
    ).then(refresh);
  const actions = (s: Space) => (
    <RowActions
      entity="parking_space"
      id={s.id}
      name={`${s.carParkName} ${s.number}`}
      canChange={s.abilities.register}
      active={s.active}
      onEdit={() => setEditing(s)}
      onToggle={() => toggle(s)}
    />
  );
  const columns: TableProps<Space>['columns'] = [
    { key: 'carPark', title: t('parking:fields.carPark'), render: (_, s) => `${s.estateName} ${s.carParkName}` },
    { key: 'number', title: t('parking:fields.number'), dataIndex: 'number' },
    { key: 'ownership', title: t('parking:fields.ownership'), render: (_, s) => t(`parking:ownership.${s.ownership}`) },
    { key: 'unit', title: t('parking:fields.unit'), render: (_, s) => s.unitAddress ?? '—' },
    { key: 'active', title: t('parking:fields.active'), render: (_, s) => <ActiveTag active={s.active} /> },
    { key: 'actions', title: t('common:fields.actions'), render: (_, s) => actions(s) },
  ];

  return (
    <>
      <search className="toolbar">
        <Input.Search
          className="search"
          aria-label={t('parking:search.spaces')}
          placeholder={t('parking:search.spaces')}
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(q) => list.update({ q: q.trim() || null })}
        />
        <EstateSelect
          label={t('parking:filters.estate')}
          allowClear
          value={estateId}
          onChange={(v) => list.update({ estateId: v ?? null, carParkId: null })}
        />
        <CarParkSelect
          label={t('parking:filters.carPark')}
          estateId={estateId}
          allowClear
          value={carParkId}
          onChange={(v) => list.update({ carParkId: v ?? null })}
        />
        <Select
          aria-label={t('parking:filters.ownership')}
          placeholder={t('parking:filters.ownership')}
          allowClear
          value={own}
          onChange={(v) => list.update({ ownership: v ?? null })}
          options={OWNERSHIPS.map((o) => ({ value: o, label: t(`parking:ownership.${o}`) }))}
        />
        <ActiveFilter value={active} onChange={(v) => list.update({ active: v })} />
        <ExportButton path="/api/parking-spaces/export.xlsx" query={filters} label={t('parking:export.spaces')} />
        {canKeep ? (
          <>
            <Button icon={<ImportOutlined aria-hidden />} onClick={() => setImporting(true)}>
              {t('parking:actions.import')}
            </Button>
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
              {t('parking:space.new')}
            </Button>
          </>
        ) : null}
      </search>
      {spaces.isError ? (
        <QueryError error={spaces.error} onRetry={() => spaces.refetch()} />
      ) : (
        <ResponsiveTable<Space>
          label={t('parking:tabs.spaces')}
          rowKey="id"
          columns={columns}
          items={spaces.data?.items}
          total={spaces.data?.total ?? 0}
          page={list.page}
          pageSize={list.pageSize}
          loading={spaces.isFetching}
          empty={<Empty description={t('parking:empty.spaces')} />}
          onPageChange={list.onPageChange}
          renderCard={(s) => (
            <>
              <div className="record-card-title">
                <span>
                  {s.number} {s.active ? null : <Tag>{t('parking:inactive')}</Tag>}
                </span>
                <span>{t(`parking:ownership.${s.ownership}`)}</span>
              </div>
              <div className="record-card-line">{`${s.estateName} ${s.carParkName}`}</div>
              {s.unitAddress ? <div className="record-card-line">{s.unitAddress}</div> : null}
              {actions(s)}
            </>
          )}
        />
      )}
      {editing ? (
        <SpaceFormModal space={editing === 'new' ? undefined : editing} carParkId={carParkId} onClose={() => setEditing(null)} />
      ) : null}
      {importing ? <SpaceImportDialog carParkId={carParkId} onClose={() => setImporting(false)} /> : null}
    </>
  );
}
