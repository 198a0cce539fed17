import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartOption } from '../../app/ui/charts/Chart';
import { FEEDBACK_CHANNELS, FEEDBACK_KINDS, type FeedbackReport } from './feedback-queries';

// ECharts loads with the first chart drawn, in a chunk of its own.
const Chart = lazy(() => import('../../app/ui/charts/Chart').then((m) => ({ default: m.Chart })));

/** The month's feedback by kind and by channel as bars; the tables beside it hold the same numbers. */
export function ReportChart({ report }: { report: FeedbackReport }) {
  const { t } = useTranslation();
  const kinds = FEEDBACK_KINDS.map((k) => ({ name: t(`feedback:kinds.${k}`), value: report.byKind[k] }));
  const channels = FEEDBACK_CHANNELS.map((c) => ({ name: t(`feedback:channels.${c}`), value: report.byChannel[c] }));
  const summary = [...kinds, ...channels].map((x) => `${x.name} ${x.value}`).join(', ');
  const option: ChartOption = {
    grid: { left: 40, right: 16, top: 40, bottom: 32 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: [...kinds, ...channels].map((x) => x.name) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        name: t('feedback:report.byKind'),
        stack: 'all',
        data: [...kinds.map((x) => x.value), ...channels.map(() => null)],
        itemStyle: { color: '#0b5cad' },
      },
      {
        type: 'bar',
        name: t('feedback:report.byChannel'),
        stack: 'all',
        data: [...kinds.map(() => null), ...channels.map((x) => x.value)],
        itemStyle: { color: '#b35c00' },
      },
    ],
  };
  return (
    <figure className="feedback-chart">
      <Suspense fallback={<div className="chart" style={{ height: 260 }} />}>
        <Chart option={option} height={260} label={`${t('feedback:report.chartLabel')}: ${summary}`} />
      </Suspense>
      <figcaption className="muted">{t('feedback:report.chartCaption')}</figcaption>
    </figure>
  );
}
