import './feedback.css';
import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Skeleton, Space, Timeline } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFormat } from '../../app/ui/format';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { HistoryButton } from '../history/HistoryButton';
import { FeedbackStateTag } from './FeedbackStateTag';
import { FeedbackSteps } from './FeedbackSteps';
import { type Feedback, type FeedbackForward, feedbackQuery } from './feedback-queries';
import { StepDialog } from './StepDialog';

/** One feedback: who and what, its deadlines, the reply, each department's answer, the outcome, and the next steps. */
export function FeedbackDetailPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const feedback = useQuery(feedbackQuery(id));
  const [answering, setAnswering] = useState<FeedbackForward | null>(null);

  if (feedback.isPending) return <Skeleton active />;
  if (feedback.isError) return <QueryError error={feedback.error} onRetry={() => feedback.refetch()} />;
  const f = feedback.data;
  const empty = t('common:empty');
  const when = (at: string | null) => (at ? format.dateTime(at) : empty);

  return (
    <div className="feedback">
      <PageHeader
        title={f.number}
        subtitle={`${t(`feedback:kinds.${f.kind}`)} · ${t(`feedback:channels.${f.channel}`)} · ${f.officeName}`}
        extra={<HistoryButton entity="feedback" id={f.id} name={f.number} />}
      />
      <section className="panel feedback-section" aria-labelledby="feedback-facts">
        <h2 id="feedback-facts" className="card-heading">
          {t('feedback:detail.facts')} <FeedbackStateTag feedback={f} />
        </h2>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 1, md: 2 }}
          items={[
            { key: 'customer', label: t('feedback:fields.customerName'), children: f.customerName },
            {
              key: 'phone',
              label: t('feedback:fields.customerPhone'),
              children: f.customerPhone ? <a href={`tel:${f.customerPhone}`}>{f.customerPhone}</a> : empty,
            },
            { key: 'address', label: t('feedback:fields.address'), children: f.address ?? empty },
            { key: 'office', label: t('feedback:fields.office'), children: f.officeName },
            ...(f.aboutNodeName ? [{ key: 'aboutNode', label: t('feedback:fields.aboutNode'), children: f.aboutNodeName }] : []),
            ...(f.aboutOrderId && f.aboutOrderNumber
              ? [
                  {
                    key: 'aboutOrder',
                    label: t('feedback:fields.aboutOrder'),
                    children: <Link to={`/orders/${f.aboutOrderId}`}>{f.aboutOrderNumber}</Link>,
                  },
                ]
              : []),
            ...(f.aboutUserName ? [{ key: 'aboutUser', label: t('feedback:fields.aboutUser'), children: f.aboutUserName }] : []),
            { key: 'received', label: t('feedback:fields.receivedAt'), children: when(f.receivedAt) },
            { key: 'replyDue', label: t('feedback:fields.replyDueAt'), children: when(f.replyDueAt) },
            { key: 'outcomeDue', label: t('feedback:fields.outcomeDueAt'), children: when(f.outcomeDueAt) },
          ]}
        />
      </section>
      <section className="panel feedback-section" aria-labelledby="feedback-content">
        <h2 id="feedback-content" className="card-heading">
          {t('feedback:fields.content')}
        </h2>
        <p className="feedback-content">{f.content}</p>
        {f.photos.length ? (
          <ul className="feedback-photos plain-list">
            {f.photos.map((p, i) => (
              <li key={p.blobId}>
                <a href={p.url} target="_blank" rel="noopener">
                  <img src={p.url} alt={t('feedback:detail.photo', { n: i + 1 })} />
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <section className="panel feedback-section" aria-labelledby="feedback-steps">
        <h2 id="feedback-steps" className="card-heading">
          {t('feedback:detail.steps')}
        </h2>
        <Timeline items={timeline(f, t, when)} />
        <FeedbackSteps feedback={f} />
      </section>
      {f.forwards.length ? (
        <section className="panel feedback-section" aria-labelledby="feedback-forwards">
          <h2 id="feedback-forwards" className="card-heading">
            {t('feedback:detail.forwards')}
          </h2>
          {f.forwards.map((w) => (
            <div key={w.id} className="feedback-forward">
              <Space wrap>
                <strong>{w.nodeName}</strong>
                <span className="muted">{t('feedback:forward.sentAt', { at: when(w.sentAt) })}</span>
              </Space>
              {w.note ? <p>{t('feedback:forward.noteWas', { note: w.note })}</p> : null}
              {w.answer ? (
                <p>
                  {t('feedback:forward.answered', { at: when(w.answeredAt) })} {w.answer}
                </p>
              ) : (
                <p className="muted">{t('feedback:forward.waiting')}</p>
              )}
              {w.mayAnswer && !w.answer ? (
                <Button type="primary" onClick={() => setAnswering(w)}>
                  {t('feedback:actions.answer')}
                </Button>
              ) : null}
            </div>
          ))}
        </section>
      ) : null}
      {answering ? <StepDialog step="answer" feedback={f} forward={answering} onClose={() => setAnswering(null)} /> : null}
    </div>
  );
}

/** What happened so far, each with its time and what was said. */
function timeline(f: Feedback, t: (k: string, o?: Record<string, unknown>) => string, when: (at: string | null) => string) {
  const how = (h: string | null) => (h ? t(`feedback:hows.${h}`) : '');
  const steps = [
    { at: f.receivedAt, text: t('feedback:timeline.received', { channel: t(`feedback:channels.${f.channel}`) }) },
    f.firstReplyAt ? { at: f.firstReplyAt, text: t('feedback:timeline.replied', { how: how(f.replyHow), text: f.replyText ?? '' }) } : null,
    ...f.forwards.map((w) => ({ at: w.sentAt, text: t('feedback:timeline.forwarded', { node: w.nodeName }) })),
    ...f.forwards.flatMap((w) =>
      w.answeredAt ? [{ at: w.answeredAt, text: t('feedback:timeline.answered', { node: w.nodeName, text: w.answer ?? '' }) }] : [],
    ),
    f.reopenCount > 0 && f.reopenReason
      ? { at: null, text: t('feedback:timeline.reopened', { count: f.reopenCount, reason: f.reopenReason }) }
      : null,
    f.resolvedAt ? { at: f.resolvedAt, text: t('feedback:timeline.resolved', { text: f.resolution ?? '' }) } : null,
    f.toldAt
      ? {
          at: f.toldAt,
          text: t('feedback:timeline.told', {
            how: how(f.tellHow),
            text: f.tellText ?? '',
            satisfaction: f.outcomeSatisfaction ? t(`feedback:satisfaction.${f.outcomeSatisfaction}`) : '',
          }),
        }
      : null,
    f.closedAt ? { at: f.closedAt, text: t('feedback:timeline.closed') } : null,
    f.spamAt ? { at: f.spamAt, text: t('feedback:timeline.spam') } : null,
  ].filter((s): s is { at: string | null; text: string } => s !== null);
  return steps
    .sort((a, b) => (a.at ?? '9').localeCompare(b.at ?? '9'))
    .map((s, i) => ({ key: String(i), children: s.at ? `${when(s.at)} ${s.text}` : s.text }));
}
