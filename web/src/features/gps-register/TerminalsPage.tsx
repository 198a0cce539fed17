import { CheckCircleOutlined, DeleteOutlined, FieldTimeOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAbility } from '../../app/auth/use-me';
import { useListParams } from '../../app/ui/use-list-params';
import { DeviceHistoryDrawer } from './DeviceHistoryDrawer';
import { ChoiceFilter } from './Filters';
import { GpsImportDialog } from './GpsImportDialog';
import { oneOf, TERMINAL_STATES, type Terminal, type TerminalListQuery, terminalsQuery } from './gps-queries';
import { RegisterList } from './RegisterList';
import { RowButtons } from './RowButtons';
import { SettleDialog } from './SettleDialog';
import { TerminalFormModal } from './TerminalForm';

const FILTERS = ['state', 'vehicleId'] as const;

/** The warranty as a tag: in warranty marked, out of warranty plain (the sale date tells since when). */
function Warranty({ x }: { x: Terminal }) {
  const { t } = useTranslation();
  if (!x.warrantyEnd) return null;
  return (
    <span>
      {x.inWarranty ? (
        <>
          {x.warrantyEnd} <Tag>{t('gps:warranty.true')}</Tag>
        </>
      ) : (
        t('common:aside', { text: x.warrantyEnd, aside: t('gps:warranty.false') })
      )}
    </span>
  );
}

/** 终端: the department's terminals in stock, installed, in repair or scrapped, each with its device history. */
export function TerminalsPage() {
  const { t } = useTranslation();
  const canKeep = useAbility('keepGpsRegister');
  const list = useListParams(FILTERS);
  const [editing, setEditing] = useState<Terminal | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const [history, setHistory] = useState<Terminal | null>(null);
  const [settling, setSettling] = useState<{ terminal: Terminal; outcome: 'repaired' | 'scrapped' } | null>(null);
  const state = oneOf(TERMINAL_STATES, list.filters.state);
  const { vehicleId } = list.filters;
  const query: TerminalListQuery = {
    page: list.page,
    pageSize: list.pageSize,
    ...(list.q ? { q: list.q } : {}),
    ...(state ? { state } : {}),
    ...(vehicleId ? { vehicleId } : {}),
  };
  const terminals = useQuery(terminalsQuery(query));
  const { page: _p, pageSize: _s, ...filters } = query;
  const actions = (x: Terminal) => (
    <RowButtons
      entity="gps_terminal"
      id={x.id}
      name={x.serial}
      canChange={x.abilities.register && x.state !== 'scrapped'}
      onEdit={() => setEditing(x)}
    >
      <Button
        size="small"
        icon={<FieldTimeOutlined aria-hidden />}
        onClick={() => setHistory(x)}
        aria-label={`${t('gps:actions.history')} ${x.serial}`}
      >
        {t('gps:actions.history')}
      </Button>
      {x.abilities.register && x.state === 'in_repair' ? (
        <Button size="small" icon={<CheckCircleOutlined aria-hidden />} onClick={() => setSettling({ terminal: x, outcome: 'repaired' })}>
          {t('gps:actions.repaired')}
        </Button>
      ) : null}
      {x.abilities.register && (x.state === 'in_repair' || x.state === 'in_stock') ? (
        <Button
          size="small"
          danger
          icon={<DeleteOutlined aria-hidden />}
          aria-label={`${t('gps:actions.scrap')} ${x.serial}`}
          onClick={() => setSettling({ terminal: x, outcome: 'scrapped' })}
        />
      ) : null}
    </RowButtons>
  );
  return (
    <RegisterList<Terminal>
      which="terminals"
      list={list}
      canKeep={canKeep}
      onNew={() => setEditing('new')}
      onImport={() => setImporting(true)}
      exportPath="/api/gps/terminals/export.xlsx"
      exportQuery={filters}
      query={terminals}
      filters={
        <ChoiceFilter
          label={t('gps:filters.state')}
          words="terminalStates"
          values={TERMINAL_STATES}
          value={state}
          onChange={(v) => list.update({ state: v })}
        />
      }
      columns={[
        { key: 'serial', title: t('gps:fields.serial'), render: (_, x) => <span className="gps-serial">{x.serial}</span> },
        { key: 'model', title: t('gps:fields.modelCode'), dataIndex: 'modelCode' },
        { key: 'state', title: t('gps:fields.state'), render: (_, x) => t(`gps:terminalStates.${x.state}`) },
        { key: 'plate', title: t('gps:fields.plate'), render: (_, x) => (x.plate ? `${x.plate} · ${x.customerName ?? ''}` : null) },
        { key: 'sim', title: t('gps:fields.sim'), dataIndex: 'simNumber' },
        { key: 'soldOn', title: t('gps:fields.soldOn'), dataIndex: 'soldOn' },
        { key: 'warranty', title: t('gps:fields.warrantyEnd'), render: (_, x) => <Warranty x={x} /> },
        { key: 'actions', title: t('gps:fields.actions'), render: (_, x) => actions(x) },
      ]}
      renderCard={(x) => (
        <>
          <div className="record-card-title">
            <span className="gps-serial">{x.serial}</span> <Tag>{t(`gps:terminalStates.${x.state}`)}</Tag>
          </div>
          <div className="record-card-line">
            {x.modelCode} {x.plate ? `· ${x.plate} · ${x.customerName ?? ''}` : ''}
          </div>
          {x.simNumber ? <div className="record-card-line">{x.simNumber}</div> : null}
          <div className="record-card-line">
            <Warranty x={x} />
          </div>
          {actions(x)}
        </>
      )}
    >
      {editing ? <TerminalFormModal terminal={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} /> : null}
      {importing ? <GpsImportDialog onClose={() => setImporting(false)} /> : null}
      {history ? <DeviceHistoryDrawer kind="terminals" id={history.id} name={history.serial} onClose={() => setHistory(null)} /> : null}
      {settling ? <SettleDialog terminal={settling.terminal} outcome={settling.outcome} onClose={() => setSettling(null)} /> : null}
    </RegisterList>
  );
}
