import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Skeleton, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/ui/format';
import { QueryError } from '../../app/ui/QueryError';
import { HistoryButton } from '../history/HistoryButton';
import { AnswerDialog, CheckDialog, SupervisionDialog } from './ControlDialogs';
import { type Opinion, projectControlQuery } from './control-queries';
import type { Project } from './project-queries';

/**
 * 监控 (A3.5): each month since the start with its check and supervision (a past month without one shows as missing),
 * the executor's monthly checks with their missed items and remedies, and the supervisor's supervisions with the
 * opinions the executor answers — an opinion unanswered past its due day is tagged overdue.
 */
export function ProjectControl({ project }: { project: Project }) {
  const { t } = useTranslation();
  const format = useFormat();
  const control = useQuery(projectControlQuery(project.id));
  const [dialog, setDialog] = useState<'check' | 'supervision' | null>(null);
  const [answering, setAnswering] = useState<Opinion | null>(null);

  if (control.isPending) return <Skeleton active />;
  if (control.isError) return <QueryError error={control.error} onRetry={() => control.refetch()} />;
  const c = control.data;
  const running = project.state === 'running';
  const mayCheck = running && project.abilities.execute && c.months.some((m) => !m.checked);
  const maySupervise = running && project.abilities.supervise;
  const mayAnswer = (project.state === 'running' || project.state === 'closing') && project.abilities.execute;
  const monthTag = (done: boolean, month: string, what: 'checked' | 'supervised') =>
    done ? (
      <Tag className="sw-tag sw-tag-ok">{t(`swControl:months.${what}`)}</Tag>
    ) : month < c.currentMonth ? (
      <Tag className="sw-tag sw-tag-bad">{t(`swControl:months.${what}Missing`)}</Tag>
    ) : (
      <Tag className="sw-tag sw-tag-open">{t(`swControl:months.${what}Open`)}</Tag>
    );

  return (
    <div className="sw-control">
      <section className="panel" aria-labelledby="sw-months">
        <h2 id="sw-months" className="card-heading">
          {t('swControl:months.title')}
        </h2>
        {c.months.length === 0 ? (
          <p className="sw-muted">{t('swControl:months.notStarted')}</p>
        ) : (
          <ul className="sw-months">
            {c.months.map((m) => (
              <li key={m.month}>
                <strong>{m.month}</strong> {monthTag(m.checked, m.month, 'checked')}
                {monthTag(m.supervised, m.month, 'supervised')}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel sw-section" aria-labelledby="sw-checks">
        <Space className="sw-heading-row" wrap>
          <h2 id="sw-checks" className="card-heading">
            {t('swControl:check.heading')}
          </h2>
          {mayCheck ? (
            <Button type="primary" onClick={() => setDialog('check')}>
              {t('swControl:check.new')}
            </Button>
          ) : null}
        </Space>
        {c.checks.length === 0 ? (
          <Empty description={t('swControl:check.empty')} />
        ) : (
          c.checks.map((k) => (
            <article key={k.id} className="sw-record" aria-label={t('swControl:check.ofMonth', { month: k.month })}>
              <Space wrap className="sw-record-head">
                <h3>{t('swControl:check.ofMonth', { month: k.month })}</h3>
                <span className="sw-muted">
                  {k.checkedByName} · {format.dateTime(k.checkedAt)}
                </span>
                <HistoryButton entity="sw_monthly_check" id={k.id} name={t('swControl:check.ofMonth', { month: k.month })} />
              </Space>
              <p className="sw-text">{k.findings}</p>
              {k.missed.length ? (
                <ul className="sw-missed-list" aria-label={t('swControl:fields.missed')}>
                  {k.missed.map((m, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the items of one check never move
                    <li key={i}>
                      <Tag className="sw-tag sw-tag-warn">{t('swControl:check.missedTag')}</Tag>
                      {m.item} — {t('swControl:fields.remedy')}
                      {t('common:labelSeparator')}
                      {m.remedy}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="sw-muted">{t('swControl:check.allDone')}</p>
              )}
            </article>
          ))
        )}
      </section>

      <section className="panel sw-section" aria-labelledby="sw-supervisions">
        <Space className="sw-heading-row" wrap>
          <h2 id="sw-supervisions" className="card-heading">
            {t('swControl:supervision.heading')}
          </h2>
          {maySupervise ? (
            <Button type="primary" onClick={() => setDialog('supervision')}>
              {t('swControl:supervision.new')}
            </Button>
          ) : null}
        </Space>
        <p className="sw-muted">{t('swControl:supervision.dueHint', { days: c.opinionAnswerDays })}</p>
        {c.supervisions.length === 0 ? (
          <Empty description={t('swControl:supervision.empty')} />
        ) : (
          c.supervisions.map((s) => {
            const name = t('swControl:supervision.label', { month: s.month, kind: t(`swControl:kind.${s.kind}`) });
            return (
              <article key={s.id} className="sw-record" aria-label={name}>
                <Space wrap className="sw-record-head">
                  <h3>{name}</h3>
                  <span className="sw-muted">
                    {s.supervisorName} · {s.heldOn}
                    {s.activityTitle ? ` · ${s.activityTitle}` : ''}
                  </span>
                  <HistoryButton entity="sw_supervision" id={s.id} name={name} />
                </Space>
                <p className="sw-text">{s.findings}</p>
                {s.opinions.length ? (
                  <ol className="sw-opinions" aria-label={t('swControl:fields.opinions')}>
                    {s.opinions.map((o) => (
                      <li key={o.id}>
                        <p className="sw-text">
                          {o.text}{' '}
                          {o.answer ? (
                            <Tag className="sw-tag sw-tag-ok">{t('swControl:opinion.answered')}</Tag>
                          ) : o.overdue ? (
                            <Tag className="sw-tag sw-tag-bad">{t('swControl:opinion.overdue')}</Tag>
                          ) : (
                            <Tag className="sw-tag sw-tag-warn">{t('swControl:opinion.open')}</Tag>
                          )}
                        </p>
                        <p className="sw-muted">
                          {t('swControl:opinion.raised', { at: format.dateTime(o.raisedAt) })}
                          {o.answer ? null : ` · ${t('swControl:opinion.due', { at: format.dateTime(o.dueAt) })}`}
                        </p>
                        {o.answer ? (
                          <p className="sw-answer">
                            {t('swControl:opinion.answerBy', { name: o.answeredByName, at: format.dateTime(o.answeredAt ?? o.raisedAt) })}
                            {o.answer}
                          </p>
                        ) : mayAnswer ? (
                          <Button
                            size="small"
                            onClick={() => setAnswering(o)}
                            aria-label={t('swControl:answer.of', { text: o.text.slice(0, 20) })}
                          >
                            {t('swControl:answer.button')}
                          </Button>
                        ) : null}
                      </li>
                    ))}
                  </ol>
                ) : null}
              </article>
            );
          })
        )}
      </section>
      {dialog === 'check' ? <CheckDialog project={project} control={c} onClose={() => setDialog(null)} /> : null}
      {dialog === 'supervision' ? <SupervisionDialog project={project} control={c} onClose={() => setDialog(null)} /> : null}
      {answering ? <AnswerDialog opinion={answering} onClose={() => setAnswering(null)} /> : null}
    </div>
  );
}
