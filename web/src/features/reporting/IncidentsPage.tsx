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
import { IncidentDialog } from './IncidentDialog';
import { IncidentStateTag, RpTag } from './ReportingTags';
import { INCIDENT_STATES, type Incident, incidentListQuery } from './reporting-queries';

const FILTERS = ['state'] as const;

/** 突发事件 (A1.3): the stations' urgent incidents, latest first, with where each stands; 登记突发事件 for the duty staff. */
export function IncidentsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const navigate = useNavigate();
  const list = useListParams(FILTERS, {});
  const state = INCIDENT_STATES.find((s) => s === list.filters.state);
  const incidents = useQuery(incidentListQuery(state ? { state } : {}));
  const [creating, setCreating] = useState(false);
  const stations = (incidents.data?.stations ?? []).filter((s) => s.mayRecord);
  const title = (i: Incident) => (
    <Link to={`/workstation/incidents/${i.id}`}>
      {t(`reporting:incidentKind.${i.kind}`)} · {i.place}
    </Link>
  );
  const late = (i: Incident) => (i.late ? <RpTag tone="bad">{t('reporting:incident.lateShort')}</RpTag> : null);

  return (
    <div className="reporting">
      <PageHeader
        title={t('reporting:incidents.title')}
        subtitle={t('reporting:incidents.subtitle')}
        extra={
          stations.length ? (
            <Button type="primary" danger icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('reporting:incident.new')}
            </Button>
          ) : null
        }
      />
      <search className="toolbar">
        <Select
          aria-label={t('reporting:fields.state')}
          placeholder={t('reporting:fields.state')}
          allowClear
          value={state}
          onChange={(v) => list.update({ state: v ?? null })}
          options={INCIDENT_STATES.map((s) => ({ value: s, label: t(`reporting:incidentState.${s}`) }))}
        />
      </search>
      {incidents.isError ? (
        <QueryError error={incidents.error} onRetry={() => incidents.refetch()} />
      ) : (
        <ResponsiveTable<Incident>
          label={t('reporting:incidents.title')}
          rowKey="id"
          items={incidents.data?.items}
          total={incidents.data?.items.length ?? 0}
          whole
          loading={incidents.isFetching}
          empty={<Empty description={t('reporting:incidents.empty')} />}
          onTableChange={list.onTableChange}
          columns={[
            { key: 'occurredAt', title: t('reporting:fields.occurredAt'), render: (_, i) => format.dateTime(i.occurredAt) },
            { key: 'title', title: t('reporting:fields.incident'), render: (_, i) => title(i) },
            { key: 'org', title: t('reporting:fields.station'), render: (_, i) => i.orgName },
            {
              key: 'reportedAt',
              title: t('reporting:fields.reportedAt'),
              render: (_, i) => (
                <>
                  {i.reportedAt ? format.dateTime(i.reportedAt) : '—'} {late(i)}
                </>
              ),
            },
            { key: 'state', title: t('reporting:fields.state'), render: (_, i) => <IncidentStateTag state={i.state} /> },
          ]}
          renderCard={(i) => (
            <div>
              <div className="record-card-title">{title(i)}</div>
              <div className="record-card-line">
                {format.dateTime(i.occurredAt)} · <IncidentStateTag state={i.state} /> {late(i)}
              </div>
              <div className="record-card-line">{i.orgName}</div>
            </div>
          )}
        />
      )}
      {creating ? (
        <IncidentDialog
          stations={stations}
          onClose={() => setCreating(false)}
          onSaved={(i) => {
            setCreating(false);
            toast.success(
              t(i.reportedAt ? 'reporting:incident.reportedToast' : 'reporting:incident.recordedToast', { to: i.superiorName }),
            );
            navigate(`/workstation/incidents/${i.id}`);
          }}
        />
      ) : null}
    </div>
  );
}
