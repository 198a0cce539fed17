import './compliance.css';
import { useQuery } from '@tanstack/react-query';
import { Result, Skeleton, Switch, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useOrgScope } from '../../app/org-scope/org-scope';
import { useFormat } from '../../app/ui/format';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { ClauseRules, ClauseStatus } from './ClauseStatus';
import { byRegulation, complianceQuery } from './compliance-queries';
import { PeriodFilter, usePeriod } from './PeriodFilter';

/**
 * 合规视图 (X5): every clause of the regulations for the node chosen in the switcher, grouped by
 * regulation — enforced by the server (its rules named), monitored (✓ no breach, ✗ n breaches, click
 * through), both, fulfilled by a feature (the history of every record, the printed forms), or not yet covered.
 * The server derives all of it from the module manifests.
 */
export function CompliancePage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const scope = useOrgScope();
  const format = useFormat();
  const [period] = usePeriod();
  const [search, setSearch] = useSearchParams();
  const refs = search.get('refs') === '1';
  const page = useQuery({ ...complianceQuery(scope.orgId, period), enabled: !scope.urlOrgInvisible });

  const header = (
    <PageHeader
      title={t('compliance:title')}
      subtitle={
        page.data
          ? [
              t('compliance:subtitle', {
                org: page.data.org?.name ?? t('compliance:allMine'),
                at: format.dateTime(page.data.checkedAt),
              }),
              page.data.period ? t('compliance:period.subtitle', page.data.period) : null,
            ]
              .filter(Boolean)
              .join(' · ')
          : null
      }
    />
  );
  if (scope.urlOrgInvisible)
    return (
      <>
        {header}
        <Result status="404" title={t('common:state.orgNotFoundTitle')} subTitle={t('common:state.orgNotFoundText')} />
      </>
    );
  if (page.isPending)
    return (
      <>
        {header}
        <Skeleton active />
      </>
    );
  if (page.isError)
    return (
      <>
        {header}
        <QueryError error={page.error} onRetry={() => page.refetch()} />
      </>
    );

  const rows = page.data.clauses;
  const totals = {
    enforced: rows.filter((c) => c.enforced.length > 0).length,
    monitored: rows.filter((c) => c.status !== 'not_monitored').length,
    ok: rows.filter((c) => c.status === 'ok').length,
    breached: rows.filter((c) => c.status === 'breached').length,
    provided: rows.filter((c) => c.coverage === 'provided').length,
    none: rows.filter((c) => c.coverage === 'not_covered').length,
  };
  return (
    <>
      {header}
      <PeriodFilter />
      <label className="compliance-refs" htmlFor="compliance-refs">
        <Switch
          id="compliance-refs"
          size="small"
          checked={refs}
          onChange={(on) => {
            const next = new URLSearchParams(search);
            if (on) next.set('refs', '1');
            else next.delete('refs');
            setSearch(next, { replace: true });
          }}
        />{' '}
        {t('compliance:enforced.refs')}
      </label>
      <p className="compliance-summary">{t('compliance:summary', { total: rows.length, ...totals })}</p>
      {byRegulation(rows).map((g) => (
        <section key={g.regulation} className="compliance-group" aria-labelledby={`reg-${g.regulation}`}>
          <h2 id={`reg-${g.regulation}`} className="compliance-group-title">
            {g.regulation === 'X' ? g.title[lang] : `${g.regulation} · ${g.title[lang]}`}
          </h2>
          <ul className="clause-list">
            {g.clauses.map((c) => (
              <li key={c.id} className={`clause-row clause-${c.coverage}`} data-clause={c.id} data-coverage={c.coverage}>
                <div className="clause-head">
                  <Tag className="clause-id">{c.id}</Tag>
                  <span className="clause-title">{c.title[lang]}</span>
                </div>
                <ClauseStatus clause={c} orgId={scope.orgId} period={period} />
                <ClauseRules clause={c} refs={refs} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
