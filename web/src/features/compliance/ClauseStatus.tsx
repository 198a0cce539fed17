import { CheckCircleFilled, CloseCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClauseRow } from './compliance-queries';
import { type Period, periodQuery } from './PeriodFilter';

/** ✓ no breach, ✗ n breaches (a link per monitor to its list), or "not yet covered". */
export function ClauseStatus({ clause, orgId, period }: { clause: ClauseRow; orgId: string | null; period: Period | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  if (clause.status === 'not_covered')
    return (
      <span className="clause-status clause-status-none">
        <MinusCircleOutlined aria-hidden /> {t('compliance:status.notCovered')}
      </span>
    );
  if (clause.status === 'ok')
    return (
      <span className="clause-status clause-status-ok">
        <CheckCircleFilled aria-hidden /> {t('compliance:status.ok')}
      </span>
    );
  const query = [orgId ? `org=${orgId}` : '', periodQuery(period)].filter(Boolean).join('&');
  return (
    <span className="clause-status clause-status-breached">
      <CloseCircleFilled aria-hidden /> {t('compliance:status.breached', { count: clause.breaches ?? 0 })}
      <span className="clause-monitors">
        {clause.monitors
          .filter((m) => m.count > 0)
          .map((m) => (
            <Link key={m.id} to={`/compliance/${encodeURIComponent(m.id)}${query ? `?${query}` : ''}`}>
              {m.title[lang]} ({m.count}){period && !m.periodic ? ` · ${t('compliance:period.nowTag')}` : ''}
            </Link>
          ))}
      </span>
    </span>
  );
}
