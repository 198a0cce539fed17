import { ImportOutlined, SettingOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Empty, Input, Select, type TableProps, Tabs } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAbility } from '../../app/auth/use-me';
import { ExportButton } from '../../app/ui/ExportButton';
import { useFormat } from '../../app/ui/format';
import { formatFen } from '../../app/ui/money';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { useListParams } from '../../app/ui/use-list-params';
import { CarParkSelect } from '../parking-register/CarParkSelect';
import { GateImportDialog } from './GateImportDialog';
import { GateMappingDialog } from './GateMappingDialog';
import {
  durationText,
  type GateImport,
  importsQuery,
  STAY_STATES,
  type Stay,
  type StayListQuery,
  type StayState,
  staysQuery,
} from './gate-queries';
import { StayStateTag } from './StayStateTag';
import './parking-gate.css';

const FILTERS = ['tab', 'carParkId', 'day', 'state'] as const;
const TABS = ['all', 'parked', 'unmatched', 'imports'] as const;
type Tab = (typeof TABS)[number];

/** The stays of the filters as a table (cards on a phone). */
function StaysTable({
  query,
  onPage,
  page,
  pageSize,
}: {
  query: StayListQuery;
  page: number;
  pageSize: number;
  onPage(p: number, s: number): void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const stays = useQuery(staysQuery(query));
  const time = (iso: string | null) => (iso ? format.dateTime(iso) : '—');
  const charge = (s: Stay) => (s.chargeFen === null ? '—' : formatFen(s.chargeFen));
  const columns: NonNullable<TableProps<Stay>['columns']> = [
    { key: 'plate', title: t('parkingGate:fields.plate'), dataIndex: 'plate', width: 110 },
    { key: 'carPark', title: t('parkingGate:fields.carPark'), render: (_v, s) => `${s.estateName} ${s.carParkName}` },
    { key: 'enteredAt', title: t('parkingGate:fields.enteredAt'), render: (_v, s) => time(s.enteredAt), width: 150 },
    { key: 'exitedAt', title: t('parkingGate:fields.exitedAt'), render: (_v, s) => time(s.exitedAt), width: 150 },
    {
      key: 'duration',
      title: t('parkingGate:fields.duration'),
      render: (_v, s) => (s.minutes === null ? '—' : durationText(t, s.minutes)),
    },
    {
      key: 'charge',
      title: t('parkingGate:fields.charge'),
      align: 'right',
      render: (_v, s) => <span className="stay-charge">{charge(s)}</span>,
    },
    { key: 'state', title: t('parkingGate:fields.state'), render: (_v, s) => <StayStateTag state={s.state} /> },
    { key: 'source', title: t('parkingGate:fields.source'), render: (_v, s) => t(`parkingGate:sources.${s.source}`) },
    { key: 'recordedBy', title: t('parkingGate:fields.recordedBy'), dataIndex: 'recordedByName' },
  ];
  return (
    <>
      {stays.error ? <QueryError error={stays.error} /> : null}
      <ResponsiveTable<Stay>
        label={t('parkingGate:stays.title')}
        rowKey="id"
        columns={columns}
        items={stays.data?.items}
        total={stays.data?.total ?? 0}
        page={page}
        pageSize={pageSize}
        loading={stays.isFetching}
        empty={<Empty description={t('parkingGate:stays.empty')} />}
        onPageChange={onPage}
        renderCard={(s) => (
          <div>
            <strong>{s.plate}</strong> <StayStateTag state={s.state} /> {charge(s)}
            <div>
              {time(s.enteredAt)} → {time(s.exitedAt)}
            </div>
          </div>
        )}
      />
    </>
  );
}

/** The imports of the car park (or of all the caller's), the latest first. */
function ImportsTable({
  carParkId,
  page,
  pageSize,
  onPage,
}: {
  carParkId?: string | undefined;
  page: number;
  pageSize: number;
  onPage(p: number, s: number): void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const imports = useQuery(importsQuery({ page, pageSize, ...(carParkId ? { carParkId } : {}) }));
  const count = (k: 'rows' | 'added' | 'completed' | 'unchanged' | 'unmatched') => ({
    key: k,
    title: t(`parkingGate:fields.${k}`),
    dataIndex: k,
    align: 'right' as const,
  });
  return (
    <>
      {imports.error ? <QueryError error={imports.error} /> : null}
      <ResponsiveTable<GateImport>
        label={t('parkingGate:stays.tabs.imports')}
        rowKey="id"
        columns={[
          { key: 'importedAt', title: t('parkingGate:fields.importedAt'), render: (_v, i) => format.dateTime(i.importedAt), width: 150 },
          { key: 'carPark', title: t('parkingGate:fields.carPark'), dataIndex: 'carParkName' },
          { key: 'fileName', title: t('parkingGate:fields.fileName'), dataIndex: 'fileName' },
          { key: 'importedBy', title: t('parkingGate:fields.importedBy'), dataIndex: 'importedByName' },
          count('rows'),
          count('added'),
          count('completed'),
          count('unchanged'),
          count('unmatched'),
        ]}
        items={imports.data?.items}
        total={imports.data?.total ?? 0}
        page={page}
        pageSize={pageSize}
        loading={imports.isFetching}
        empty={<Empty />}
        onPageChange={onPage}
        renderCard={(i) => (
          <div>
            <strong>{i.fileName}</strong> {format.dateTime(i.importedAt)}
            <div>{t('parkingGate:importDialog.done', i)}</div>
          </div>
        )}
      />
    </>
  );
}

/**
 * 停车记录 for the office (A2.4.1.2): a car park and a day, the stays with their charges and states; tabs for the cars
 * still inside and the exits with no entry, the imports; the gate export's import and column mapping; Excel.
 */
export function StaysPage() {
  const { t } = useTranslation();
  const canGate = useAbility('parkingGate');
  const list = useListParams(FILTERS);
  const { carParkId, day, state } = list.filters;
  const tab: Tab = TABS.includes(list.filters.tab as Tab) ? (list.filters.tab as Tab) : 'all';
  const [search, setSearch] = useState(list.q);
  const [dialog, setDialog] = useState<'import' | 'mapping' | null>(null);
  useEffect(() => setSearch(list.q), [list.q]);

  const fixed: StayState | undefined = tab === 'parked' || tab === 'unmatched' ? tab : (state as StayState | undefined);
  const filters: Omit<StayListQuery, 'page' | 'pageSize'> = {
    ...(carParkId ? { carParkId } : {}),
    ...(day && tab === 'all' ? { day } : {}),
    ...(fixed ? { state: fixed } : {}),
    ...(list.q ? { plate: list.q } : {}),
  };
  const onPage = list.onPageChange;

  return (
    <div className="parking-stays">
      <PageHeader
        title={t('parkingGate:stays.title')}
        extra={
          canGate && carParkId ? (
            <div className="stays-toolbar">
              <Button type="primary" icon={<ImportOutlined aria-hidden />} onClick={() => setDialog('import')}>
                {t('parkingGate:stays.import')}
              </Button>
              <Button icon={<SettingOutlined aria-hidden />} onClick={() => setDialog('mapping')}>
                {t('parkingGate:stays.mapping')}
              </Button>
            </div>
          ) : null
        }
      />
      <div className="stays-filters">
        <CarParkSelect
          label={t('parkingGate:stays.carPark')}
          value={carParkId}
          allowClear
          onChange={(v) => list.update({ carParkId: v ?? null })}
        />
        {tab === 'all' ? (
          <DatePicker
            aria-label={t('parkingGate:stays.day')}
            placeholder={t('parkingGate:stays.day')}
            value={day ? dayjs(day) : null}
            onChange={(d) => list.update({ day: d ? d.format('YYYY-MM-DD') : null })}
          />
        ) : null}
        {tab === 'all' ? (
          <Select
            aria-label={t('parkingGate:stays.state')}
            placeholder={t('parkingGate:stays.state')}
            allowClear
            value={state}
            onChange={(v) => list.update({ state: v ?? null })}
            options={STAY_STATES.map((s) => ({ value: s, label: t(`parkingGate:states.${s}`) }))}
          />
        ) : null}
        {tab !== 'imports' ? (
          <Input.Search
            aria-label={t('parkingGate:stays.search')}
            placeholder={t('parkingGate:stays.search')}
            allowClear
            style={{ width: 200 }}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onSearch={(q) => list.update({ q })}
          />
        ) : null}
        {tab !== 'imports' ? <ExportButton path="/api/parking/stays/export.xlsx" query={filters} /> : null}
      </div>
      <Tabs
        activeKey={tab}
        onChange={(next) => list.update({ tab: next === 'all' ? null : next, state: null })}
        items={TABS.map((key) => ({
          key,
          label: t(`parkingGate:stays.tabs.${key}`),
          children:
            key !== tab ? null : key === 'imports' ? (
              <ImportsTable carParkId={carParkId} page={list.page} pageSize={list.pageSize} onPage={onPage} />
            ) : (
              <StaysTable
                query={{ ...filters, page: list.page, pageSize: list.pageSize }}
                page={list.page}
                pageSize={list.pageSize}
                onPage={onPage}
              />
            ),
        }))}
      />
      {dialog === 'import' && carParkId ? <GateImportDialog carParkId={carParkId} onClose={() => setDialog(null)} /> : null}
      {dialog === 'mapping' && carParkId ? <GateMappingDialog carParkId={carParkId} onClose={() => setDialog(null)} /> : null}
    </div>
  );
}
