import { PlusOutlined } from '@ant-design/icons';
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
import { CarParkFormModal } from './CarParkForm';
import type { RegisterList } from './ParkingRegisterPage';
import { activeOf, type CarPark, type CarParkListQuery, carParksQuery, useRefresh } from './parking-queries';
import { RowActions } from './RowActions';

/** 车场: the car parks of the caller's estates, with their spaces in use; a row opens its spaces. */
export function CarParksTab({ list, canKeep }: { list: RegisterList; canKeep: boolean }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const [search, setSearch] = useState(list.q);
  const [editing, setEditing] = useState<CarPark | 'new' | null>(null);
  useEffect(() => setSearch(list.q), [list.q]);
  const { estateId, active } = list.filters;
  const query: CarParkListQuery = {
    page: list.page,
    pageSize: list.pageSize,
    ...(list.q ? { q: list.q } : {}),
    ...(estateId ? { estateId } : {}),
    ...(activeOf(active) ? { active: activeOf(active) } : {}),
  };
  const parks = useQuery(carParksQuery(query));
  const { page: _p, pageSize: _s, ...filters } = query;

  const toggle = (c: CarPark) =>
    unwrap(
      api.PUT('/api/car-parks/{id}', {
        params: { path: { id: c.id } },
        body: { code: c.code, name: c.name, kind: c.kind, active: !c.active, version: c.version },
      }),
    ).then(refresh);
  const actions = (c: CarPark) => (
    <RowActions
      entity="car_park"
      id={c.id}
      name={c.name}
      canChange={c.abilities.register}
      active={c.active}
      onEdit={() => setEditing(c)}
      onToggle={() => toggle(c)}
    />
  );
  const spacesLink = (c: CarPark) => (
    <Button type="link" size="small" onClick={() => list.update({ tab: 'spaces', carParkId: c.id, estateId: c.estateId, q: null })}>
      {c.spaceCount}
    </Button>
  );
  const columns: TableProps<CarPark>['columns'] = [
    { key: 'estate', title: t('parking:fields.estate'), dataIndex: 'estateName' },
    { key: 'code', title: t('parking:fields.code'), dataIndex: 'code' },
    { key: 'name', title: t('parking:fields.name'), dataIndex: 'name' },
    { key: 'kind', title: t('parking:fields.kind'), render: (_, c) => t(`parking:kinds.${c.kind}`) },
    { key: 'spaces', title: t('parking:fields.spaceCount'), align: 'right', render: (_, c) => spacesLink(c) },
    { key: 'active', title: t('parking:fields.active'), render: (_, c) => <ActiveTag active={c.active} /> },
    { key: 'actions', title: t('common:fields.actions'), render: (_, c) => actions(c) },
  ];

  return (
    <>
      <search className="toolbar">
        <Input.Search
          className="search"
          aria-label={t('parking:search.carParks')}
          placeholder={t('parking:search.carParks')}
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
        <ExportButton path="/api/car-parks/export.xlsx" query={filters} label={t('parking:export.carParks')} />
        {canKeep ? (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
            {t('parking:carPark.new')}
          </Button>
        ) : null}
      </search>
      {parks.isError ? (
        <QueryError error={parks.error} onRetry={() => parks.refetch()} />
      ) : (
        <ResponsiveTable<CarPark>
          label={t('parking:tabs.carParks')}
          rowKey="id"
          columns={columns}
          items={parks.data?.items}
          total={parks.data?.total ?? 0}
          page={list.page}
          pageSize={list.pageSize}
          loading={parks.isFetching}
          empty={<Empty description={t('parking:empty.carParks')} />}
          onPageChange={list.onPageChange}
          renderCard={(c) => (
            <>
              <div className="record-card-title">
                <span>
                  {c.estateName} {c.name} {c.active ? null : <Tag>{t('parking:inactive')}</Tag>}
                </span>
                <span>{c.code}</span>
              </div>
              <div className="record-card-line">
                {t(`parking:kinds.${c.kind}`)} · {t('parking:fields.spaceCount')} {spacesLink(c)}
              </div>
              {actions(c)}
            </>
          )}
        />
      )}
      {editing ? (
        <CarParkFormModal carPark={editing === 'new' ? undefined : editing} estateId={estateId} onClose={() => setEditing(null)} />
      ) : null}
    </>
  );
}
