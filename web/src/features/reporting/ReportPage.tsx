import './reporting.css';
import { PaperClipOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Skeleton, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useFormat } from '../../app/ui/format';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { useToast } from '../../app/ui/toast';
import { HistoryButton } from '../history/HistoryButton';
import { AcknowledgeDialog } from './AcknowledgeDialog';
import { AckTag, RpTag } from './ReportingTags';
import { reportQuery, useReportingChanged } from './reporting-queries';

/** 报告详情 (A1.3): the report's sections and files, who submitted it and when, and the centre's 签收 with its reply. */
export function ReportPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const { id = '' } = useParams();
  const report = useQuery(reportQuery(id));
  const changed = useReportingChanged();
  const [acking, setAcking] = useState(false);

  if (report.isPending) return <Skeleton active />;
  if (report.isError) return <QueryError error={report.error} onRetry={() => report.refetch()} />;
  const r = report.data;
  const name = `${r.orgName} ${r.period} ${t(`reporting:reportKind.${r.kind}`)}`;

  return (
    <div className="reporting">
      <PageHeader
        title={name}
        subtitle={`${r.orgName} → ${r.superiorName}`}
        extra={
          <Space wrap>
            <AckTag acknowledged={!!r.acknowledgedAt} />
            {r.abilities.acknowledge ? (
              <Button type="primary" onClick={() => setAcking(true)}>
                {t('reporting:ack.action')}
              </Button>
            ) : null}
            <HistoryButton entity="station_report" id={r.id} name={name} />
          </Space>
        }
      />
      <section className="panel" aria-labelledby="report-facts">
        <h2 id="report-facts" className="card-heading">
          {t('reporting:report.facts')}
        </h2>
        <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered>
          <Descriptions.Item label={t('reporting:fields.kind')}>{t(`reporting:reportKind.${r.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('reporting:fields.period')}>{r.period}</Descriptions.Item>
          <Descriptions.Item label={t('reporting:fields.dueOn')}>{r.dueOn}</Descriptions.Item>
          <Descriptions.Item label={t('reporting:fields.submittedAt')}>
            {r.submittedByName} · {format.dateTime(r.submittedAt)} {r.late ? <RpTag tone="bad">{t('reporting:report.late')}</RpTag> : null}
          </Descriptions.Item>
          <Descriptions.Item label={t('reporting:fields.acknowledgedAt')}>
            {r.acknowledgedAt ? `${r.acknowledgedByName ?? ''} · ${format.dateTime(r.acknowledgedAt)}` : t('reporting:ack.waiting')}
          </Descriptions.Item>
          {r.reply ? (
            <Descriptions.Item label={t('reporting:fields.reply')}>
              <span className="rp-text">{r.reply}</span>
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </section>
      <section className="panel rp-section" aria-labelledby="report-text">
        <h2 id="report-text" className="card-heading">
          {t('reporting:fields.sections')}
        </h2>
        {r.sections.map((s, n) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a report's sections keep their order and are never edited
          <div key={n}>
            <h3>{s.heading}</h3>
            <p>{s.body}</p>
          </div>
        ))}
        {r.attachments.length ? (
          <>
            <h3>{t('reporting:fields.attachments')}</h3>
            <ul>
              {r.attachments.map((a) => (
                <li key={a.id}>
                  <a href={a.url} download={a.fileName}>
                    <PaperClipOutlined aria-hidden /> {a.fileName}
                  </a>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      {acking ? (
        <AcknowledgeDialog
          title={t('reporting:ack.reportTitle', { name })}
          onClose={() => setAcking(false)}
          onSubmit={async (reply) => {
            await unwrap(
              api.POST('/api/station-reports/{id}/acknowledge', {
                params: { path: { id } },
                body: { version: r.version, ...(reply ? { reply } : {}) },
              }),
            );
            await changed();
            toast.success(t('reporting:ack.doneToast'));
          }}
        />
      ) : null}
    </div>
  );
}
