import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartOption } from '../../app/ui/charts/Chart';
import type { PersonRow } from './service-time-queries';
import { useMinutes } from './use-minutes';

// ECharts loads with the first chart drawn, in a chunk of its own.
const Chart = lazy(() => import('../../app/ui/charts/Chart').then((m) => ({ default: m.Chart })));

/** Average wait and repair time per person as bars, in business hours; the table beside it holds the same numbers. */
export function PeopleChart({ people }: { people: PersonRow[] }) {
  const { t } = useTranslation();
  const minutes = useMinutes();
  const hours = (m: number | null) => (m === null ? null : Math.round((m / 60) * 10) / 10);
  const summary = people
    .map(
      (p) =>
        `${p.person} ${t('serviceTimes:avgWait')} ${minutes(p.avgWaitMinutes)}, ${t('serviceTimes:avgRepair')} ${minutes(p.avgRepairMinutes)}`,
    )
    .join('; ');
  const option: ChartOption = {
    grid: { left: 48, right: 16, top: 40, bottom: 32 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', valueFormatter: (v) => (v === null || v === undefined ? '—' : t('serviceTimes:hoursShort', { h: v })) },
    xAxis: { type: 'category', data: people.map((p) => p.person) },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => t('serviceTimes:hoursShort', { h: v }) } },
    series: [
      { type: 'bar', name: t('serviceTimes:avgWait'), data: people.map((p) => hours(p.avgWaitMinutes)), itemStyle: { color: '#0b5cad' } },
      {
        type: 'bar',
        name: t('serviceTimes:avgRepair'),
        data: people.map((p) => hours(p.avgRepairMinutes)),
        itemStyle: { color: '#b35c00' },
      },
    ],
  };
  return (
    <figure className="service-times-chart">
      <Suspense fallback={<div className="chart" style={{ height: 240 }} />}>
        <Chart option={option} label={`${t('serviceTimes:chartLabel')}: ${summary}`} />
      </Suspense>
      <figcaption className="muted">{t('serviceTimes:chartCaption')}</figcaption>
    </figure>
  );
}
