import './cleaning-work.css';
import { AuditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAbility } from '../../app/auth/use-me';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { useListParams } from '../../app/ui/use-list-params';
import { EstateSelect } from '../estates/EstateSelect';
import { InspectionStateTag } from './InspectionStateTag';
import { SpotCheckDialog } from './SpotCheckDialog';
import { MineAndOverdueFilters } from './WorkFilters';
import { INSPECTION_STATES, type InspectionQuery, type InspectionRow, inspectionListQuery, LEVELS, pick } from './work-queries';

const FILTERS = ['state', 'level', 'estate', 'mine', 'overdue'] as const;

/**
 * 保洁检查 (A6.3): the inspections of the caller's estates, or hers to do (`?mine=true&state=planned` from the
 * workbench), due first; cards on a phone; 抽查 starts a spot check without a plan.
 */
export function InspectionsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canSpotCheck = useAbility('spotCheckCleaning');
  const list = useListParams(FILTERS);
  const [starting, setStarting] = useState(false);
  const f = list.filters;
  const state = pick(INSPECTION_STATES, f.state);
  const level = pick(LEVELS, f.level);
  const query: InspectionQuery = {
    page: list.page,
    pageSize: list.pageSize,
    // to do: the most urgent first; done: the latest first; everything: the latest periods first
    sort: state === 'planned' ? 'periodEnd' : state === 'done' ? '-doneAt' : '-periodEnd',
    ...(state ? { state } : {}),
    ...(level ? { level } : {}),
    ...(f.estate ? { estateId: f.estate } : {}),
    ...(f.mine === 'true' ? { mine: 'true' as const } : {}),
    ...(f.overdue === 'true' ? { overdue: 'true' as const } : {}),
  };
  const items = useQuery(inspectionListQuery(query));
  const filtered = Boolean(state || level || f.estate || f.mine || f.overdue);
  const period = (r: InspectionRow) => (r.periodStart === r.periodEnd ? r.periodEnd : `${r.periodStart} ~ ${r.periodEnd}`);
  const title = (r: InspectionRow) => `${r.estateName} · ${t(`cleaning:areas.${r.area}`)}`;

  return (
    <div className="cleaning-work">
      <PageHeader
        title={t('cleaningWork:inspections.title')}
        subtitle={t('cleaningWork:inspections.subtitle')}
        extra={
          canSpotCheck ? (
            <Button type="primary" icon={<AuditOutlined aria-hidden />} onClick={() => setStarting(true)}>
              {t('cleaningWork:spotCheck.start')}
            </Button>
          ) : null
        }
      />
      <search className="toolbar">
        <Select
          aria-label={t('cleaningWork:fields.state')}
          placeholder={t('cleaningWork:fields.state')}
          allowClear
          value={state}
          onChange={(v) => list.update({ state: v ?? null })}
          options={INSPECTION_STATES.map((s) => ({ value: s, label: t(`cleaning:inspectionStates.${s}`) }))}
        />
        <Select
          aria-label={t('cleaningWork:fields.level')}
          placeholder={t('cleaningWork:fields.level')}
          allowClear
          value={level}
          onChange={(v) => list.update({ level: v ?? null })}
          options={LEVELS.map((l) => ({ value: l, label: t(`cleaning:levels.${l}`) }))}
        />
        <EstateSelect
          label={t('cleaningWork:fields.estate')}
          allowClear
          value={f.estate}
          onChange={(v) => list.update({ estate: v ?? null })}
        />
        <MineAndOverdueFilters filters={f} update={list.update} mineLabel={t('cleaningWork:inspections.mine')} />
      </search>
      {items.isError ? (
        <QueryError error={items.error} onRetry={() => items.refetch()} />
      ) : (
        <ResponsiveTable<InspectionRow>
          label={t('cleaningWork:inspections.title')}
          rowKey="id"
          items={items.data?.items}
          total={items.data?.total ?? 0}
          page={list.page}
          pageSize={list.pageSize}
          loading={items.isFetching}
          empty={<Empty description={t(filtered ? 'cleaningWork:noMatch' : 'cleaningWork:inspections.empty')} />}
          onPageChange={list.onPageChange}
          columns={[
            {
              key: 'what',
              title: t('cleaningWork:fields.what'),
              render: (_, r) => <Link to={`/cleaning/inspections/${r.id}`}>{title(r)}</Link>,
            },
            { key: 'level', title: t('cleaningWork:fields.level'), render: (_, r) => t(`cleaning:levels.${r.level}`) },
            { key: 'period', title: t('cleaningWork:fields.period'), render: (_, r) => period(r) },
            { key: 'inspector', title: t('cleaningWork:fields.inspector'), dataIndex: 'inspectorName' },
            { key: 'cleaner', title: t('cleaningWork:fields.cleaner'), dataIndex: 'cleanerName' },
            { key: 'state', title: t('cleaningWork:fields.state'), render: (_, r) => <InspectionStateTag inspection={r} /> },
            {
              key: 'result',
              title: t('cleaningWork:fields.result'),
              render: (_, r) =>
                r.state === 'done' ? t('cleaningWork:inspections.counts', { passed: r.passedCount, failed: r.failedCount }) : '',
            },
          ]}
          renderCard={(r) => (
            <Link to={`/cleaning/inspections/${r.id}`} className="record-card-link">
              <div className="record-card-title">
                <span>{title(r)}</span>
                <InspectionStateTag inspection={r} />
              </div>
              <div className="record-card-line">
                {t(`cleaning:levels.${r.level}`)} · {t('cleaningWork:inspections.dueBy', { date: period(r) })}
              </div>
              <div className="record-card-line">
                {t('cleaningWork:inspections.people', { inspector: r.inspectorName, cleaner: r.cleanerName })}
                {r.state === 'done' ? ` · ${t('cleaningWork:inspections.counts', { passed: r.passedCount, failed: r.failedCount })}` : ''}
              </div>
            </Link>
          )}
        />
      )}
      {starting ? (
        <SpotCheckDialog
          estateId={f.estate}
          onClose={() => setStarting(false)}
          onStarted={(id) => navigate(`/cleaning/inspections/${id}`)}
        />
      ) : null}
    </div>
  );
}
