import './reporting.css';
import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Skeleton, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ConfirmAction } from '../../app/ui/ConfirmAction';
import { useFormat } from '../../app/ui/format';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { useToast } from '../../app/ui/toast';
import { HistoryButton } from '../history/HistoryButton';
import { AcknowledgeDialog } from './AcknowledgeDialog';
import { IncidentTimeline } from './IncidentTimeline';
import { IncidentStateTag } from './ReportingTags';
import { incidentQuery, useReportingChanged } from './reporting-queries';

/** 突发事件详情 (A1.3): what happened and the measures taken, the four times together, 上报 and 签收. */
export function IncidentPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const { id = '' } = useParams();
  const incident = useQuery(incidentQuery(id));
  const changed = useReportingChanged();
  const [acting, setActing] = useState<'report' | 'acknowledge' | null>(null);

  if (incident.isPending) return <Skeleton active />;
  if (incident.isError) return <QueryError error={incident.error} onRetry={() => incident.refetch()} />;
  const i = incident.data;
  const name = `${t(`reporting:incidentKind.${i.kind}`)} · ${i.place}`;

  return (
    <div className="reporting">
      <PageHeader
        title={name}
        subtitle={`${i.orgName} → ${i.superiorName}`}
        extra={
          <Space wrap>
            <IncidentStateTag state={i.state} />
            {i.abilities.report ? (
              <Button type="primary" danger onClick={() => setActing('report')}>
                {t('reporting:incident.report')}
              </Button>
            ) : null}
            {i.abilities.acknowledge ? (
              <Button type="primary" onClick={() => setActing('acknowledge')}>
                {t('reporting:ack.action')}
              </Button>
            ) : null}
            <HistoryButton entity="incident" id={i.id} name={name} />
          </Space>
        }
      />
      <section className="panel" aria-labelledby="incident-times">
        <h2 id="incident-times" className="card-heading">
          {t('reporting:timeline.title')}
        </h2>
        <IncidentTimeline incident={i} />
      </section>
      <section className="panel" aria-labelledby="incident-facts">
        <h2 id="incident-facts" className="card-heading">
          {t('reporting:incident.facts')}
        </h2>
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label={t('reporting:fields.incidentKind')}>{t(`reporting:incidentKind.${i.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('reporting:fields.place')}>{i.place}</Descriptions.Item>
          <Descriptions.Item label={t('reporting:fields.description')}>
            <span className="rp-text">{i.description}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('reporting:fields.measures')}>
            <span className="rp-text">{i.measures}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('reporting:fields.recordedBy')}>
            {i.recordedByName} · {format.dateTime(i.recordedAt)}
          </Descriptions.Item>
          {i.reply ? (
            <Descriptions.Item label={t('reporting:fields.reply')}>
              <span className="rp-text">{i.reply}</span>
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </section>
      <ConfirmAction
        open={acting === 'report'}
        title={t('reporting:incident.report')}
        description={t('reporting:incident.reportConfirm', { to: i.superiorName })}
        okText={t('reporting:incident.report')}
        onClose={() => setActing(null)}
        onConfirm={async () => {
          await unwrap(api.POST('/api/incidents/{id}/report', { params: { path: { id } }, body: { version: i.version } }));
          await changed();
          toast.success(t('reporting:incident.reportedToast', { to: i.superiorName }));
        }}
      />
      {acting === 'acknowledge' ? (
        <AcknowledgeDialog
          title={t('reporting:ack.incidentTitle', { name })}
          onClose={() => setActing(null)}
          onSubmit={async (reply) => {
            await unwrap(
              api.POST('/api/incidents/{id}/acknowledge', {
                params: { path: { id } },
                body: { version: i.version, ...(reply ? { reply } : {}) },
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
