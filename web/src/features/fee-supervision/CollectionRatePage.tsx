import { useQuery } from '@tanstack/react-query';
import { Breadcrumb, DatePicker, Empty, Segmented } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatFen } from '../../app/ui/money';
import { PageHeader } from '../../app/ui/PageHeader';
import { PageSpinner } from '../../app/ui/PageSpinner';
import { QueryError } from '../../app/ui/QueryError';
import { useListParams } from '../../app/ui/use-list-params';
import {
  billsLink,
  LEVELS,
  percent,
  type RateLevel,
  type RateQuery,
  type RateResult,
  type RateRow,
  rateQuery,
} from './fee-supervision-queries';
import { RateTrendChart } from './RateTrendChart';
import './fee-supervision.css';

const FILTERS = ['month', 'level', 'officeId', 'estateId', 'buildingId'] as const;
/** The node filters of the page as shown (the server's answer, not the address). */
const pick = (r: RateResult): Record<string, string | null> => ({
  officeId: r.node.office?.id ?? null,
  estateId: r.node.estate?.id ?? null,
  buildingId: r.node.building?.id ?? null,
});
const isMonth = (m: string | undefined) => (m && /^\d{4}-(0[1-9]|1[0-2])$/.test(m) ? m : undefined);
const FIGURES = ['receivable', 'received', 'receivedInMonth', 'outstanding', 'recovered'] as const;
type Figure = (typeof FIGURES)[number];

/** The ids a row or the page's node stands for, for the bills list's filters. */
type NodeIds = { officeId?: string | null; estateId?: string | null; buildingId?: string | null; unitId?: string | null };

/**
 * 收缴率 (A2.3 收缴监督): one month's receivable, received, outstanding and recovered arrears per office, estate,
 * building or unit, drilled down level by level, with the totals (the sum of the rows) and the 12-month trend.
 * Every amount links to the bills behind it.
 */
export function CollectionRatePage() {
  const { t } = useTranslation();
  const list = useListParams(FILTERS);
  const f = list.filters;
  const level = (LEVELS as readonly string[]).includes(f.level ?? '') ? (f.level as RateLevel) : undefined;
  const query: RateQuery = { month: isMonth(f.month), level, officeId: f.officeId, estateId: f.estateId, buildingId: f.buildingId };
  const rate = useQuery(rateQuery(query));
  if (rate.isError) return <QueryError error={rate.error} onRetry={() => rate.refetch()} />;
  if (!rate.data) return <PageSpinner />;
  const r = rate.data;
  const month = r.month;

  /** The page's own address with other filters: drilling down and the breadcrumb are links, so a view can be shared. */
  const here = (to: Record<string, string | null | undefined>) => {
    const p = new URLSearchParams({ month });
    for (const [k, v] of Object.entries({ level: r.level, ...pick(r), ...to })) if (v) p.set(k, v);
    return `/collection-rate?${p}`;
  };
  const drill = (row: RateRow) =>
    r.level === 'office'
      ? here({ level: 'estate', officeId: row.id, estateId: null, buildingId: null })
      : r.level === 'estate'
        ? here({ level: 'building', estateId: row.id, buildingId: null })
        : here({ level: 'unit', buildingId: row.id });
  const pageNode: NodeIds = { officeId: r.node.office?.id, estateId: r.node.estate?.id, buildingId: r.node.building?.id };
  const link = (node: NodeIds, figure: Figure, amount: number, label: string): ReactNode => {
    const q =
      figure === 'receivable'
        ? { period: month }
        : figure === 'outstanding'
          ? { period: month, state: 'open' as const }
          : figure === 'recovered'
            ? { state: 'paid' as const, paidMonth: month, periodBefore: month }
            : figure === 'receivedInMonth'
              ? { period: month, state: 'paid' as const, paidMonth: month }
              : { period: month, state: 'paid' as const };
    return (
      <Link to={billsLink(node, q)} aria-label={`${label} ${t(`feeSupervision:rate.${figure}`)}: ${formatFen(amount)}`}>
        {formatFen(amount)}
      </Link>
    );
  };
  const crumbs = [
    { key: 'all', title: t('feeSupervision:rate.all'), to: { level: null, officeId: null, estateId: null, buildingId: null } },
    ...(r.node.office
      ? [
          {
            key: 'office',
            title: r.node.office.name,
            to: { level: 'estate', officeId: r.node.office.id, estateId: null, buildingId: null },
          },
        ]
      : []),
    ...(r.node.estate
      ? [{ key: 'estate', title: r.node.estate.name, to: { level: 'building', estateId: r.node.estate.id, buildingId: null } }]
      : []),
    ...(r.node.building ? [{ key: 'building', title: r.node.building.name, to: { level: 'unit', buildingId: r.node.building.id } }] : []),
  ];
  return (
    <>
      <PageHeader title={t('feeSupervision:rate.title')} subtitle={t('feeSupervision:rate.subtitle', { month })} />
      <div className="fee-filters">
        <DatePicker
          picker="month"
          aria-label={t('feeSupervision:rate.month')}
          value={dayjs(`${month}-01`)}
          allowClear={false}
          onChange={(v) => list.update({ month: v ? v.format('YYYY-MM') : null })}
        />
        <Segmented
          aria-label={t('feeSupervision:rate.breadcrumb')}
          value={r.level}
          onChange={(v) => list.update({ level: String(v) })}
          options={LEVELS.map((l) => ({ value: l, label: t(`feeSupervision:rate.levels.${l}`) }))}
        />
      </div>
      <nav aria-label={t('feeSupervision:rate.breadcrumb')}>
        <Breadcrumb
          items={crumbs.map((c, i) => ({
            key: c.key,
            title: i === crumbs.length - 1 ? <span aria-current="page">{c.title}</span> : <Link to={here(c.to)}>{c.title}</Link>,
          }))}
        />
      </nav>
      <p className="muted">{t('feeSupervision:rate.explain')}</p>
      <RateTable result={r} drill={drill} link={link} pageNode={pageNode} />
      <RateTrendChart trend={r.trend} />
    </>
  );
}

function RateTable({
  result: r,
  drill,
  link,
  pageNode,
}: {
  result: RateResult;
  drill(row: RateRow): string;
  link(node: NodeIds, figure: Figure, amount: number, label: string): ReactNode;
  pageNode: NodeIds;
}) {
  const { t } = useTranslation();
  if (r.rows.length === 0) return <Empty description={t('feeSupervision:rate.empty')} />;
  const levelName = t(`feeSupervision:rate.levels.${r.level}`);
  const childName = r.childLevel ? t(`feeSupervision:rate.levels.${r.childLevel}`) : '';
  return (
    <div className="table-scroll">
      <table className="fee-rate-table">
        <caption className="sr-only">{t('feeSupervision:rate.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{levelName}</th>
            {FIGURES.map((k) => (
              <th scope="col" className="num" key={k}>
                {t(`feeSupervision:rate.${k}`)}
              </th>
            ))}
            <th scope="col" className="num">
              {t('feeSupervision:rate.rate')}
            </th>
            <th scope="col" className="num">
              {t('feeSupervision:rate.bills')}
            </th>
          </tr>
        </thead>
        <tbody>
          {r.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                {r.level === 'unit' ? (
                  row.name
                ) : (
                  <Link to={drill(row)} title={t('feeSupervision:rate.drill', { name: row.name, level: childName })}>
                    {row.name}
                  </Link>
                )}
              </th>
              {FIGURES.map((k) => (
                <td className="num" key={k}>
                  {link(row, k, row[k], row.name)}
                </td>
              ))}
              <td className="num">{percent(row.ratePermille)}</td>
              <td className="num">{row.bills}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('feeSupervision:rate.total')}</th>
            {FIGURES.map((k) => (
              <td className="num" key={k}>
                {link(pageNode, k, r.total[k], t('feeSupervision:rate.total'))}
              </td>
            ))}
            <td className="num">{percent(r.total.ratePermille)}</td>
            <td className="num">{r.total.bills}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
