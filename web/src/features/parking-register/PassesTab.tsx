import { CalendarOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Input, Select, type TableProps, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useAbility } from '../../app/auth/use-me';
import { ConfirmAction } from '../../app/ui/ConfirmAction';
import { ExportButton } from '../../app/ui/ExportButton';
import { formatFen } from '../../app/ui/money';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { EstateSelect } from '../estates/EstateSelect';
import { HistoryButton } from '../history/HistoryButton';
import { CarParkSelect } from './CarParkSelect';
import type { RegisterList } from './ParkingRegisterPage';
import { PassFormModal } from './PassForm';
import { PassMonthsModal } from './PassMonths';
import { PASS_STATES, type Pass, type PassListQuery, passesQuery, useRefresh } from './parking-queries';

/** Where the pass parks: its space, or the zone named. */
const placeOf = (p: Pass) => p.spaceNumber ?? p.zone;

/** A pass's history, its months' bills, and cancel (with a reason) where its abilities allow. */
function PassActions({ pass, onMonths }: { pass: Pass; onMonths(): void }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const [asking, setAsking] = useState(false);
  return (
    <span className="row-actions">
      <HistoryButton entity="parking_pass" id={pass.id} name={pass.plate} />
      <Button
        size="small"
        icon={<CalendarOutlined aria-hidden />}
        aria-label={t('parking:passes.detailsOf', { plate: pass.plate })}
        title={t('parking:passes.detailsOf', { plate: pass.plate })}
        onClick={onMonths}
      />
      {pass.abilities.cancel ? (
        <>
          <Button
            size="small"
            danger
            icon={<StopOutlined aria-hidden />}
            aria-label={t('parking:passes.cancelOne', { plate: pass.plate })}
            onClick={() => setAsking(true)}
          >
            {t('parking:passes.cancel')}
          </Button>
          <ConfirmAction
            open={asking}
            title={t('parking:passes.cancelTitle', { plate: pass.plate })}
            description={t('parking:passes.cancelText')}
            okText={t('parking:passes.cancel')}
            danger
            withReason="required"
            onConfirm={(reason) =>
              unwrap(
                api.POST('/api/parking/passes/{id}/cancel', {
                  params: { path: { id: pass.id } },
                  body: { reason: reason ?? '', version: pass.version },
                }),
              ).then(refresh)
            }
            onClose={() => setAsking(false)}
          />
        </>
      ) : null}
    </span>
  );
}

/** 月卡: the monthly passes of the caller's estates, their months' bills, issued and cancelled here. */
export function PassesTab({ list }: { list: RegisterList; canKeep: boolean }) {
  const { t } = useTranslation();
  const canIssue = useAbility('issueParkingPasses');
  const [search, setSearch] = useState(list.q);
  const [issuing, setIssuing] = useState(false);
  const [months, setMonths] = useState<Pass | null>(null);
  useEffect(() => setSearch(list.q), [list.q]);
  const { estateId, carParkId, state } = list.filters;
  const query: PassListQuery = {
    page: list.page,
    pageSize: list.pageSize,
    ...(list.q ? { q: list.q } : {}),
    ...(estateId ? { estateId } : {}),
    ...(carParkId ? { carParkId } : {}),
    ...(state === 'active' || state === 'cancelled' ? { state } : {}),
  };
  const passes = useQuery(passesQuery(query));
  const { page: _p, pageSize: _s, ...filters } = query;

  const stateText = (p: Pass) =>
    p.state === 'active' ? <span>{t('parking:passes.states.active')}</span> : <Tag>{t('parking:passes.states.cancelled')}</Tag>;
  const range = (p: Pass) => t('parking:passes.monthsRange', { from: p.fromMonth, to: p.toMonth });
  const paid = (p: Pass) => t('parking:passes.paidOf', { paid: p.paidMonths, total: p.months.length });
  const actions = (p: Pass) => <PassActions pass={p} onMonths={() => setMonths(p)} />;
  const columns: TableProps<Pass>['columns'] = [
    { key: 'plate', title: t('parking:fields.plate'), render: (_, p) => <span className="plate-number">{p.plate}</span> },
    { key: 'unit', title: t('parking:fields.unit'), render: (_, p) => `${p.unitAddress} · ${p.holderName}` },
    {
      key: 'place',
      title: t('parking:passes.fields.place'),
      render: (_, p) => `${p.carParkName} ${placeOf(p)} · ${t(`parking:ownership.${p.ownership}`)}`,
    },
    {
      key: 'months',
      title: t('parking:passes.fields.months'),
      render: (_, p) => (
        <>
          <div>{range(p)}</div>
          <div className="muted">{paid(p)}</div>
        </>
      ),
    },
    {
      key: 'price',
      title: t('parking:passes.fields.price'),
      render: (_, p) => t('parking:passes.perMonth', { price: formatFen(p.monthlyFen) }),
    },
    { key: 'state', title: t('parking:passes.fields.state'), render: (_, p) => stateText(p) },
    { key: 'actions', title: t('common:fields.actions'), render: (_, p) => actions(p) },
  ];

  return (
    <>
      <search className="toolbar">
        <Input.Search
          className="search"
          aria-label={t('parking:passes.search')}
          placeholder={t('parking:passes.search')}
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
          aria-label={t('parking:passes.fields.state')}
          placeholder={t('parking:passes.fields.state')}
          allowClear
          value={state}
          onChange={(v: string | undefined) => list.update({ state: v ?? null })}
          options={PASS_STATES.map((s) => ({ value: s, label: t(`parking:passes.states.${s}`) }))}
        />
        <ExportButton path="/api/parking/passes/export.xlsx" query={filters} label={t('parking:passes.export')} />
        {canIssue ? (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setIssuing(true)}>
            {t('parking:passes.new')}
          </Button>
        ) : null}
      </search>
      {passes.isError ? (
        <QueryError error={passes.error} onRetry={() => passes.refetch()} />
      ) : (
        <ResponsiveTable<Pass>
          label={t('parking:tabs.passes')}
          rowKey="id"
          columns={columns}
          items={passes.data?.items}
          total={passes.data?.total ?? 0}
          page={list.page}
          pageSize={list.pageSize}
          loading={passes.isFetching}
          empty={<Empty description={t('parking:passes.empty')} />}
          onPageChange={list.onPageChange}
          renderCard={(p) => (
            <>
              <div className="record-card-title">
                <span className="plate-number">{p.plate}</span>
                {stateText(p)}
              </div>
              <div className="record-card-line">
                {p.unitAddress} · {p.holderName}
              </div>
              <div className="record-card-line">
                {p.carParkName} {placeOf(p)} · {t(`parking:ownership.${p.ownership}`)}
              </div>
              <div className="record-card-line">
                {range(p)} · {t('parking:passes.perMonth', { price: formatFen(p.monthlyFen) })} · {paid(p)}
              </div>
              {actions(p)}
            </>
          )}
        />
      )}
      {issuing ? <PassFormModal estateId={estateId} carParkId={carParkId} onClose={() => setIssuing(false)} /> : null}
      {months ? <PassMonthsModal pass={months} onClose={() => setMonths(null)} /> : null}
    </>
  );
}
