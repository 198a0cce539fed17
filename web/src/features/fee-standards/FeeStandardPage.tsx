import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Table, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useFormat } from '../../app/ui/format';
import { formatFen } from '../../app/ui/money';
import { PageHeader } from '../../app/ui/PageHeader';
import { PageSpinner } from '../../app/ui/PageSpinner';
import { QueryError } from '../../app/ui/QueryError';
import { type Standard, standardQuery } from './fee-standard-queries';
import { rateScope } from './RateList';
import { StandardActions } from './StandardActions';
import { StandardStateTag } from './StandardStateTag';
import './fee-standards.css';

/** One standard: what it charges, from when, and its approval so far (who and when at each step, A2.3). */
export function FeeStandardPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const standard = useQuery(standardQuery(id));
  if (standard.isError) return <QueryError error={standard.error} onRetry={() => standard.refetch()} />;
  if (!standard.data) return <PageSpinner />;
  const s = standard.data;
  return (
    <>
      <PageHeader
        title={t('feeStandards:detail.title', { estate: s.estateName, item: s.itemName })}
        subtitle={<StandardStateTag state={s.state} />}
        extra={<StandardActions standard={s} />}
      />
      {s.state === 'returned' && s.returnReason ? (
        <Alert
          type="warning"
          showIcon
          className="fee-standard-alert"
          title={t('feeStandards:detail.returned', { by: s.returned.byName, reason: s.returnReason })}
        />
      ) : null}
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'estate', label: t('feeStandards:fields.estate'), children: s.estateName },
          { key: 'office', label: t('feeStandards:fields.office'), children: s.officeName },
          { key: 'item', label: t('feeStandards:fields.item'), children: s.itemName },
          { key: 'basis', label: t('feeStandards:fields.basis'), children: t(`feeStandards:basis.${s.basis}`) },
          { key: 'month', label: t('feeStandards:fields.effectiveMonth'), children: s.effectiveMonth },
          { key: 'note', label: t('feeStandards:fields.note'), children: s.note || '—' },
        ]}
      />
      <div className="fee-standard-columns">
        <section aria-labelledby="fee-rates-heading">
          <h2 id="fee-rates-heading" className="section-title">
            {t('feeStandards:fields.rates')}
          </h2>
          <Table
            size="small"
            rowKey={(r) => `${r.use}/${r.occupancy}`}
            pagination={false}
            dataSource={s.rates}
            columns={[
              { key: 'scope', title: t('feeStandards:fields.appliesTo'), render: (_, r) => rateScope(t, r) },
              {
                key: 'rate',
                title: t('feeStandards:fields.rate'),
                align: 'right',
                render: (_, r) => `${formatFen(r.rateFen)}${t(`feeStandards:unit.${s.basis}`)}`,
              },
            ]}
          />
        </section>
        <section aria-labelledby="fee-timeline-heading">
          <h2 id="fee-timeline-heading" className="section-title">
            {t('feeStandards:detail.timeline')}
          </h2>
          <ApprovalTimeline standard={s} />
        </section>
      </div>
    </>
  );
}

/** Drafted, submitted, reviewed, approved — and the last return with its reason — in the order they happened. */
function ApprovalTimeline({ standard: s }: { standard: Standard }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const steps = [
    { key: 'created', at: s.createdAt, text: t('feeStandards:timeline.created', { by: s.createdBy }), color: 'gray' },
    s.submitted.at && {
      key: 'submitted',
      at: s.submitted.at,
      text: t('feeStandards:timeline.submitted', { by: s.submitted.byName }),
      color: 'blue',
    },
    s.returned.at && {
      key: 'returned',
      at: s.returned.at,
      text: t('feeStandards:timeline.returned', { by: s.returned.byName, reason: s.returnReason }),
      color: 'red',
    },
    s.reviewed.at && {
      key: 'reviewed',
      at: s.reviewed.at,
      text: t('feeStandards:timeline.reviewed', { by: s.reviewed.byName }),
      color: 'blue',
    },
    s.approved.at && {
      key: 'approved',
      at: s.approved.at,
      text: t('feeStandards:timeline.approved', { by: s.approved.byName }),
      color: 'green',
    },
  ]
    .filter((x): x is { key: string; at: string; text: string; color: string } => Boolean(x))
    .sort((a, b) => a.at.localeCompare(b.at));
  const waiting = { submitted: 'awaitReview', reviewed: 'awaitApproval', returned: 'awaitFix', draft: 'awaitSubmit', approved: null }[
    s.state
  ];
  return (
    <Timeline
      className="fee-standard-timeline"
      items={[
        ...steps.map((x) => ({ key: x.key, color: x.color, content: <TimelineStep at={dateTime(x.at)} text={x.text} /> })),
        ...(waiting
          ? [{ key: 'waiting', color: 'gray', content: <span className="muted">{t(`feeStandards:timeline.${waiting}`)}</span> }]
          : []),
      ]}
    />
  );
}

const TimelineStep = ({ at, text }: { at: string; text: string }) => (
  <div data-testid="timeline-step">
    <div>{text}</div>
    <div className="muted">{at}</div>
  </div>
);
