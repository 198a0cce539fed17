import './cleaning-work.css';
import { useQuery } from '@tanstack/react-query';
import { Empty, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/ui/format';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { useListParams } from '../../app/ui/use-list-params';
import { EstateSelect } from '../estates/EstateSelect';
import { RectificationStateTag } from './InspectionStateTag';
import { MineAndOverdueFilters } from './WorkFilters';
import { pick, RECTIFICATION_STATES, type RectificationQuery, type RectificationRow, rectificationListQuery } from './work-queries';

const FILTERS = ['state', 'estate', 'mine', 'overdue'] as const;

/**
 * 整改 (A6.3): failed checks being fixed and re-checked, due first. The workbench links here with
 * `?mine=true&state=open` (to fix) and `?mine=true&state=done` (to re-check).
 */
export function RectificationsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useListParams(FILTERS);
  const f = list.filters;
  const state = pick(RECTIFICATION_STATES, f.state);
  const query: RectificationQuery = {
    page: list.page,
    pageSize: list.pageSize,
    sort: state === 'passed' || state === 'failed' ? '-createdAt' : 'dueAt',
    ...(state ? { state } : {}),
    ...(f.estate ? { estateId: f.estate } : {}),
    ...(f.mine === 'true' ? { mine: 'true' as const } : {}),
    ...(f.overdue === 'true' ? { overdue: 'true' as const } : {}),
  };
  const items = useQuery(rectificationListQuery(query));
  const filtered = Boolean(state || f.estate || f.mine || f.overdue);
  const title = (r: RectificationRow) => `${r.estateName} · ${t(`cleaning:areas.${r.area}`)}`;
  const round = (r: RectificationRow) => (r.round > 1 ? t('cleaningWork:rectifications.round', { round: r.round }) : '');

  return (
    <div className="cleaning-work">
      <PageHeader title={t('cleaningWork:rectifications.title')} subtitle={t('cleaningWork:rectifications.subtitle')} />
      <search className="toolbar">
        <Select
          aria-label={t('cleaningWork:fields.state')}
          placeholder={t('cleaningWork:fields.state')}
          allowClear
          value={state}
          onChange={(v) => list.update({ state: v ?? null })}
          options={RECTIFICATION_STATES.map((s) => ({ value: s, label: t(`cleaning:rectificationStates.${s}`) }))}
        />
        <EstateSelect
          label={t('cleaningWork:fields.estate')}
          allowClear
          value={f.estate}
          onChange={(v) => list.update({ estate: v ?? null })}
        />
        <MineAndOverdueFilters filters={f} update={list.update} mineLabel={t('cleaningWork:rectifications.mine')} />
      </search>
      {items.isError ? (
        <QueryError error={items.error} onRetry={() => items.refetch()} />
      ) : (
        <ResponsiveTable<RectificationRow>
          label={t('cleaningWork:rectifications.title')}
          rowKey="id"
          items={items.data?.items}
          total={items.data?.total ?? 0}
          page={list.page}
          pageSize={list.pageSize}
          loading={items.isFetching}
          empty={<Empty description={t(filtered ? 'cleaningWork:noMatch' : 'cleaningWork:rectifications.empty')} />}
          onPageChange={list.onPageChange}
          columns={[
            {
              key: 'what',
              title: t('cleaningWork:fields.what'),
              render: (_, r) => <Link to={`/cleaning/rectifications/${r.id}`}>{`${title(r)} ${round(r)}`}</Link>,
            },
            { key: 'check', title: t('cleaningWork:fields.check'), render: (_, r) => r.standard.criterion },
            { key: 'level', title: t('cleaningWork:fields.level'), render: (_, r) => t(`cleaning:levels.${r.level}`) },
            { key: 'cleaner', title: t('cleaningWork:fields.cleaner'), dataIndex: 'cleanerName' },
            { key: 'inspector', title: t('cleaningWork:fields.inspector'), dataIndex: 'inspectorName' },
            { key: 'due', title: t('cleaningWork:fields.dueAt'), render: (_, r) => format.dateTime(r.dueAt) },
            { key: 'state', title: t('cleaningWork:fields.state'), render: (_, r) => <RectificationStateTag rectification={r} /> },
          ]}
          renderCard={(r) => (
            <Link to={`/cleaning/rectifications/${r.id}`} className="record-card-link">
              <div className="record-card-title">
                <span>{`${title(r)} ${round(r)}`}</span>
                <RectificationStateTag rectification={r} />
              </div>
              <div className="record-card-line">{r.standard.criterion}</div>
              <div className="record-card-line">
                {t('cleaningWork:rectifications.dueLine', { at: format.dateTime(r.dueAt), cleaner: r.cleanerName })}
              </div>
            </Link>
          )}
        />
      )}
    </div>
  );
}
