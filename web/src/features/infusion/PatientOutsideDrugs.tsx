import './infusion-consent.css';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAbility } from '../../app/auth/use-me';
import { QueryError } from '../../app/ui/QueryError';
import { FirstDoseDialog } from './OutsideStepDialogs';
import { OutsideSteps } from './OutsideSteps';
import { outsideDrugListQuery } from './outside-queries';

/**
 * 外院带药 on the patient page (A5.5): each drug the patient brought from another hospital with its four signed
 * steps, and 登记外院首剂 for whoever records first doses.
 */
export function PatientOutsideDrugs({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const canRecord = useAbility('infusionFirstDose');
  const drugs = useQuery(outsideDrugListQuery({ patientId, pageSize: 100 }));
  const [recording, setRecording] = useState(false);
  const items = drugs.data?.items ?? [];
  return (
    <Card
      title={t('infusionConsent:outside.section')}
      loading={drugs.isLoading}
      extra={canRecord ? <Button onClick={() => setRecording(true)}>{t('infusionConsent:outside.firstDose')}</Button> : null}
    >
      {drugs.isError ? <QueryError error={drugs.error} onRetry={() => drugs.refetch()} /> : null}
      {drugs.data && items.length === 0 ? <Empty description={t('infusionConsent:outside.none')} /> : null}
      {items.map((d) => (
        <section key={d.id} className="outside-drug-card" aria-label={`${d.drugName} ${d.drugSpec}`}>
          <h3>
            {d.drugName} {d.drugSpec} · {d.hospital}
            {d.prescriptionNo ? ` · ${t('infusionConsent:outside.prescription', { no: d.prescriptionNo })}` : ''}
          </h3>
          <OutsideSteps drug={d} />
        </section>
      ))}
      <FirstDoseDialog patientId={patientId} open={recording} onClose={() => setRecording(false)} />
    </Card>
  );
}
