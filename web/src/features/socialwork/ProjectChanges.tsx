import { Alert, Button, Collapse, Descriptions, Empty, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/ui/format';
import { HistoryButton } from '../history/HistoryButton';
import type { ChangeRequest, Execution } from './execution-queries';
import { PlanContentView } from './PlanContentView';
import { Section } from './ProjectSection';
import type { Project } from './project-queries';

/** AA-readable tag colours (antd's preset green and gold are too light on white). */
const STATE_CLASS = { pending: 'sw-tag sw-tag-warn', approved: 'sw-tag sw-tag-ok', rejected: 'sw-tag sw-tag-bad' } as const;

/**
 * A project's change requests (A3.4): each with its reason, what changes and the whole new plan (what it alters in the
 * plan in force marked), the supervisor's and the head's decisions, and the buttons of whoever decides next.
 */
export function ChangesSection({
  project,
  x,
  onRequest,
  onDecide,
}: {
  project: Project;
  x: Execution;
  onRequest(): void;
  onDecide(change: ChangeRequest, role: 'supervisor' | 'head'): void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const pending = x.changeRequests.some((c) => c.state === 'pending');
  const canRequest = project.state === 'running' && project.abilities.execute && x.planInForce && !pending;
  // the plan a change was made against, when it is still the one in force
  const baseOf = (c: ChangeRequest) => (x.planInForce?.id === c.basePlanId ? x.planInForce.content : undefined);
  const decision = (d: ChangeRequest['supervisor']) =>
    d ? (
      <span>
        <Tag className={d.decision === 'approved' ? 'sw-tag sw-tag-ok' : 'sw-tag sw-tag-bad'}>
          {t(`swExecution:changes.decisions.${d.decision}`)}
        </Tag>
        {d.byName} · {format.dateTime(d.at)}
        {d.note ? `${t('common:labelSeparator')}${d.note}` : ''}
      </span>
    ) : (
      <Tag>{t('swExecution:changes.awaiting')}</Tag>
    );
  return (
    <Section
      id="sw-changes"
      title={t('swExecution:changes.title')}
      extra={
        canRequest ? (
          <Button type="primary" onClick={onRequest}>
            {t('swExecution:changes.request')}
          </Button>
        ) : null
      }
    >
      <Alert type="info" showIcon message={t('swExecution:changes.rule')} className="sw-hint" />
      {x.changeRequests.length === 0 ? <Empty description={t('swExecution:changes.empty')} /> : null}
      {x.changeRequests.map((c) => (
        <article key={c.id} className="sw-change" aria-label={t('swExecution:changes.itemLabel', { at: format.date(c.requestedAt) })}>
          <Space wrap>
            <Tag className={STATE_CLASS[c.state]}>{t(`swExecution:changes.states.${c.state}`)}</Tag>
            <strong>{t(`swExecution:changes.kinds.${c.kind}`)}</strong>
            <span>{t('swExecution:changes.versions', { from: c.baseVersionNo, to: c.newVersionNo ?? c.baseVersionNo + 1 })}</span>
            <HistoryButton entity="sw_change_request" id={c.id} name={t(`swExecution:changes.kinds.${c.kind}`)} />
          </Space>
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: 'by',
                label: t('swExecution:changes.requestedBy'),
                children: `${c.requestedByName} · ${format.dateTime(c.requestedAt)}`,
              },
              { key: 'reason', label: t('swExecution:changes.reason'), children: c.reason },
              { key: 'changes', label: t('swExecution:changes.changes'), children: c.changes },
              { key: 'supervisor', label: t('swExecution:changes.supervisor'), children: decision(c.supervisor) },
              { key: 'head', label: t('swExecution:changes.head'), children: decision(c.head) },
              ...(c.effectiveAt
                ? [{ key: 'effective', label: t('swExecution:changes.effectiveAt'), children: format.dateTime(c.effectiveAt) }]
                : []),
            ]}
          />
          <Collapse
            size="small"
            className="sw-change-plan"
            defaultActiveKey={c.state === 'pending' ? ['plan'] : []}
            items={[
              {
                key: 'plan',
                label: t('swExecution:changes.newPlan', { version: c.newVersionNo ?? c.baseVersionNo + 1 }),
                // a pending change against the plan in force: what it alters is marked
                children: <PlanContentView content={c.newPlan} base={c.state === 'pending' ? baseOf(c) : undefined} />,
              },
            ]}
          />
          {c.state === 'pending' ? (
            <Space wrap>
              {project.abilities.supervise && !c.supervisor ? (
                <Button onClick={() => onDecide(c, 'supervisor')}>{t('swExecution:changes.decideAs.supervisor')}</Button>
              ) : null}
              {project.abilities.approve && !c.head ? (
                <Button onClick={() => onDecide(c, 'head')}>{t('swExecution:changes.decideAs.head')}</Button>
              ) : null}
            </Space>
          ) : null}
        </article>
      ))}
    </Section>
  );
}
