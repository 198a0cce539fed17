import { Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/ui/format';
import type { StandardState } from './fee-standard-queries';

interface Step {
  byName: string | null;
  at: string | null;
}

/** What the timeline reads of a standard: any record going through the standards' chain (fee or parking standards). */
export interface ApprovalSteps {
  state: StandardState;
  createdAt: string;
  createdBy: string;
  submitted: Step;
  reviewed: Step;
  approved: Step;
  returned: Step;
  returnReason: string | null;
}

/** Drafted, submitted, reviewed, approved — and the last return with its reason — in the order they happened. */
export function ApprovalTimeline({ standard: s }: { standard: ApprovalSteps }) {
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
