import './cleaning-work.css';
import '../orders/order-forms.css';
import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Skeleton } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useFormat } from '../../app/ui/format';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { HistoryButton } from '../history/HistoryButton';
import { InspectionResults } from './InspectionResults';
import { InspectionStateTag } from './InspectionStateTag';
import { InspectionWalk } from './InspectionWalk';
import { clearDraft } from './inspection-draft';
import { MethodTag, useThresholdText } from './MethodTag';
import { type Inspection, inspectionQuery } from './work-queries';

/** One inspection: its checklist to walk while planned (for its inspector), its results once done. */
export function InspectionPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const inspection = useQuery(inspectionQuery(id));
  const done = inspection.data?.state === 'done';
  // recorded (by this device's resend or another): a draft left behind is of no use any more
  useEffect(() => {
    if (done) clearDraft(id);
  }, [done, id]);

  if (inspection.isPending) return <Skeleton active />;
  if (inspection.isError) return <QueryError error={inspection.error} onRetry={() => inspection.refetch()} />;
  const i = inspection.data;
  const period = i.periodStart === i.periodEnd ? i.periodEnd : `${i.periodStart} ~ ${i.periodEnd}`;

  return (
    <div className="cleaning-work">
      <PageHeader
        title={`${i.estateName} · ${t(`cleaning:areas.${i.area}`)}`}
        subtitle={`${t(`cleaning:levels.${i.level}`)} · ${t('cleaningWork:inspections.dueBy', { date: period })}`}
        extra={<HistoryButton entity="cleaning_inspection" id={i.id} name={`${i.estateName} · ${t(`cleaning:areas.${i.area}`)}`} />}
      />
      <section className="panel cleaning-section" aria-labelledby="inspection-facts">
        <h2 id="inspection-facts" className="card-heading">
          {t('cleaningWork:inspection.facts')} <InspectionStateTag inspection={i} />
        </h2>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 1, md: 2 }}
          items={[
            { key: 'inspector', label: t('cleaningWork:fields.inspector'), children: i.inspectorName },
            { key: 'cleaner', label: t('cleaningWork:fields.cleaner'), children: i.cleanerName },
            {
              key: 'kind',
              label: t('cleaningWork:fields.kind'),
              children: t(i.planId ? 'cleaningWork:inspection.planned' : 'cleaningWork:inspection.spot'),
            },
            ...(i.doneAt ? [{ key: 'done', label: t('cleaningWork:fields.doneAt'), children: format.dateTime(i.doneAt) }] : []),
          ]}
        />
      </section>
      {done ? (
        <InspectionResults inspection={i} />
      ) : i.abilities.record ? (
        <InspectionWalk key={i.id} inspection={i} />
      ) : (
        <Checklist inspection={i} />
      )}
    </div>
  );
}

/** A planned inspection seen by someone who does not record it: what will be checked. */
function Checklist({ inspection }: { inspection: Inspection }) {
  const { t } = useTranslation();
  const thresholdText = useThresholdText();
  return (
    <section className="cleaning-section" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading" className="card-heading">
        {t('cleaningWork:walk.title', { count: inspection.checklist.length })}
      </h2>
      <Alert
        type="info"
        showIcon
        title={t('cleaningWork:inspection.notYours', { name: inspection.inspectorName })}
        className="cleaning-section"
      />
      <ol className="check-list">
        {inspection.checklist.map((c, n) => (
          <li key={c.id} className="check-card" aria-labelledby={`plan-${c.id}`}>
            <div className="check-card-head">
              <h3 id={`plan-${c.id}`} className="check-object">
                {n + 1}. {c.object}
              </h3>
              <MethodTag method={c.method} />
            </div>
            <p className="check-criterion">
              {c.criterion}
              {thresholdText(c) ? ` (${thresholdText(c)})` : ''}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
