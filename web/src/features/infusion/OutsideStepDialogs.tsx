import { useQuery } from '@tanstack/react-query';
import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { drugChoicesQuery, type OutsideDrug, useOutsideChanged } from './outside-queries';

interface FirstDoseValues {
  drugId: string;
  hospital: string;
  prescriptionNo?: string;
  firstDoseOn: Dayjs;
  note?: string;
}

/** 登记外院首剂 (A5.5, step 1): the drug of the centre's catalogue, the other hospital and the day of its first dose there. */
export function FirstDoseDialog({ patientId, open, onClose }: { patientId: string; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FirstDoseValues>();
  const changed = useOutsideChanged();
  const drugs = useQuery({ ...drugChoicesQuery(patientId), enabled: open });
  return (
    <FormModal<FirstDoseValues>
      open={open}
      title={t('infusionConsent:outside.firstDose')}
      okText={t('infusionConsent:outside.firstDose')}
      form={form}
      initialValues={{ note: t('infusionConsent:outside.firstDoseNoteDefault') }}
      onClose={onClose}
      onSubmit={async (v) => {
        await unwrap(
          api.POST('/api/infusion/outside-drugs', {
            body: {
              patientId,
              drugId: v.drugId,
              hospital: v.hospital.trim(),
              ...(v.prescriptionNo?.trim() ? { prescriptionNo: v.prescriptionNo.trim() } : {}),
              firstDoseOn: v.firstDoseOn.format('YYYY-MM-DD'),
              ...(v.note?.trim() ? { note: v.note.trim() } : {}),
            },
          }),
        );
        await changed();
      }}
    >
      <Form.Item
        name="drugId"
        label={t('infusionConsent:fields.drug')}
        rules={[{ required: true, message: t('infusionConsent:fields.drugRequired') }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={drugs.isLoading}
          options={(drugs.data ?? []).map((d) => ({ value: d.id, label: `${d.name} ${d.spec}` }))}
        />
      </Form.Item>
      <Form.Item
        name="hospital"
        label={t('infusionConsent:fields.hospital')}
        rules={[{ required: true, whitespace: true, message: t('infusionConsent:fields.hospitalRequired') }, { max: 100 }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="prescriptionNo" label={t('infusionConsent:fields.prescriptionNo')} rules={[{ max: 40 }]}>
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item
        name="firstDoseOn"
        label={t('infusionConsent:fields.firstDoseOn')}
        rules={[{ required: true, message: t('infusionConsent:fields.firstDoseOnRequired') }]}
      >
        <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item name="note" label={t('infusionConsent:fields.firstDoseNote')} rules={[{ max: 500 }]}>
        <Input.TextArea maxLength={500} autoSize={{ minRows: 2 }} />
      </Form.Item>
    </FormModal>
  );
}

/** 全科医生核对 (A5.5, step 2): the GP checked the other hospital's prescription, in the outpatient record. */
export function GpCheckDialog({ drug, open, onClose }: { drug: OutsideDrug; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ outpatientRecordNo: string; note?: string }>();
  const changed = useOutsideChanged();
  return (
    <FormModal<{ outpatientRecordNo: string; note?: string }>
      open={open}
      title={t('infusionConsent:outside.gpCheck')}
      okText={t('infusionConsent:outside.sign')}
      form={form}
      onClose={onClose}
      onSubmit={async (v) => {
        await unwrap(
          api.POST('/api/infusion/outside-drugs/{id}/gp-check', {
            params: { path: { id: drug.id } },
            body: {
              version: drug.version,
              outpatientRecordNo: v.outpatientRecordNo.trim(),
              ...(v.note?.trim() ? { note: v.note.trim() } : {}),
            },
          }),
        );
        await changed();
      }}
    >
      <p>{t('infusionConsent:outside.gpCheckText', { drug: drug.drugName, hospital: drug.hospital })}</p>
      <Form.Item
        name="outpatientRecordNo"
        label={t('infusionConsent:fields.outpatientRecordNo')}
        rules={[{ required: true, whitespace: true, message: t('infusionConsent:fields.outpatientRecordNoRequired') }, { max: 40 }]}
      >
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item name="note" label={t('infusionConsent:fields.note')} rules={[{ max: 500 }]}>
        <Input.TextArea maxLength={500} autoSize={{ minRows: 2 }} />
      </Form.Item>
    </FormModal>
  );
}

/** 药剂审核 (A5.5, step 3): the centre's pharmacist reviewed the drug; the physician's order is next. */
export function PharmacistReviewDialog({ drug, open, onClose }: { drug: OutsideDrug; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note?: string }>();
  const changed = useOutsideChanged();
  return (
    <FormModal<{ note?: string }>
      open={open}
      title={t('infusionConsent:outside.pharmacistReview')}
      okText={t('infusionConsent:outside.sign')}
      form={form}
      onClose={onClose}
      onSubmit={async (v) => {
        await unwrap(
          api.POST('/api/infusion/outside-drugs/{id}/pharmacist-review', {
            params: { path: { id: drug.id } },
            body: { version: drug.version, ...(v.note?.trim() ? { note: v.note.trim() } : {}) },
          }),
        );
        await changed();
      }}
    >
      <p>{t('infusionConsent:outside.pharmacistText', { drug: `${drug.drugName} ${drug.drugSpec}`, hospital: drug.hospital })}</p>
      <Form.Item name="note" label={t('infusionConsent:fields.note')} rules={[{ max: 500 }]}>
        <Input.TextArea maxLength={500} autoSize={{ minRows: 2 }} />
      </Form.Item>
    </FormModal>
  );
}
