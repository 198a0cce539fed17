import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Empty, Skeleton, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/ui/format';
import { QueryError } from '../../app/ui/QueryError';
import { HistoryButton } from '../history/HistoryButton';
import { ActivityPlanDialog } from './ActivityPlanDialog';
import { ActivityBriefDialog, ActivityCancelDialog, ActivityHoldDialog } from './ActivityStepDialogs';
import { type Activity, activitiesQuery } from './activity-queries';
import type { Project } from './project-queries';

type Open = { kind: 'plan'; activity?: Activity } | { kind: 'hold' | 'cancel' | 'brief'; activity: Activity } | null;

/** The state of an activity's brief: 待写 (due day), 逾期未写, 按时提交, 逾期提交 (A3.4). */
function BriefTag({ a }: { a: Activity }) {
  const { t } = useTranslation();
  if (a.briefStatus === 'none') return null;
  return <Tag className={`sw-brief sw-brief-${a.briefStatus}`}>{t(`swActivities:briefStatus.${a.briefStatus}`, { date: a.briefDue })}</Tag>;
}

function ActivityCard({ a, onOpen }: { a: Activity; onOpen(o: Open): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const empty = t('common:empty');
  return (
    <article className="panel sw-activity" aria-labelledby={`activity-${a.id}`}>
      <header className="sw-activity-head">
        <h3 id={`activity-${a.id}`} className="card-heading">
          {a.title}
        </h3>
        <Space wrap size={4}>
          <Tag className={`sw-activity-state sw-activity-${a.state}`}>{t(`swActivities:state.${a.state}`)}</Tag>
          {a.keyActivity ? <Tag className="sw-key">{t('swActivities:fields.keyActivity')}</Tag> : null}
          <BriefTag a={a} />
        </Space>
      </header>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 1, md: 2 }}
        items={[
          { key: 'method', label: t('swActivities:fields.method'), children: t(`swActivities:method.${a.method}`) },
          { key: 'plannedOn', label: t('swActivities:fields.plannedOn'), children: a.plannedOn },
          { key: 'place', label: t('swActivities:fields.place'), children: a.place ?? empty },
          {
            key: 'planBy',
            label: t('swActivities:fields.planWritten'),
            children: `${a.planWrittenByName} ${format.dateTime(a.planWrittenAt)}`,
          },
          { key: 'goals', label: t('swActivities:fields.planGoals'), children: a.planGoals, span: 2 },
          { key: 'content', label: t('swActivities:fields.planContent'), children: a.planContent, span: 2 },
          { key: 'staffing', label: t('swActivities:fields.planStaffing'), children: a.planStaffing, span: 2 },
          ...(a.state === 'held'
            ? [
                { key: 'heldOn', label: t('swActivities:fields.heldOn'), children: `${a.heldOn} · ${a.heldByName ?? ''}` },
                { key: 'attendance', label: t('swActivities:fields.attendance'), children: a.attendance ?? empty },
                { key: 'briefDue', label: t('swActivities:fields.briefDue'), children: a.briefDue ?? empty },
                {
                  key: 'briefAt',
                  label: t('swActivities:fields.briefAt'),
                  children: a.briefAt ? `${format.dateTime(a.briefAt)} · ${a.briefByName ?? ''}` : t('swActivities:brief.missing'),
                },
              ]
            : []),
          ...(a.state === 'cancelled'
            ? [{ key: 'cancel', label: t('swActivities:fields.cancelReason'), children: a.cancelReason, span: 2 }]
            : []),
          ...(a.briefAt
            ? [
                { key: 'summary', label: t('swActivities:fields.briefSummary'), children: a.briefSummary, span: 2 },
                { key: 'reflection', label: t('swActivities:fields.briefReflection'), children: a.briefReflection, span: 2 },
              ]
            : []),
        ]}
      />
      {a.briefPhotos.length ? (
        <div className="sw-photos">
          {a.briefPhotos.map((p, n) => (
            <a key={p.blobId} href={p.url} target="_blank" rel="noopener">
              <img src={p.url} alt={t('swActivities:brief.photo', { title: a.title, n: n + 1 })} />
            </a>
          ))}
        </div>
      ) : null}
      <Space wrap className="sw-activity-actions">
        {a.abilities.hold ? (
          <Button
            type="primary"
            onClick={() => onOpen({ kind: 'hold', activity: a })}
            aria-label={t('swActivities:hold.of', { title: a.title })}
          >
            {t('swActivities:hold.ok')}
          </Button>
        ) : null}
        {a.abilities.brief ? (
          <Button
            type="primary"
            onClick={() => onOpen({ kind: 'brief', activity: a })}
            aria-label={t('swActivities:brief.of', { title: a.title })}
          >
            {t('swActivities:brief.write')}
          </Button>
        ) : null}
        {a.abilities.edit ? (
          <Button onClick={() => onOpen({ kind: 'plan', activity: a })} aria-label={t('swActivities:plan.editOf', { title: a.title })}>
            {t('swActivities:plan.edit')}
          </Button>
        ) : null}
        {a.abilities.cancel ? (
          <Button
            danger
            onClick={() => onOpen({ kind: 'cancel', activity: a })}
            aria-label={t('swActivities:cancel.of', { title: a.title })}
          >
            {t('swActivities:cancel.ok')}
          </Button>
        ) : null}
        <HistoryButton entity="sw_activity" id={a.id} name={a.title} />
      </Space>
    </article>
  );
}

/**
 * 活动 tab (A3.4): each activity with its plan, when it was held and its brief — due `briefDeadlineDays` after it, shown
 * as 待写, 逾期未写, 按时提交 or 逾期提交; the executor plans, holds, cancels and writes briefs here.
 */
export function ProjectActivities({ project }: { project: Project }) {
  const { t } = useTranslation();
  const list = useQuery(activitiesQuery(project.id));
  const [open, setOpen] = useState<Open>(null);
  if (list.isPending) return <Skeleton active />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => list.refetch()} />;
  const { items, briefDeadlineDays } = list.data;
  const close = () => setOpen(null);
  return (
    <section aria-labelledby="sw-activities-heading">
      <div className="sw-activities-bar">
        <div>
          <h2 id="sw-activities-heading" className="card-heading">
            {t('swActivities:title')}
          </h2>
          <p className="sw-hint">{t('swActivities:rule', { days: briefDeadlineDays })}</p>
        </div>
        {project.abilities.execute && project.state === 'running' ? (
          <Button type="primary" onClick={() => setOpen({ kind: 'plan' })}>
            {t('swActivities:plan.new')}
          </Button>
        ) : null}
      </div>
      {items.length === 0 ? <Empty description={t('swActivities:empty')} /> : null}
      {items.map((a) => (
        <ActivityCard key={a.id} a={a} onOpen={setOpen} />
      ))}
      {open?.kind === 'plan' ? (
        <ActivityPlanDialog projectId={project.id} {...(open.activity ? { activity: open.activity } : {})} onClose={close} />
      ) : null}
      {open?.kind === 'hold' ? <ActivityHoldDialog activity={open.activity} onClose={close} /> : null}
      {open?.kind === 'cancel' ? <ActivityCancelDialog activity={open.activity} onClose={close} /> : null}
      {open?.kind === 'brief' ? <ActivityBriefDialog activity={open.activity} onClose={close} /> : null}
    </section>
  );
}
