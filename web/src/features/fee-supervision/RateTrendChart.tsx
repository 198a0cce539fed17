import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartOption } from '../../app/ui/charts/Chart';
import { fenToYuan, formatFen } from '../../app/ui/money';
import { percent, type RateResult } from './fee-supervision-queries';

// ECharts loads with the first chart drawn, in a chunk of its own.
const Chart = lazy(() => import('../../app/ui/charts/Chart').then((m) => ({ default: m.Chart })));

/** The node's 12-month trend: receivable and received as bars, the rate as a line, and the same numbers as a table. */
export function RateTrendChart({ trend }: { trend: RateResult['trend'] }) {
  const { t } = useTranslation();
  const summary = trend
    .filter((p) => p.ratePermille !== null)
    .map((p) => `${p.month} ${percent(p.ratePermille)}`)
    .join(', ');
  const option: ChartOption = {
    grid: { left: 64, right: 48, top: 16, bottom: 32 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: trend.map((p) => p.month) },
    yAxis: [
      { type: 'value', axisLabel: { formatter: (v: number) => `¥${v}` } },
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    ],
    series: [
      {
        type: 'bar',
        name: t('feeSupervision:rate.receivable'),
        data: trend.map((p) => Number(fenToYuan(p.receivable))),
        itemStyle: { color: '#b3cde8' },
      },
      {
        type: 'bar',
        name: t('feeSupervision:rate.received'),
        data: trend.map((p) => Number(fenToYuan(p.received))),
        itemStyle: { color: '#0b5cad' },
      },
      {
        type: 'line',
        name: t('feeSupervision:rate.rate'),
        yAxisIndex: 1,
        data: trend.map((p) => (p.ratePermille === null ? null : p.ratePermille / 10)),
        connectNulls: false,
        symbolSize: 8,
        itemStyle: { color: '#d46b08' },
      },
    ],
  };
  return (
    <figure className="fee-rate-trend" style={{ margin: 0 }}>
      <h2>{t('feeSupervision:rate.trend')}</h2>
      <Suspense fallback={<div className="chart" style={{ height: 260 }} />}>
        <Chart option={option} height={260} label={`${t('feeSupervision:rate.trend')}: ${summary || t('feeSupervision:rate.noRate')}`} />
      </Suspense>
      <figcaption className="muted">{t('feeSupervision:rate.trendCaption')}</figcaption>
      <details>
        <summary>{t('feeSupervision:rate.asTable')}</summary>
        <table className="fee-rate-table">
          <caption className="sr-only">{t('feeSupervision:rate.trend')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('feeSupervision:rate.monthCol')}</th>
              <th scope="col" className="num">
                {t('feeSupervision:rate.receivable')}
              </th>
              <th scope="col" className="num">
                {t('feeSupervision:rate.received')}
              </th>
              <th scope="col" className="num">
                {t('feeSupervision:rate.rate')}
              </th>
            </tr>
          </thead>
          <tbody>
            {trend.map((p) => (
              <tr key={p.month}>
                <th scope="row">{p.month}</th>
                <td className="num">{formatFen(p.receivable)}</td>
                <td className="num">{formatFen(p.received)}</td>
                <td className="num">{percent(p.ratePermille)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
