import { Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/ui/format';
import type { StandardState } from './fee-standard-queries';

/** One step of the approval record, as the server answers it for fee and parking standards alike. */
interface Step {
  kind: 'created' | 'submitted' | 'resubmitted' | 'reviewed' | 'returned' | 'approved';
  byName: string;
  at: string;
  reason: string | null;
  stage: 'review' | 'approval' | null;
}

/** What the timeline reads of a standard: any record going through the standards' chain (fee or parking standards). */
export interface ApprovalSteps {
  state: StandardState;
  approvalSteps: readonly Step[];
}

const COLOR: Record<Step['kind'], string> = {
  created: 'gray',
  submitted: 'blue',
  resubmitted: 'blue',
  reviewed: 'blue',
  returned: 'red',
  approved: 'green',
};

/**
 * Every step of the approval in the order it was taken, every round of it: drafted, submitted, returned with its
 * reason (at HQ's review or the general manager's approval), submitted again, reviewed, approved — and what it waits for.
 */
export function ApprovalTimeline({ standard: s }: { standard: ApprovalSteps }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const text = (x: Step) =>
    x.kind === 'returned'
      ? t(x.stage === 'approval' ? 'feeStandards:timeline.returnedAtApproval' : 'feeStandards:timeline.returnedAtReview', {
          by: x.byName,
          reason: x.reason ?? '',
        })
      : t(`feeStandards:timeline.${x.kind}`, { by: x.byName });
  const waiting = { submitted: 'awaitReview', reviewed: 'awaitApproval', returned: 'awaitFix', draft: 'awaitSubmit', approved: null }[
    s.state
  ];
  return (
    <Timeline
      className="fee-standard-timeline"
      items={[
        ...s.approvalSteps.map((x, i) => ({
          key: `${i}-${x.kind}`,
          color: COLOR[x.kind],
          content: <TimelineStep at={dateTime(x.at)} text={text(x)} />,
        })),
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
