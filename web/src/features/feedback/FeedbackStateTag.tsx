import './feedback.css';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Feedback, isOverdue } from './feedback-queries';

type Shown = Pick<Feedback, 'state' | 'firstReplyAt' | 'toldAt' | 'replyDueAt' | 'outcomeDueAt' | 'valuable'>;

/** The state, and beside it 超时 when a deadline passed and 有价值 for a suggestion worth keeping. */
export function FeedbackStateTag({ feedback: f }: { feedback: Shown }) {
  const { t } = useTranslation();
  return (
    <span className="feedback-tags">
      <Tag className={`feedback-tag feedback-tag-${f.state}`}>{t(`feedback:states.${f.state}`)}</Tag>
      {isOverdue(f) ? <Tag className="feedback-tag feedback-tag-overdue">{t('feedback:overdue')}</Tag> : null}
      {f.valuable ? <Tag className="feedback-tag feedback-tag-valuable">{t('feedback:valuable')}</Tag> : null}
    </span>
  );
}
