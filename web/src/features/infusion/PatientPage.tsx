import './infusion-patients.css';
import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Skeleton, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useFormat } from '../../app/ui/format';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { useToast } from '../../app/ui/toast';
import { HistoryButton } from '../history/HistoryButton';
import { PatientConsents } from './PatientConsents';
import { PatientDialog } from './PatientDialog';
import { EligibilityPanel } from './PatientEligibility';
import { PatientOrders } from './PatientOrders';
import { PatientOutsideDrugs } from './PatientOutsideDrugs';
import { PatientVisits } from './PatientVisits';
import { patientQuery } from './patient-queries';

/**
 * 患者详情: who the patient is and how to reach the family, allergies in red, contraindications, the eligibility
 * verdict with each reason (A5.1); then the patient's physician orders, consent and outside drugs.
 */
export function PatientPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const format = useFormat();
  const { id = '' } = useParams();
  const patient = useQuery(patientQuery(id));
  const [editing, setEditing] = useState(false);

  if (patient.isPending) return <Skeleton active />;
  if (patient.isError) return <QueryError error={patient.error} onRetry={() => patient.refetch()} />;
  const p = patient.data;
  const none = t('infusionPatients:fields.none');
  const family = [p.familyRelation ? t('common:aside', { text: p.familyName, aside: p.familyRelation }) : p.familyName, p.familyPhone]
    .filter(Boolean)
    .join(' ')
    .trim();
  const yesNo = (v: boolean) => t(v ? 'infusionPatients:fields.yes' : 'infusionPatients:fields.no');

  return (
    <div className="infusion-patients">
      <PageHeader
        title={p.name}
        subtitle={`${p.orgName} · ${p.teamName} · ${p.area}`}
        extra={
          <Space wrap>
            {p.active ? null : <Tag className="infusion-tag-off">{t('infusionPatients:patients.inactive')}</Tag>}
            {p.abilities.edit ? (
              <Button type="primary" onClick={() => setEditing(true)} aria-label={t('infusionPatients:patients.editOf', { name: p.name })}>
                {t('common:actions.edit')}
              </Button>
            ) : null}
            <HistoryButton entity="infusion_patient" id={p.id} name={p.name} />
          </Space>
        }
      />
      <section className="panel infusion-section" aria-labelledby="patient-heading">
        <h2 id="patient-heading" className="card-heading">
          {t('infusion:pages.PatientPage')}
        </h2>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 1, md: 2 }}
          items={[
            { key: 'sex', label: t('infusionPatients:fields.sex'), children: t(`infusion:sex.${p.sex}`) },
            {
              key: 'birthDate',
              label: t('infusionPatients:fields.birthDate'),
              children: t('common:aside', { text: p.birthDate, aside: t('infusionPatients:fields.ageValue', { age: p.age }) }),
            },
            { key: 'address', label: t('infusionPatients:fields.address'), children: p.address },
            { key: 'phone', label: t('infusionPatients:fields.phone'), children: p.phone ?? none },
            { key: 'family', label: t('infusionPatients:fields.family'), children: family || none },
            { key: 'mobility', label: t('infusionPatients:fields.mobility'), children: t(`infusion:mobility.${p.mobility}`) },
            { key: 'frail', label: t('infusionPatients:fields.frail'), children: yesNo(p.frail) },
            { key: 'paperwork', label: t('infusionPatients:fields.paperworkComplete'), children: yesNo(p.paperworkComplete) },
            {
              key: 'allergies',
              label: t('infusionPatients:fields.allergies'),
              children: p.allergies ? <span className="infusion-allergies">{p.allergies}</span> : none,
            },
            { key: 'contraindications', label: t('infusionPatients:fields.contraindications'), children: p.contraindications ?? none },
            { key: 'team', label: t('infusionPatients:fields.team'), children: t('common:aside', { text: p.teamName, aside: p.orgName }) },
            { key: 'area', label: t('infusionPatients:fields.area'), children: p.area },
            { key: 'createdAt', label: t('common:fields.createdAt'), children: format.dateTime(p.createdAt) },
          ]}
        />
      </section>
      <EligibilityPanel patient={p} />
      <PatientOrders patientId={p.id} patientName={p.name} />
      <PatientVisits patient={p} />
      <PatientConsents patientId={p.id} />
      <PatientOutsideDrugs patientId={p.id} />
      {editing ? (
        <PatientDialog patient={p} onClose={() => setEditing(false)} onSaved={() => toast.success(t('infusionPatients:patients.saved'))} />
      ) : null}
    </div>
  );
}
