import './reporting.css';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFormat } from '../../app/ui/format';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { useToast } from '../../app/ui/toast';
import { useListParams } from '../../app/ui/use-list-params';
import { ReportDialog } from './ReportDialog';
import { AckTag, RpTag } from './ReportingTags';
import { REPORT_KINDS, type Report, type ReportKind, type ReportQuery, reportListQuery } from './reporting-queries';

const FILTERS = ['kind', 'open', 'orgId'] as const;

/** The month before `month` (YYYY-MM). */
const previousMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};

/**
 * 请示报告 · 工作报告 (A1.3): the reports the stations owe (due by stationReportDueDay of the next month) and those
 * submitted — 工作报告 and 社情民意 — with whether the centre has acknowledged them.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const navigate = useNavigate();
  const list = useListParams(FILTERS, {});
  const kind = REPORT_KINDS.find((k) => k === list.filters.kind);
  const open = list.filters.open === 'true';
  const query: ReportQuery = {
    ...(kind ? { kind } : {}),
    ...(open ? { open: 'true' as const } : {}),
    ...(list.filters.orgId ? { orgId: list.filters.orgId } : {}),
  };
  const reports = useQuery(reportListQuery(query));
  const [creating, setCreating] = useState<{ orgId: string; kind: ReportKind; period: string } | 'new' | null>(null);
  const stations = (reports.data?.stations ?? []).filter((s) => s.maySubmit);
  const mayFor = new Set(stations.map((s) => s.id));
  const title = (r: Report) => (
    <Link to={`/workstation/reports/${r.id}`}>
      {r.period} {t(`reporting:reportKind.${r.kind}`)}
    </Link>
  );
  const late = (r: Report) => (r.late ? <RpTag tone="bad">{t('reporting:report.late')}</RpTag> : null);

  return (
    <div className="reporting">
      <PageHeader
        title={t('reporting:reports.title')}
        subtitle={t('reporting:reports.subtitle', { day: reports.data?.dueDay ?? '' })}
        extra={
          stations.length ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating('new')}>
              {t('reporting:report.new')}
            </Button>
          ) : null
        }
      />
      {reports.data?.owed.length ? (
        <section className="panel" aria-labelledby="reports-owed">
          <h2 id="reports-owed" className="card-heading">
            {t('reporting:reports.owed')}
          </h2>
          <ul className="rp-owed">
            {reports.data.owed.map((o) => (
              <li key={`${o.orgId}:${o.kind}:${o.period}`}>
                <span>
                  {o.orgName} · {o.period} {t(`reporting:reportKind.${o.kind}`)}
                </span>
                {o.overdue ? (
                  <RpTag tone="bad">{t('reporting:reports.overdue', { date: o.dueOn })}</RpTag>
                ) : (
                  <RpTag tone="warn">{t('reporting:reports.dueOn', { date: o.dueOn })}</RpTag>
                )}
                {mayFor.has(o.orgId) ? (
                  <Button
                    size="small"
                    onClick={() => setCreating({ orgId: o.orgId, kind: o.kind, period: o.period })}
                    aria-label={t('reporting:reports.submitOf', { period: o.period, kind: t(`reporting:reportKind.${o.kind}`) })}
                  >
                    {t('reporting:report.submit')}
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <search className="toolbar">
        <Select
          aria-label={t('reporting:fields.kind')}
          placeholder={t('reporting:fields.kind')}
          allowClear
          value={kind}
          onChange={(v) => list.update({ kind: v ?? null })}
          options={REPORT_KINDS.map((k) => ({ value: k, label: t(`reporting:reportKind.${k}`) }))}
        />
        <Select
          aria-label={t('reporting:fields.ack')}
          placeholder={t('reporting:fields.ack')}
          allowClear
          value={open ? 'true' : undefined}
          onChange={(v) => list.update({ open: v ?? null })}
          options={[{ value: 'true', label: t('reporting:ack.waiting') }]}
        />
      </search>
      {reports.isError ? (
        <QueryError error={reports.error} onRetry={() => reports.refetch()} />
      ) : (
        <ResponsiveTable<Report>
          label={t('reporting:reports.title')}
          rowKey="id"
          items={reports.data?.items}
          total={reports.data?.items.length ?? 0}
          whole
          loading={reports.isFetching}
          empty={<Empty description={t('reporting:reports.empty')} />}
          onTableChange={list.onTableChange}
          columns={[
            { key: 'title', title: t('reporting:fields.report'), render: (_, r) => title(r) },
            { key: 'org', title: t('reporting:fields.station'), render: (_, r) => r.orgName },
            {
              key: 'submittedAt',
              title: t('reporting:fields.submittedAt'),
              render: (_, r) => (
                <>
                  {r.submittedByName} · {format.dateTime(r.submittedAt)} {late(r)}
                </>
              ),
            },
            { key: 'ack', title: t('reporting:fields.ack'), render: (_, r) => <AckTag acknowledged={!!r.acknowledgedAt} /> },
          ]}
          renderCard={(r) => (
            <div>
              <div className="record-card-title">{title(r)}</div>
              <div className="record-card-line">
                {r.orgName} · <AckTag acknowledged={!!r.acknowledgedAt} /> {late(r)}
              </div>
            </div>
          )}
        />
      )}
      {creating && reports.data ? (
        <ReportDialog
          stations={stations}
          initial={creating === 'new' ? undefined : creating}
          lastPeriod={previousMonth(reports.data.today.slice(0, 7))}
          onClose={() => setCreating(null)}
          onSaved={(r) => {
            toast.success(t('reporting:report.submittedToast', { to: r.superiorName }));
            navigate(`/workstation/reports/${r.id}`);
          }}
        />
      ) : null}
    </div>
  );
}
