import { useQuery } from '@tanstack/react-query';
import { Drawer, Empty, Grid, Skeleton, Tag, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/ui/format';
import { QueryError } from '../../app/ui/QueryError';
import { type JobRun, jobRunsQuery } from './jobs-queries';

interface Props {
  jobId: string | null;
  name: string;
  onClose(): void;
}

/** Every ended attempt at one job: when, on which worker, and the summary or the error with where it came from. */
export function JobRunsDrawer({ jobId, name, onClose }: Props) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const runs = useQuery({ ...jobRunsQuery(jobId ?? ''), enabled: jobId !== null });
  return (
    <Drawer
      open={jobId !== null}
      onClose={onClose}
      size={screens.md === false ? '100%' : 560}
      title={t('jobs:runs.title', { name })}
      destroyOnHidden
    >
      {runs.isPending ? (
        <Skeleton active />
      ) : runs.isError ? (
        <QueryError error={runs.error} onRetry={() => runs.refetch()} />
      ) : runs.data.length === 0 ? (
        <Empty description={t('jobs:runs.empty')} />
      ) : (
        <Timeline
          items={runs.data.map((r) => ({ key: r.id, color: r.outcome === 'ok' ? 'green' : 'red', content: <RunView run={r} /> }))}
        />
      )}
    </Drawer>
  );
}

function RunView({ run }: { run: JobRun }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <article className="job-run">
      <strong>{t('jobs:runs.attempt', { n: run.attempt })}</strong>{' '}
      <Tag className={`job-tag job-tag-${run.outcome === 'ok' ? 'done' : 'failed'}`}>{t(`jobs:runs.${run.outcome}`)}</Tag>
      <div className="muted small">
        <time dateTime={run.startedAt}>{format.dateTime(run.startedAt)}</time> · {t('jobs:runs.worker')} {run.workerId}
      </div>
      {run.summary ? <p>{run.summary}</p> : null}
      {run.error ? <p className="job-error">{run.error}</p> : null}
      {run.errorStack ? (
        <details>
          <summary>{t('jobs:runs.stack')}</summary>
          <pre className="job-stack">{run.errorStack}</pre>
        </details>
      ) : null}
    </article>
  );
}
