import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LogState, RosterDay } from './duty-queries';

const LOG_CLASS: Record<LogState, string> = { written: 'duty-tag-warn', handed_over: 'duty-tag-open', received: 'duty-tag-ok' };

/** Where a duty log stands, in AA-contrast colours. */
export function LogStateTag({ state }: { state: LogState }) {
  const { t } = useTranslation();
  return <Tag className={`duty-tag ${LOG_CLASS[state]}`}>{t(`duty:logState.${state}`)}</Tag>;
}

/** A roster day's marks: nobody on duty, swapped, log missing, or its log's state. */
export function DayTags({ d }: { d: RosterDay }) {
  const { t } = useTranslation();
  return (
    <>
      {d.uncovered ? <Tag className="duty-tag duty-tag-bad">{t('duty:roster.uncovered')}</Tag> : null}
      {d.swapped ? <Tag className="duty-tag duty-tag-warn">{t('duty:roster.swapped')}</Tag> : null}
      {d.logMissing ? <Tag className="duty-tag duty-tag-bad">{t('duty:roster.logMissing')}</Tag> : null}
      {d.log ? <LogStateTag state={d.log.state} /> : null}
    </>
  );
}
