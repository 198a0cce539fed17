import './compliance.css';
import { useQuery } from '@tanstack/react-query';
import { Empty, Pagination, Skeleton, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ExportButton } from '../../app/ui/ExportButton';
import { useFormat } from '../../app/ui/format';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { breachText } from './breach-words';
import { breachesQuery } from './compliance-queries';
import { PeriodFilter, periodQuery, usePeriod } from './PeriodFilter';

/** The current breaches of one monitor for a node: what breaks the clause, since when, and a link to the record. */
export function BreachesPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const { monitorId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const orgId = search.get('org');
  const page = Math.max(1, Number(search.get('page') ?? 1) || 1);
  const [period] = usePeriod();
  const list = useQuery(breachesQuery(monitorId, orgId, page, period));
  const backQuery = [orgId ? `org=${orgId}` : '', periodQuery(period)].filter(Boolean).join('&');
  const back = (
    <Link to={`/compliance${backQuery ? `?${backQuery}` : ''}`} className="compliance-back">
      {t('compliance:back')}
    </Link>
  );

  if (list.isPending)
    return (
      <>
        <PageHeader title={t('compliance:breaches.title')} extra={back} />
        <Skeleton active />
      </>
    );
  if (list.isError)
    return (
      <>
        <PageHeader title={t('compliance:breaches.title')} extra={back} />
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      </>
    );
  const data = list.data;
  return (
    <>
      <PageHeader
        title={`${data.monitor.clauseId} ${data.monitor.title[lang]}`}
        subtitle={[
          t('compliance:breaches.subtitle', {
            clause: data.monitor.clauseTitle[lang],
            org: data.org?.name ?? t('compliance:allMine'),
            count: data.total,
          }),
          data.period && data.monitor.periodic ? t('compliance:period.subtitle', data.period) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
        extra={
          <Space wrap>
            {back}
            <ExportButton
              path={`/api/compliance/monitors/${encodeURIComponent(monitorId)}/breaches/export.xlsx`}
              query={{ org: orgId, ...(period ?? {}) }}
            />
          </Space>
        }
      />
      <PeriodFilter />
      {data.items.length === 0 ? (
        <Empty description={t('compliance:breaches.none')} />
      ) : (
        <ul className="breach-list">
          {data.items.map((b) => (
            <li key={`${b.entity.type}:${b.entity.id}`} className="breach-row">
              <div className="breach-what">{breachText(b.what, t)}</div>
              <div className="breach-meta">
                <Link to={b.entity.link}>
                  <Tag>{t(`compliance:entity.${b.entity.type}`, { defaultValue: b.entity.type })}</Tag>
                  {b.entity.label}
                </Link>
                <span className="muted small">{t('compliance:breaches.since', { at: format.dateTime(b.since) })}</span>
              </div>
            </li>
          ))}
        </ul>
      )}
      {data.total > data.pageSize ? (
        <Pagination
          className="breach-pages"
          current={page}
          pageSize={data.pageSize}
          total={data.total}
          showSizeChanger={false}
          onChange={(p) => {
            const next = new URLSearchParams(search);
            next.set('page', String(p));
            setSearch(next);
          }}
        />
      ) : null}
    </>
  );
}
