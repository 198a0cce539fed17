import { FieldTimeOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAbility } from '../../app/auth/use-me';
import { useListParams } from '../../app/ui/use-list-params';
import { DeviceHistoryDrawer } from './DeviceHistoryDrawer';
import { ChoiceFilter } from './Filters';
import { oneOf, SIM_CARRIERS, SIM_STATES, type Sim, type SimListQuery, simsQuery } from './gps-queries';
import { RegisterList } from './RegisterList';
import { RowButtons } from './RowButtons';
import { SimFormModal } from './SimForm';

const FILTERS = ['state', 'carrier'] as const;

/** SIM卡: the terminals' SIM cards, in stock, in use, suspended or cancelled, each with its history. */
export function SimsPage() {
  const { t } = useTranslation();
  const canKeep = useAbility('keepGpsRegister');
  const list = useListParams(FILTERS);
  const [editing, setEditing] = useState<Sim | 'new' | null>(null);
  const [history, setHistory] = useState<Sim | null>(null);
  const state = oneOf(SIM_STATES, list.filters.state);
  const carrier = oneOf(SIM_CARRIERS, list.filters.carrier);
  const query: SimListQuery = {
    page: list.page,
    pageSize: list.pageSize,
    ...(list.q ? { q: list.q } : {}),
    ...(state ? { state } : {}),
    ...(carrier ? { carrier } : {}),
  };
  const sims = useQuery(simsQuery(query));
  const { page: _p, pageSize: _s, ...filters } = query;
  const actions = (s: Sim) => (
    <RowButtons entity="gps_sim" id={s.id} name={s.number} canChange={s.abilities.register} onEdit={() => setEditing(s)}>
      <Button
        size="small"
        icon={<FieldTimeOutlined aria-hidden />}
        onClick={() => setHistory(s)}
        aria-label={`${t('gps:actions.history')} ${s.number}`}
      >
        {t('gps:actions.history')}
      </Button>
    </RowButtons>
  );
  return (
    <RegisterList<Sim>
      which="sims"
      list={list}
      canKeep={canKeep}
      onNew={() => setEditing('new')}
      exportPath="/api/gps/sims/export.xlsx"
      exportQuery={filters}
      query={sims}
      filters={
        <>
          <ChoiceFilter
            label={t('gps:filters.state')}
            words="simStates"
            values={SIM_STATES}
            value={state}
            onChange={(v) => list.update({ state: v })}
          />
          <ChoiceFilter
            label={t('gps:filters.carrier')}
            words="carriers"
            values={SIM_CARRIERS}
            value={carrier}
            onChange={(v) => list.update({ carrier: v })}
          />
        </>
      }
      columns={[
        { key: 'number', title: t('gps:fields.simNumber'), render: (_, s) => <span className="gps-serial">{s.number}</span> },
        { key: 'carrier', title: t('gps:fields.carrier'), render: (_, s) => t(`gps:carriers.${s.carrier}`) },
        { key: 'state', title: t('gps:fields.state'), render: (_, s) => t(`gps:simStates.${s.state}`) },
        { key: 'terminal', title: t('gps:fields.terminal'), render: (_, s) => <span className="gps-serial">{s.terminalSerial}</span> },
        { key: 'plate', title: t('gps:fields.plate'), dataIndex: 'plate' },
        { key: 'actions', title: t('gps:fields.actions'), render: (_, s) => actions(s) },
      ]}
      renderCard={(s) => (
        <>
          <div className="record-card-title">
            <span className="gps-serial">{s.number}</span> <Tag>{t(`gps:simStates.${s.state}`)}</Tag>
          </div>
          <div className="record-card-line">
            {t(`gps:carriers.${s.carrier}`)} {s.terminalSerial ? `· ${s.terminalSerial} · ${s.plate ?? ''}` : ''}
          </div>
          {actions(s)}
        </>
      )}
    >
      {editing ? <SimFormModal sim={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} /> : null}
      {history ? <DeviceHistoryDrawer kind="sims" id={history.id} name={history.number} onClose={() => setHistory(null)} /> : null}
    </RegisterList>
  );
}
