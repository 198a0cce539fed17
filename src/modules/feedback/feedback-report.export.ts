// A month's feedback report as Excel (A4.5, issue 17 item 5), in the report page's own words.
import enFeedback from '../../../web/src/locales/en/feedback.json' with { type: 'json' };
import zhFeedback from '../../../web/src/locales/zh-CN/feedback.json' with { type: 'json' };
import type { UseCase } from '../../platform/context.js';
import { webWords } from '../../platform/export/words.js';
import { toWorkbook } from '../../platform/export/xlsx.js';
import type { PrintLocale } from '../../platform/print/messages.js';
import { monthReport } from './feedback-report.service.js';

const CATALOGUES = { 'zh-CN': { feedback: zhFeedback }, en: { feedback: enFeedback } };

interface Line {
  group: string;
  item: string;
  value: number | string | null;
}

/** The figures the report page shows for a node and month, one per row: counts by kind and channel, times, satisfaction. */
export async function exportFeedbackReport(
  ctx: UseCase,
  q: { month?: string | undefined; orgId?: string | undefined },
  locale: PrintLocale,
): Promise<{ month: string; file: Buffer }> {
  const r = await monthReport(ctx, q);
  const t = webWords(CATALOGUES, locale);
  const hours = (h: number | null) => (h === null ? null : t('feedback:report.hours', { h }));
  const lines: Line[] = [
    { group: t('feedback:report.export.office'), item: '', value: r.orgName ?? t('feedback:report.allNodes') },
    { group: t('feedback:report.export.monthCol'), item: '', value: r.month },
    { group: t('feedback:report.export.receivedAll'), item: '', value: r.received },
    ...Object.entries(r.byKind).map(([k, n]) => ({ group: t('feedback:report.byKind'), item: t(`feedback:kinds.${k}`), value: n })),
    ...Object.entries(r.byChannel).map(([k, n]) => ({
      group: t('feedback:report.byChannel'),
      item: t(`feedback:channels.${k}`),
      value: n,
    })),
    { group: t('feedback:report.times'), item: t('feedback:report.replied'), value: r.firstReply.count },
    { group: t('feedback:report.times'), item: t('feedback:report.replyMedian'), value: hours(r.firstReply.medianHours) },
    { group: t('feedback:report.times'), item: t('feedback:report.replyAverage'), value: hours(r.firstReply.averageHours) },
    { group: t('feedback:report.times'), item: t('feedback:report.told'), value: r.outcome.count },
    { group: t('feedback:report.times'), item: t('feedback:report.outcomeMedian'), value: hours(r.outcome.medianHours) },
    { group: t('feedback:report.times'), item: t('feedback:report.outcomeAverage'), value: hours(r.outcome.averageHours) },
    ...Object.entries(r.satisfaction).map(([k, n]) => ({
      group: t('feedback:fields.satisfaction'),
      item: t(`feedback:satisfaction.${k}`),
      value: n,
    })),
  ];
  const file = await toWorkbook<Line>(
    t('feedback:report.export.sheet'),
    [
      { header: t('feedback:report.export.group'), width: 22, value: (l) => l.group },
      { header: t('feedback:report.export.item'), width: 24, value: (l) => l.item },
      { header: t('feedback:report.export.value'), width: 14, value: (l) => l.value },
    ],
    lines,
  );
  return { month: r.month, file };
}
