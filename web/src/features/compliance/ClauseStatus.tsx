import { AppstoreFilled, CheckCircleFilled, CloseCircleFilled, MinusCircleOutlined, SafetyCertificateFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClauseRow } from './compliance-queries';
import { type Period, periodQuery } from './PeriodFilter';

/**
 * How a clause is covered: the rules the server enforces (refusing the breach), the monitors' ✓ no breach or
 * ✗ n breaches (a link per monitor to its list), both, else the features that fulfil it, or "not yet covered".
 */
export function ClauseStatus({ clause, orgId, period }: { clause: ClauseRow; orgId: string | null; period: Period | null }) {
  const { t } = useTranslation();
  if (clause.coverage === 'not_covered')
    return (
      <span className="clause-status clause-status-none">
        <MinusCircleOutlined aria-hidden /> {t('compliance:status.notCovered')}
      </span>
    );
  return (
    <span className="clause-states">
      {clause.enforced.length ? (
        <span className="clause-status clause-status-enforced">
          <SafetyCertificateFilled aria-hidden /> {t('compliance:status.enforced')}
        </span>
      ) : null}
      <MonitorStatus clause={clause} orgId={orgId} period={period} />
      {clause.coverage === 'provided' ? (
        <span className="clause-status clause-status-provided">
          <AppstoreFilled aria-hidden /> {t('compliance:status.provided')}
        </span>
      ) : null}
    </span>
  );
}

/**
 * The rules of a clause the server enforces, each with its translated text; then the features that fulfil it. With
 * `refs` (an auditor's view, off by default: an office head reads the rules, not the code behind them), each with its
 * refusal code and its test.
 */
export function ClauseRules({ clause, refs }: { clause: ClauseRow; refs: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {clause.enforced.length ? (
        <ul className="clause-rules" aria-label={t('compliance:enforced.label')}>
          {clause.enforced.map((r) => (
            <li key={r.code} data-rule={r.code}>
              <span>{t(`compliance:rules.${r.code}`)}</span>
              {refs ? (
                <span className="clause-rule-meta">
                  {t('compliance:enforced.code', { code: r.code })} · {t('compliance:enforced.test', { test: r.test })}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {clause.provided.length ? (
        <ul className="clause-rules" aria-label={t('compliance:provided.label')}>
          {clause.provided.map((f) => (
            <li key={f.key} data-feature={f.key}>
              <span>{t(`compliance:features.${f.key}`)}</span>
              {refs ? <span className="clause-rule-meta">{t('compliance:provided.test', { test: f.test })}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

function MonitorStatus({ clause, orgId, period }: { clause: ClauseRow; orgId: string | null; period: Period | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  if (clause.status === 'not_monitored') return null;
  if (clause.status === 'ok')
    return (
      <span className="clause-status clause-status-ok">
        <CheckCircleFilled aria-hidden /> {t('compliance:status.ok')}
        {/* what was checked, so "no breach" says of what */}
        <span className="clause-checked muted small">
          {t('compliance:status.checked', { list: clause.monitors.map((m) => m.title[lang]).join(t('common:listSeparator')) })}
        </span>
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
