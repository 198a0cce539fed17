import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartOption } from '../../app/ui/charts/Chart';
import { percent, type Tally } from './callback-queries';

// ECharts (echarts/core, bars and lines only) loads with the first chart drawn, in a chunk of its own.
const Chart = lazy(() => import('../../app/ui/charts/Chart').then((m) => ({ default: m.Chart })));

type Point = Tally & { month: string };

/**
 * The 12-month satisfaction trend as an ECharts line, described for screen readers in one sentence and with the
 * same numbers in a table below it. A month nobody was reached in has no rate: the line breaks there.
 */
export function TrendChart({ trend }: { trend: Point[] }) {
  const { t } = useTranslation();
  const summary = trend
    .filter((p) => p.ratePermille !== null)
    .map((p) => `${p.month} ${percent(p.ratePermille)}`)
    .join(', ');
  const option: ChartOption = {
    grid: { left: 48, right: 16, top: 16, bottom: 32 },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v) => (v === null || v === undefined || v === '-' ? t('callbacks:satisfaction.noRate') : `${Number(v).toFixed(1)}%`),
    },
    xAxis: { type: 'category', data: trend.map((p) => p.month.slice(5)) },
    yAxis: { type: 'value', min: 0, max: 100, interval: 25, axisLabel: { formatter: '{value}%' } },
    series: [
      {
        type: 'line',
        name: t('callbacks:satisfaction.rate'),
        data: trend.map((p) => (p.ratePermille === null ? null : p.ratePermille / 10)),
        connectNulls: false,
        symbolSize: 8,
        itemStyle: { color: '#0b5cad' },
        lineStyle: { width: 2 },
      },
    ],
  };
  return (
    <figure style={{ margin: 0 }}>
      <Suspense fallback={<div className="chart trend-chart" style={{ height: 240 }} />}>
        <Chart
          className="trend-chart"
          option={option}
          label={`${t('callbacks:satisfaction.trend')}: ${summary || t('callbacks:satisfaction.noRate')}`}
        />
      </Suspense>
      <figcaption className="muted">{t('callbacks:satisfaction.chartCaption')}</figcaption>
      <details>
        <summary>{t('callbacks:satisfaction.asTable')}</summary>
        <div className="table-scroll">
          <table className="trend-table">
            <caption className="sr-only">{t('callbacks:satisfaction.trend')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('callbacks:fields.month')}</th>
                <th scope="col">{t('callbacks:satisfaction.rate')}</th>
                <th scope="col">{t('callbacks:levels.satisfied')}</th>
                <th scope="col">{t('callbacks:levels.basically_satisfied')}</th>
                <th scope="col">{t('callbacks:levels.dissatisfied')}</th>
                <th scope="col">{t('callbacks:satisfaction.reached')}</th>
                <th scope="col">{t('callbacks:satisfaction.total')}</th>
              </tr>
            </thead>
            <tbody>
              {trend.map((p) => (
                <tr key={p.month}>
                  <th scope="row">{p.month}</th>
                  <td>{percent(p.ratePermille)}</td>
                  <td>{p.satisfied}</td>
                  <td>{p.basicallySatisfied}</td>
                  <td>{p.dissatisfied}</td>
                  <td>{p.reached}</td>
                  <td>{p.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
