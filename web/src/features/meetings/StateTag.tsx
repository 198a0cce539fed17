import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActionItem, MeetingSummary } from './meeting-queries';

const MEETING_CLASS = { scheduled: 'mt-tag-warn', held: 'mt-tag-ok', cancelled: 'mt-tag-muted' } as const;

/** A meeting's state in AA colours. */
export function MeetingStateTag({ state }: { state: MeetingSummary['state'] }) {
  const { t } = useTranslation();
  return <Tag className={`mt-tag ${MEETING_CLASS[state]}`}>{t(`meetings:state.${state}`)}</Tag>;
}

/** An action item's state: done (late or in time), open, or overdue. */
export function ActionStateTag({ a }: { a: Pick<ActionItem, 'state' | 'overdue' | 'doneLate'> }) {
  const { t } = useTranslation();
  if (a.state === 'done')
    return (
      <Tag className={`mt-tag ${a.doneLate ? 'mt-tag-warn' : 'mt-tag-ok'}`}>
        {t(a.doneLate ? 'meetings:action.doneLate' : 'meetings:action.done')}
      </Tag>
    );
  return (
    <Tag className={`mt-tag ${a.overdue ? 'mt-tag-bad' : 'mt-tag-warn'}`}>
      {t(a.overdue ? 'meetings:action.overdue' : 'meetings:action.open')}
    </Tag>
  );
}
