import './feedback.css';
import { useQuery } from '@tanstack/react-query';
import { DatePicker, Descriptions, Empty, Skeleton, Table } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OrgTreeSelect } from '../../app/org-scope/OrgTreeSelect';
import { ExportButton } from '../../app/ui/ExportButton';
import { useFormat } from '../../app/ui/format';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { useListParams } from '../../app/ui/use-list-params';
import {
  FEEDBACK_CHANNELS,
  FEEDBACK_KINDS,
  feedbackReportQuery,
  SATISFACTIONS,
  type ValuableSuggestions,
  valuableQuery,
} from './feedback-queries';
import { ReportChart } from './ReportChart';

const FILTERS = ['org', 'month', 'quarter'] as const;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const QUARTER = /^\d{4}-Q[1-4]$/;

type Suggestion = ValuableSuggestions['items'][number];

/** The first day of a quarter `YYYY-Qn`, for the quarter picker. */
const quarterStart = (q: string) => dayjs(`${q.slice(0, 4)}-${String((Number(q.slice(6)) - 1) * 3 + 1).padStart(2, '0')}-01`);

/** 意见统计 (A4.5): a month's feedback per node by kind and channel, reply and outcome times, satisfaction; and a
 * quarter's valuable suggestions with the departments' answers. */
export function FeedbackReportPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useListParams(FILTERS);
  const { org } = list.filters;
  const month = MONTH.test(list.filters.month ?? '') ? list.filters.month : undefined;
  const quarter = QUARTER.test(list.filters.quarter ?? '') ? list.filters.quarter : undefined;
  const report = useQuery(feedbackReportQuery({ ...(org ? { orgId: org } : {}), ...(month ? { month } : {}) }));
  const valuable = useQuery(valuableQuery({ ...(org ? { orgId: org } : {}), ...(quarter ? { quarter } : {}) }));
  const r = report.data;
  const hours = (h: number | null) => (h === null ? t('common:empty') : t('feedback:report.hours', { h: Math.round(h * 10) / 10 }));
  const shownQuarter = valuable.data?.quarter ?? quarter;

  return (
    <div className="feedback">
      <PageHeader title={t('feedback:report.title')} subtitle={t('feedback:report.subtitle')} />
      <search className="toolbar">
        <OrgTreeSelect
          aria-label={t('feedback:fields.office')}
          placeholder={t('feedback:report.allNodes')}
          value={org}
          onChange={(v) => list.update({ org: v ?? null })}
          allowClear
        />
        <DatePicker
          picker="month"
          aria-label={t('feedback:report.month')}
          value={r ? dayjs(`${r.month}-01`) : month ? dayjs(`${month}-01`) : null}
          allowClear={false}
          onChange={(v) => list.update({ month: v ? v.format('YYYY-MM') : null })}
        />
        <ExportButton
          path="/api/feedback/report/export.xlsx"
          query={{ ...(org ? { orgId: org } : {}), ...((r?.month ?? month) ? { month: r?.month ?? month } : {}) }}
        />
      </search>
      {report.isError ? (
        <QueryError error={report.error} onRetry={() => report.refetch()} />
      ) : !r ? (
        <Skeleton active />
      ) : (
        <>
          <div className="feedback-report-grid">
            <section className="panel" aria-labelledby="report-counts">
              <h2 id="report-counts" className="card-heading">
                {t('feedback:report.received', { month: r.month, count: r.received })}
              </h2>
              <Descriptions
                size="small"
                column={1}
                items={[
                  ...FEEDBACK_KINDS.map((k) => ({ key: k, label: t(`feedback:kinds.${k}`), children: r.byKind[k] })),
                  ...FEEDBACK_CHANNELS.map((c) => ({ key: c, label: t(`feedback:channels.${c}`), children: r.byChannel[c] })),
                ]}
              />
            </section>
            <section className="panel" aria-labelledby="report-times">
              <h2 id="report-times" className="card-heading">
                {t('feedback:report.times')}
              </h2>
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'replyCount', label: t('feedback:report.replied'), children: r.firstReply.count },
                  { key: 'replyMedian', label: t('feedback:report.replyMedian'), children: hours(r.firstReply.medianHours) },
                  { key: 'replyAverage', label: t('feedback:report.replyAverage'), children: hours(r.firstReply.averageHours) },
                  { key: 'outcomeCount', label: t('feedback:report.told'), children: r.outcome.count },
                  { key: 'outcomeMedian', label: t('feedback:report.outcomeMedian'), children: hours(r.outcome.medianHours) },
                  { key: 'outcomeAverage', label: t('feedback:report.outcomeAverage'), children: hours(r.outcome.averageHours) },
                  ...SATISFACTIONS.map((s) => ({ key: s, label: t(`feedback:satisfaction.${s}`), children: r.satisfaction[s] })),
                ]}
              />
            </section>
          </div>
          <section className="panel feedback-section" aria-labelledby="report-chart">
            <h2 id="report-chart" className="card-heading">
              {t('feedback:report.chartTitle')}
            </h2>
            <ReportChart report={r} />
          </section>
        </>
      )}
      <section className="panel feedback-section" aria-labelledby="report-valuable">
        <h2 id="report-valuable" className="card-heading">
          {t('feedback:report.valuable', { quarter: shownQuarter ?? '' })}
        </h2>
        <search className="toolbar">
          <DatePicker
            picker="quarter"
            aria-label={t('feedback:report.quarter')}
            value={shownQuarter ? quarterStart(shownQuarter) : null}
            allowClear={false}
            onChange={(v) => list.update({ quarter: v ? `${v.year()}-Q${Math.floor(v.month() / 3) + 1}` : null })}
          />
        </search>
        {valuable.isError ? (
          <QueryError error={valuable.error} onRetry={() => valuable.refetch()} />
        ) : (
          <Table<Suggestion>
            size="small"
            rowKey="id"
            pagination={false}
            scroll={{ x: 'max-content' }}
            loading={valuable.isFetching}
            dataSource={valuable.data?.items ?? []}
            locale={{ emptyText: <Empty description={t('feedback:report.noValuable')} /> }}
            columns={[
              { key: 'number', title: t('feedback:fields.number'), render: (_, s) => <Link to={`/feedback/${s.id}`}>{s.number}</Link> },
              { key: 'office', title: t('feedback:fields.office'), dataIndex: 'officeName' },
              { key: 'received', title: t('feedback:fields.receivedAt'), render: (_, s) => format.dateTime(s.receivedAt) },
              { key: 'content', title: t('feedback:fields.content'), dataIndex: 'content' },
              {
                key: 'forwards',
                title: t('feedback:detail.forwards'),
                render: (_, s) =>
                  s.forwards.length
                    ? s.forwards.map((w) => (
                        <div key={w.nodeId}>
                          {w.nodeName}: {w.answer ?? t('feedback:forward.waiting')}
                        </div>
                      ))
                    : t('common:empty'),
              },
            ]}
          />
        )}
      </section>
    </div>
  );
}
