import { DownloadOutlined, EditOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Empty, Input, Select, type TableProps, Tabs, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../app/ui/PageHeader';
import { PageSpinner } from '../../app/ui/PageSpinner';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { useListParams } from '../../app/ui/use-list-params';
import { HistoryButton } from '../history/HistoryButton';
import { BuildingFormModal, EstateFormModal, UnitFormModal } from './EstateForms';
import {
  type Building,
  buildingsQuery,
  type Estate,
  estateQuery,
  exportHref,
  formatArea,
  OCCUPANCIES,
  type ResidentRow,
  ROLES,
  residentsQuery,
  type UnitListQuery,
  type UnitRow,
  USES,
  unitsQuery,
} from './estate-queries';
import { ImportDialog } from './ImportDialog';
import './estates.css';

const FILTERS = ['tab', 'building', 'use', 'occupancy'] as const;
type Use = (typeof USES)[number];
type Occupancy = (typeof OCCUPANCIES)[number];

/** One estate: its units (with filters), buildings and owners, import and export. */
export function EstatePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const estate = useQuery(estateQuery(id));
  const [editing, setEditing] = useState(false);
  const [importing, setImporting] = useState(false);
  const list = useListParams(FILTERS);
  if (estate.isError) return <QueryError error={estate.error} onRetry={() => estate.refetch()} />;
  if (!estate.data) return <PageSpinner />;
  const e = estate.data;
  const manage = e.abilities.manage;
  return (
    <>
      <PageHeader
        title={e.name}
        subtitle={e.active ? e.officeName : <Tag>{t('estates:inactive')}</Tag>}
        extra={
          <>
            <HistoryButton entity="estate" id={e.id} name={e.name} />
            {manage ? (
              <>
                <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
                  {t('common:actions.edit')}
                </Button>
                <Button type="primary" icon={<ImportOutlined aria-hidden />} onClick={() => setImporting(true)}>
                  {t('estates:import.open')}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'office', label: t('estates:fields.office'), children: e.officeName },
          { key: 'address', label: t('estates:fields.address'), children: e.address },
        ]}
      />
      <Tabs
        activeKey={list.filters.tab ?? 'units'}
        onChange={(tab) => list.update({ tab: tab === 'units' ? null : tab, q: null })}
        items={[
          { key: 'units', label: t('estates:tabs.units'), children: <UnitsTab estate={e} list={list} /> },
          { key: 'buildings', label: t('estates:tabs.buildings'), children: <BuildingsTab estate={e} /> },
          { key: 'residents', label: t('estates:tabs.residents'), children: <ResidentsTab estate={e} /> },
        ]}
      />
      {editing ? <EstateFormModal estate={e} open onClose={() => setEditing(false)} /> : null}
      <ImportDialog estateId={e.id} open={importing} onClose={() => setImporting(false)} />
    </>
  );
}

type List = ReturnType<typeof useListParams<(typeof FILTERS)[number]>>;

function UnitsTab({ estate, list }: { estate: Estate; list: List }) {
  const { t, i18n } = useTranslation();
  const buildings = useQuery(buildingsQuery(estate.id));
  const [search, setSearch] = useState(list.q);
  const [adding, setAdding] = useState(false);
  useEffect(() => setSearch(list.q), [list.q]);
  const { building, use, occupancy } = list.filters;
  const query: UnitListQuery = {
    estateId: estate.id,
    page: list.page,
    pageSize: list.pageSize,
    q: list.q || undefined,
    buildingId: building,
    use: USES.includes(use as Use) ? (use as Use) : undefined,
    occupancy: OCCUPANCIES.includes(occupancy as Occupancy) ? (occupancy as Occupancy) : undefined,
  };
  const units = useQuery(unitsQuery(query));
  const { page: _p, pageSize: _s, ...filters } = query;
  const columns: TableProps<UnitRow>['columns'] = [
    { key: 'building', title: t('estates:fields.building'), dataIndex: 'buildingName' },
    { key: 'entrance', title: t('estates:fields.entrance'), dataIndex: 'entrance' },
    { key: 'floor', title: t('estates:fields.floor'), dataIndex: 'floor', align: 'right' },
    { key: 'room', title: t('estates:fields.room'), render: (_, u) => <Link to={`/estates/units/${u.id}`}>{u.room}</Link> },
    { key: 'area', title: t('estates:fields.area'), align: 'right', render: (_, u) => formatArea(u.areaMilli) },
    { key: 'use', title: t('estates:fields.use'), render: (_, u) => t(`estates:use.${u.use}`) },
    { key: 'occupancy', title: t('estates:fields.occupancy'), render: (_, u) => t(`estates:occupancy.${u.occupancy}`) },
    { key: 'owner', title: t('estates:role.owner'), render: (_, u) => u.ownerName ?? '—' },
    { key: 'phone', title: t('estates:fields.phone'), render: (_, u) => u.ownerPhone ?? '—' },
  ];
  return (
    <>
      <div className="estate-filters">
        <Input.Search
          aria-label={t('estates:search.units')}
          placeholder={t('estates:search.units')}
          allowClear
          value={search}
          onChange={(ev) => setSearch(ev.target.value)}
          onSearch={(q) => list.update({ q: q || null })}
        />
        <Select
          aria-label={t('estates:fields.building')}
          placeholder={t('estates:fields.building')}
          allowClear
          value={building}
          onChange={(v) => list.update({ building: v ?? null })}
          options={(buildings.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
        />
        <Select
          aria-label={t('estates:fields.use')}
          placeholder={t('estates:fields.use')}
          allowClear
          value={query.use}
          onChange={(v) => list.update({ use: v ?? null })}
          options={USES.map((u) => ({ value: u, label: t(`estates:use.${u}`) }))}
        />
        <Select
          aria-label={t('estates:fields.occupancy')}
          placeholder={t('estates:fields.occupancy')}
          allowClear
          value={query.occupancy}
          onChange={(v) => list.update({ occupancy: v ?? null })}
          options={OCCUPANCIES.map((o) => ({ value: o, label: t(`estates:occupancy.${o}`) }))}
        />
        <Button icon={<DownloadOutlined aria-hidden />} href={exportHref('/api/estate-units/export.xlsx', filters, i18n.language)}>
          {t('estates:export.units')}
        </Button>
        {estate.abilities.manage ? (
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
            {t('estates:unit.new')}
          </Button>
        ) : null}
      </div>
      {units.isError ? (
        <QueryError error={units.error} onRetry={() => units.refetch()} />
      ) : (
        <ResponsiveTable<UnitRow>
          label={t('estates:tabs.units')}
          rowKey="id"
          columns={columns}
          items={units.data?.items}
          total={units.data?.total ?? 0}
          page={list.page}
          pageSize={list.pageSize}
          loading={units.isFetching}
          empty={<Empty description={t('estates:emptyUnits')} />}
          onPageChange={list.onPageChange}
          renderCard={(u) => (
            <>
              <Link to={`/estates/units/${u.id}`}>{`${u.buildingName} ${u.entrance} ${u.room}`}</Link>
              <div>
                {formatArea(u.areaMilli)} ㎡ · {t(`estates:occupancy.${u.occupancy}`)}
              </div>
              <div>{u.ownerName ?? '—'}</div>
            </>
          )}
        />
      )}
      {adding ? <UnitFormModal estateId={estate.id} buildings={buildings.data?.items ?? []} open onClose={() => setAdding(false)} /> : null}
    </>
  );
}

function BuildingsTab({ estate }: { estate: Estate }) {
  const { t, i18n } = useTranslation();
  const buildings = useQuery(buildingsQuery(estate.id));
  const [editing, setEditing] = useState<Building | 'new' | null>(null);
  const columns: TableProps<Building>['columns'] = [
    { key: 'name', title: t('estates:fields.building'), dataIndex: 'name' },
    { key: 'units', title: t('estates:fields.unitCount'), dataIndex: 'unitCount', align: 'right' },
    { key: 'active', title: t('estates:fields.active'), render: (_, b) => (b.active ? null : <Tag>{t('estates:inactive')}</Tag>) },
    ...(estate.abilities.manage
      ? [
          {
            key: 'edit',
            title: t('common:actions.edit'),
            render: (_: unknown, b: Building) => (
              <Button
                size="small"
                aria-label={`${t('common:actions.edit')} ${b.name}`}
                icon={<EditOutlined aria-hidden />}
                onClick={() => setEditing(b)}
              />
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      <div className="estate-filters">
        <Button
          icon={<DownloadOutlined aria-hidden />}
          href={exportHref('/api/estate-buildings/export.xlsx', { estateId: estate.id }, i18n.language)}
        >
          {t('estates:export.buildings')}
        </Button>
        {estate.abilities.manage ? (
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
            {t('estates:building.new')}
          </Button>
        ) : null}
      </div>
      {buildings.isError ? (
        <QueryError error={buildings.error} onRetry={() => buildings.refetch()} />
      ) : (
        <ResponsiveTable<Building>
          label={t('estates:tabs.buildings')}
          rowKey="id"
          columns={columns}
          items={buildings.data?.items}
          total={buildings.data?.total ?? 0}
          page={1}
          pageSize={100}
          loading={buildings.isFetching}
          empty={<Empty description={t('estates:emptyBuildings')} />}
          onPageChange={() => undefined}
          renderCard={(b) => (
            <>
              <strong>{b.name}</strong> · {t('estates:counts', { buildings: 1, units: b.unitCount })}
            </>
          )}
        />
      )}
      {editing ? (
        <BuildingFormModal estateId={estate.id} building={editing === 'new' ? undefined : editing} open onClose={() => setEditing(null)} />
      ) : null}
    </>
  );
}

function ResidentsTab({ estate }: { estate: Estate }) {
  const { t, i18n } = useTranslation();
  const [q, setQ] = useState('');
  const [role, setRole] = useState<(typeof ROLES)[number] | undefined>();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const query = { estateId: estate.id, q: q || undefined, role, ...page };
  const residents = useQuery(residentsQuery(query));
  const { page: _p, pageSize: _s, ...filters } = query;
  const columns: TableProps<ResidentRow>['columns'] = [
    {
      key: 'room',
      title: t('estates:fields.room'),
      render: (_, r) => <Link to={`/estates/units/${r.unitId}`}>{`${r.buildingName} ${r.entrance} ${r.room}`}</Link>,
    },
    { key: 'role', title: t('estates:fields.role'), render: (_, r) => t(`estates:role.${r.role}`) },
    { key: 'name', title: t('estates:fields.name'), dataIndex: 'name' },
    { key: 'phone', title: t('estates:fields.phone'), dataIndex: 'phone' },
    { key: 'id', title: t('estates:fields.idNumber'), render: (_, r) => r.idNumberMasked ?? '—' },
    { key: 'in', title: t('estates:fields.moveInDate'), render: (_, r) => r.moveInDate ?? '—' },
    { key: 'active', title: t('estates:fields.active'), render: (_, r) => (r.active ? null : <Tag>{t('estates:movedOut')}</Tag>) },
  ];
  return (
    <>
      <div className="estate-filters">
        <Input.Search
          aria-label={t('estates:search.residents')}
          placeholder={t('estates:search.residents')}
          allowClear
          onSearch={(v) => {
            setQ(v);
            setPage((p) => ({ ...p, page: 1 }));
          }}
        />
        <Select
          aria-label={t('estates:fields.role')}
          placeholder={t('estates:fields.role')}
          allowClear
          value={role}
          onChange={(v) => setRole(v)}
          options={ROLES.map((r) => ({ value: r, label: t(`estates:role.${r}`) }))}
        />
        <Button icon={<DownloadOutlined aria-hidden />} href={exportHref('/api/estate-residents/export.xlsx', filters, i18n.language)}>
          {t('estates:export.residents')}
        </Button>
      </div>
      <ResponsiveTable<ResidentRow>
        label={t('estates:tabs.residents')}
        rowKey="id"
        columns={columns}
        items={residents.data?.items}
        total={residents.data?.total ?? 0}
        page={page.page}
        pageSize={page.pageSize}
        loading={residents.isFetching}
        empty={<Empty description={t('estates:emptyResidents')} />}
        onPageChange={(p, s) => setPage({ page: p, pageSize: s })}
        renderCard={(r) => (
          <>
            <strong>{r.name}</strong> · {t(`estates:role.${r.role}`)}
            <div>{`${r.buildingName} ${r.entrance} ${r.room}`}</div>
            <div>{r.phone}</div>
          </>
        )}
      />
    </>
  );
}
