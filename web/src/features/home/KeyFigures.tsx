import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FigureWidget } from '../../app/feature';
import type { ChartOption } from '../../app/ui/charts/Chart';
import { formatFen } from '../../app/ui/money';
import { FEATURES } from '../index';
import type { FigureItem } from './workbench-query';

// ECharts loads only when a head's figures have a series to draw, never in the sign-in bundle.
const Chart = lazy(() => import('../../app/ui/charts/Chart').then((m) => ({ default: m.Chart })));

const WIDGETS = new Map<string, FigureWidget>(FEATURES.flatMap((f) => f.figures ?? []).map((w) => [w.key, w]));

function valueText(f: Pick<FigureItem, 'unit'>, value: number | null, none: string): string {
  if (value === null) return none;
  if (f.unit === 'fen') return formatFen(value);
  if (f.unit === 'permille') return `${(value / 10).toFixed(1)}%`;
  return String(value);
}

/** Key figures for heads of office and HQ, and the money collected by month as a bar chart (with its table). */
export function KeyFigures({ figures }: { figures: FigureItem[] }) {
  const { t } = useTranslation();
  const none = t('home:figures.noRate');
  const shown = figures.flatMap((f) => {
    const widget = WIDGETS.get(f.key);
    return widget ? [{ f, label: t(widget.labelKey) }] : [];
  });
  const collected = figures.find((f) => f.key === 'orders.collectedThisMonth' && f.series?.length);
  const series = collected?.series ?? [];
  const summary = series.map((p) => `${p.month} ${valueText(collected!, p.value, none)}`).join(', ');
  const option: ChartOption = {
    grid: { left: 64, right: 16, top: 16, bottom: 32 },
    tooltip: { trigger: 'axis', valueFormatter: (v) => formatFen(Math.round(Number(v) * 100)) },
    xAxis: { type: 'category', data: series.map((p) => p.month) },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => `¥${v}` } },
    series: [
      { type: 'bar', name: t('home:figures.amount'), data: series.map((p) => (p.value ?? 0) / 100), itemStyle: { color: '#0b5cad' } },
    ],
  };
  return (
    <>
      <dl className="key-figures">
        {shown.map(({ f, label }) => (
          <div key={`${f.module}:${f.key}`} className="key-figure">
            <dt>{label}</dt>
            <dd>{f.link ? <Link to={f.link}>{valueText(f, f.value, none)}</Link> : valueText(f, f.value, none)}</dd>
          </div>
        ))}
      </dl>
      {collected ? (
        <figure className="key-figure-chart">
          <figcaption className="card-heading">{t('home:figures.chartTitle')}</figcaption>
          <Suspense fallback={<div className="chart" style={{ height: 240 }} />}>
            <Chart option={option} label={t('home:figures.chartLabel', { summary })} />
          </Suspense>
          <details>
            <summary>{t('home:figures.asTable')}</summary>
            <table className="trend-table">
              <thead>
                <tr>
                  <th scope="col">{t('home:figures.month')}</th>
                  <th scope="col">{t('home:figures.amount')}</th>
                </tr>
              </thead>
              <tbody>
                {series.map((p) => (
                  <tr key={p.month}>
                    <th scope="row">{p.month}</th>
                    <td>{valueText(collected, p.value, none)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </figure>
      ) : null}
    </>
  );
}
