import './infusion-consent.css';
import { useQuery } from '@tanstack/react-query';
import { Button, Drawer, Empty, Segmented, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/ui/format';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { useListParams } from '../../app/ui/use-list-params';
import { OutsideSteps } from './OutsideSteps';
import { OUTSIDE_FILTER_STEPS, type OutsideDrug, type OutsideDrugQuery, outsideDrugListQuery, outsideDrugQuery } from './outside-queries';

const FILTERS = ['step'] as const;
type FilterStep = (typeof OUTSIDE_FILTER_STEPS)[number];

/**
 * 外院带药 (A5.5): every drug brought from another hospital with the step it waits for; filtered by that step it is
 * each signer's queue (待药剂审核 for the pharmacist). Each row opens its four steps and the next step's button.
 */
export function OutsideDrugsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useListParams(FILTERS);
  const step = OUTSIDE_FILTER_STEPS.includes(list.filters.step as FilterStep) ? (list.filters.step as FilterStep) : undefined;
  const query: OutsideDrugQuery = { page: list.page, pageSize: list.pageSize, ...(step ? { step } : {}) };
  const items = useQuery(outsideDrugListQuery(query));
  const [openId, setOpenId] = useState<string | null>(null);
  const one = useQuery({ ...outsideDrugQuery(openId ?? ''), enabled: openId !== null });
  const opened = openId !== null && one.data?.id === openId ? one.data : null;
  const waiting = (d: OutsideDrug) =>
    d.step === 'done' ? (
      <Tag className="outside-step-tag outside-done">{t('infusion:outsideSteps.done')}</Tag>
    ) : (
      <Tag className="outside-step-tag outside-waiting">{t(`infusionConsent:outside.queue.${d.step}`)}</Tag>
    );
  return (
    <div className="infusion-outside">
      <PageHeader title={t('infusion:pages.OutsideDrugsPage')} subtitle={t('infusionConsent:outside.subtitle')} />
      <search className="toolbar">
        <Segmented<string>
          aria-label={t('infusionConsent:outside.filter')}
          value={step ?? 'all'}
          onChange={(v) => list.update({ step: v === 'all' ? null : v })}
          options={[
            { value: 'all', label: t('infusionConsent:outside.all') },
            ...OUTSIDE_FILTER_STEPS.map((s) => ({
              value: s,
              label: s === 'done' ? t('infusion:outsideSteps.done') : t(`infusionConsent:outside.queue.${s}`),
            })),
          ]}
        />
      </search>
      {items.isError ? (
        <QueryError error={items.error} onRetry={() => items.refetch()} />
      ) : (
        <ResponsiveTable<OutsideDrug>
          label={t('infusion:pages.OutsideDrugsPage')}
          rowKey="id"
          items={items.data?.items}
          total={items.data?.total ?? 0}
          page={list.page}
          pageSize={list.pageSize}
          loading={items.isFetching}
          empty={<Empty description={t(step ? 'infusionConsent:outside.noMatch' : 'infusionConsent:outside.empty')} />}
          onPageChange={list.onPageChange}
          columns={[
            {
              key: 'patient',
              title: t('infusionConsent:fields.patient'),
              render: (_, d) => <Link to={`/infusion/patients/${d.patientId}`}>{d.patientName}</Link>,
            },
            { key: 'drug', title: t('infusionConsent:fields.drug'), render: (_, d) => `${d.drugName} ${d.drugSpec}` },
            { key: 'hospital', title: t('infusionConsent:fields.hospital'), dataIndex: 'hospital' },
            { key: 'firstDoseOn', title: t('infusionConsent:fields.firstDoseOn'), render: (_, d) => d.firstDose.on },
            { key: 'step', title: t('infusionConsent:fields.step'), render: (_, d) => waiting(d) },
            { key: 'recorded', title: t('infusionConsent:fields.recordedAt'), render: (_, d) => format.dateTime(d.createdAt) },
            {
              key: 'open',
              title: t('infusionConsent:outside.steps'),
              render: (_, d) => (
                <Button
                  onClick={() => setOpenId(d.id)}
                  aria-label={t('infusionConsent:outside.openSteps', { drug: d.drugName, patient: d.patientName })}
                >
                  {t('infusionConsent:outside.steps')}
                </Button>
              ),
            },
          ]}
          renderCard={(d) => (
            <div className="outside-drug-card">
              <div className="record-card-title">
                <Link to={`/infusion/patients/${d.patientId}`}>{d.patientName}</Link>
                {waiting(d)}
              </div>
              <div className="record-card-line">
                {d.drugName} {d.drugSpec} · {d.hospital}
              </div>
              <OutsideSteps drug={d} />
            </div>
          )}
        />
      )}
      <Drawer
        open={openId !== null}
        onClose={() => setOpenId(null)}
        title={opened ? `${opened.patientName} · ${opened.drugName} ${opened.drugSpec}` : ''}
        size={480}
      >
        {opened ? (
          <>
            <p>
              {opened.hospital}
              {opened.prescriptionNo ? ` · ${t('infusionConsent:outside.prescription', { no: opened.prescriptionNo })}` : ''}
            </p>
            <OutsideSteps drug={opened} />
          </>
        ) : null}
      </Drawer>
    </div>
  );
}
