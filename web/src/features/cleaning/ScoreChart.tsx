import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartOption } from '../../app/ui/charts/Chart';
import { INSPECTION_LEVELS, percentOf, type Scores } from './setup-queries';

// ECharts loads with the first chart drawn, in a chunk of its own.
const Chart = lazy(() => import('../../app/ui/charts/Chart').then((m) => ({ default: m.Chart })));

const COLORS = { self: '#0b5cad', supervisor: '#b35c00', manager: '#2e7d32' } as const;

/** The last six months' pass rate per level (三查) as lines, in percent; a month with nothing checked is a gap. */
export function ScoreChart({ trend }: { trend: Scores['trend'] }) {
  const { t } = useTranslation();
  const months = [...new Set(trend.map((r) => r.month))].sort();
  const rateOf = (month: string, level: string) => trend.find((r) => r.month === month && r.level === level)?.rate ?? null;
  const summary = INSPECTION_LEVELS.map(
    (l) => `${t(`cleaning:levels.${l}`)} ${months.map((m) => `${m} ${percentOf(rateOf(m, l)) ?? t('common:empty')}`).join(', ')}`,
  ).join('; ');
  const option: ChartOption = {
    grid: { left: 48, right: 16, top: 40, bottom: 32 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? `${v.toFixed(1)}%` : '—') },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: INSPECTION_LEVELS.map((l) => ({
      type: 'line' as const,
      name: t(`cleaning:levels.${l}`),
      data: months.map((m) => {
        const rate = rateOf(m, l);
        return rate === null ? null : rate / 10;
      }),
      connectNulls: false,
      itemStyle: { color: COLORS[l] },
    })),
  };
  return (
    <figure className="cleaning-chart">
      <Suspense fallback={<div className="chart" style={{ height: 260 }} />}>
        <Chart option={option} height={260} label={`${t('cleaning:scores.chartLabel')}: ${summary}`} />
      </Suspense>
      <figcaption className="muted">{t('cleaning:scores.chartCaption')}</figcaption>
    </figure>
  );
}
