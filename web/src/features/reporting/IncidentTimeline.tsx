import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/ui/format';
import { RpTag } from './ReportingTags';
import type { Incident } from './reporting-queries';

/**
 * The four times of an urgent incident together (A1.3): it happened, the early measures, the report upward (late past
 * incidentReportMinutes), the superior's acknowledgement — each with who, or what is still awaited.
 */
export function IncidentTimeline({ incident: i }: { incident: Incident }) {
  const { t } = useTranslation();
  const format = useFormat();
  const steps = [
    { key: 'occurred', at: i.occurredAt, who: null },
    { key: 'measures', at: i.measuresAt, who: null },
    { key: 'reported', at: i.reportedAt, who: i.reportedByName },
    { key: 'acknowledged', at: i.acknowledgedAt, who: i.acknowledgedByName },
  ] as const;
  return (
    <ol className="rp-timeline" aria-label={t('reporting:timeline.label')}>
      {steps.map((s) => (
        <li key={s.key} className={s.at ? undefined : 'rp-pending'} data-step={s.key}>
          <span className="rp-time-label">{t(`reporting:timeline.${s.key}`)}</span>
          {s.at ? (
            <span className="rp-time">{format.dateTime(s.at)}</span>
          ) : (
            <span>{t(s.key === 'reported' ? 'reporting:timeline.notReported' : 'reporting:timeline.notAcknowledged')}</span>
          )}
          {s.who ? <span> · {s.who}</span> : null}
          {s.key === 'reported' ? (
            <div>
              {i.late ? (
                <RpTag tone="bad">
                  {/* late and still not reported is overdue, not "reported late" */}
                  {t(i.reportedAt ? 'reporting:incident.late' : 'reporting:incident.overdue', { minutes: i.reportMinutes })}
                </RpTag>
              ) : i.reportedAt ? (
                <RpTag tone="ok">{t('reporting:incident.onTime', { minutes: i.reportMinutes })}</RpTag>
              ) : (
                <span>{t('reporting:incident.dueBy', { at: format.dateTime(i.reportDueAt) })}</span>
              )}
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
