import './jobs.css';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Input, Select, type TableProps, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useAbility } from '../../app/auth/use-me';
import { ConfirmAction } from '../../app/ui/ConfirmAction';
import { ExportButton } from '../../app/ui/ExportButton';
import { useFormat } from '../../app/ui/format';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { useToast } from '../../app/ui/toast';
import { sortOrderOf, useListParams } from '../../app/ui/use-list-params';
import { HistoryButton } from '../history/HistoryButton';
import { DemoClock } from './DemoClock';
import { JobRunsDrawer } from './JobRunsDrawer';
import { type Job, jobsQuery, useRefreshJobs } from './jobs-queries';

const FILTERS = ['state', 'kind'] as const;
const STATES = ['pending', 'done', 'failed'] as const;
type State = (typeof STATES)[number];
const SORTABLE = ['dueAt', 'updatedAt', 'kind', 'state'] as const;
type Sortable = (typeof SORTABLE)[number];
const KIND = /^[a-z][a-z0-9.-]*$/;

/** 定时任务: what the system runs on its own, when it ran, and what failed with its error; retry a failed job. */
export function JobsPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const refresh = useRefreshJobs();
  const canDemo = useAbility('demoClock');
  const list = useListParams(FILTERS, { sort: '-updatedAt' });
  const [search, setSearch] = useState(list.q);
  const [viewing, setViewing] = useState<Job | null>(null);
  const [retrying, setRetrying] = useState<Job | null>(null);
  useEffect(() => setSearch(list.q), [list.q]);

  const state = STATES.includes(list.filters.state as State) ? (list.filters.state as State) : undefined;
  const kind = list.filters.kind && KIND.test(list.filters.kind) ? list.filters.kind : undefined;
  const sort =
    list.sort && (SORTABLE as readonly string[]).includes(list.sort.replace(/^-/, ''))
      ? (list.sort as Sortable | `-${Sortable}`)
      : undefined;
  const jobs = useQuery(jobsQuery({ page: list.page, pageSize: list.pageSize, sort, q: list.q || undefined, state, kind }));

  const title = (j: Pick<Job, 'title'>) => (i18n.language.startsWith('zh') ? j.title['zh-CN'] : j.title.en);
  const stateOf = (j: Job) => (j.state === 'pending' && j.attempts > 0 ? 'retrying' : j.state);
  const stateTag = (j: Job) => <Tag className={`job-tag job-tag-${stateOf(j)}`}>{t(`jobs:states.${stateOf(j)}`)}</Tag>;
  const attempts = (j: Job) => `${j.attempts} / ${j.maxAttempts}`;
  const actions = (j: Job) => (
    <div className="job-actions">
      <Button size="small" onClick={() => setViewing(j)}>
        {t('jobs:actions.runs')}
      </Button>
      {j.abilities.retry ? (
        <Button size="small" type="primary" onClick={() => setRetrying(j)}>
          {t('jobs:actions.retry')}
        </Button>
      ) : null}
      <HistoryButton entity="job" id={j.id} name={title(j)} />
    </div>
  );
  const error = (j: Job) =>
    j.lastError ? (
      <Typography.Paragraph className="job-error" ellipsis={{ rows: 2, expandable: true, symbol: '…' }}>
        {j.lastError}
      </Typography.Paragraph>
    ) : null;

  const columns: TableProps<Job>['columns'] = [
    {
      key: 'kind',
      title: t('jobs:fields.kind'),
      sorter: true,
      sortOrder: sortOrderOf(list.sort, 'kind'),
      render: (_, j) => (
        <>
          <div>{title(j)}</div>
          <div className="job-key muted">{j.key}</div>
          {j.recurring ? (
            <div className="muted small">
              {t('jobs:fields.recurring')}
              {j.recurring}
            </div>
          ) : null}
        </>
      ),
    },
    {
      key: 'state',
      title: t('jobs:fields.state'),
      sorter: true,
      sortOrder: sortOrderOf(list.sort, 'state'),
      render: (_, j) => stateTag(j),
    },
    {
      key: 'dueAt',
      title: t('jobs:fields.dueAt'),
      sorter: true,
      sortOrder: sortOrderOf(list.sort, 'dueAt'),
      render: (_, j) => (
        <>
          <time dateTime={j.dueAt}>{format.dateTime(j.dueAt)}</time>
          {j.skippedOccurrences ? <div className="muted small">{t('jobs:fields.skipped', { count: j.skippedOccurrences })}</div> : null}
        </>
      ),
    },
    { key: 'attempts', title: t('jobs:fields.attempts'), render: (_, j) => attempts(j) },
    {
      key: 'updatedAt',
      title: t('jobs:fields.lastRunAt'),
      sorter: true,
      sortOrder: sortOrderOf(list.sort, 'updatedAt'),
      render: (_, j) => (j.lastRunAt ? <time dateTime={j.lastRunAt}>{format.dateTime(j.lastRunAt)}</time> : t('common:empty')),
    },
    { key: 'lastError', title: t('jobs:fields.lastError'), className: 'job-error-cell', render: (_, j) => error(j) },
    { key: 'actions', title: t('common:fields.actions'), render: (_, j) => actions(j) },
  ];

  const filtered = Boolean(list.q || state || kind);
  return (
    <>
      <PageHeader
        title={t('jobs:title')}
        subtitle={t('jobs:subtitle')}
        extra={<ExportButton path="/api/jobs/export.xlsx" query={{ sort, q: list.q || undefined, state, kind }} />}
      />
      {canDemo ? <DemoClock /> : null}
      <search className="toolbar">
        <Input.Search
          className="search"
          aria-label={t('jobs:list.search')}
          placeholder={t('jobs:list.search')}
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(q) => list.update({ q: q.trim() })}
        />
        <Select
          aria-label={t('jobs:fields.state')}
          value={state ?? 'all'}
          onChange={(v: string) => list.update({ state: v === 'all' ? null : v })}
          options={[{ value: 'all', label: t('jobs:list.allStates') }, ...STATES.map((s) => ({ value: s, label: t(`jobs:states.${s}`) }))]}
        />
        <Select
          aria-label={t('jobs:fields.kind')}
          value={kind ?? 'all'}
          popupMatchSelectWidth={false}
          onChange={(v: string) => list.update({ kind: v === 'all' ? null : v })}
          options={[
            { value: 'all', label: t('jobs:list.allKinds') },
            ...(jobs.data?.kinds ?? []).map((k) => ({ value: k.kind, label: title(k) })),
          ]}
        />
      </search>
      {jobs.isError ? (
        <QueryError error={jobs.error} onRetry={() => jobs.refetch()} />
      ) : (
        <ResponsiveTable<Job>
          label={t('jobs:list.label')}
          rowKey="id"
          columns={columns}
          items={jobs.data?.items}
          total={jobs.data?.total ?? 0}
          page={list.page}
          pageSize={list.pageSize}
          loading={jobs.isFetching}
          empty={
            <Empty description={filtered ? t('jobs:list.noMatch') : t('jobs:list.empty')}>
              {filtered ? (
                <Button onClick={() => list.update({ q: null, state: null, kind: null })}>{t('common:list.clearFilters')}</Button>
              ) : null}
            </Empty>
          }
          onPageChange={list.onPageChange}
          onTableChange={list.onTableChange}
          renderCard={(j) => (
            <>
              <div className="record-card-title">
                <span>{title(j)}</span>
                {stateTag(j)}
              </div>
              <div className="record-card-line job-key">{j.key}</div>
              <div className="record-card-line muted">
                {t('jobs:fields.dueAt')} {format.dateTime(j.dueAt)} · {t('jobs:fields.attempts')} {attempts(j)}
              </div>
              {error(j)}
              {actions(j)}
            </>
          )}
        />
      )}
      <JobRunsDrawer jobId={viewing?.id ?? null} name={viewing ? title(viewing) : ''} onClose={() => setViewing(null)} />
      <ConfirmAction
        open={retrying !== null}
        title={t('jobs:retry.title', { name: retrying ? title(retrying) : '' })}
        description={t('jobs:retry.text')}
        okText={t('jobs:actions.retry')}
        onClose={() => setRetrying(null)}
        onConfirm={async () => {
          if (!retrying) return;
          await unwrap(api.POST('/api/jobs/{id}/retry', { params: { path: { id: retrying.id } } }));
          await refresh();
          toast.success(t('jobs:retry.done'));
        }}
      />
    </>
  );
}
