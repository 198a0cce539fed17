import { useQueryClient } from '@tanstack/react-query';
import { DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { useToast } from '../../app/ui/toast';
import { BatchPreview } from './BatchPreview';
import { BANK_KEY } from './bank-queries';
import { EstateSelect } from './EstateSelect';

interface Values {
  estateId: string;
  period: Dayjs;
}

/**
 * Exports a batch: the open bills of the month and before of an estate's units with an active mandate, less those whose
 * adjustment awaits approval, which the dialog names before the export.
 */
export function CreateBatchModal({ open, estateId, onClose }: { open: boolean; estateId?: string | undefined; onClose(): void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const toast = useToast();
  const [form] = Form.useForm<Values>();
  const chosenEstate = Form.useWatch('estateId', form);
  const chosenPeriod = Form.useWatch('period', form);
  const required = { required: true, message: t('validation:required') };
  return (
    <FormModal<Values>
      open={open}
      title={t('bankCollection:batch.new')}
      okText={t('bankCollection:batch.create')}
      form={form}
      initialValues={{ estateId, period: dayjs().subtract(1, 'month') }}
      onClose={onClose}
      onSubmit={async (v) => {
        const batch = await unwrap(api.POST('/api/bank-batches', { body: { estateId: v.estateId, period: v.period.format('YYYY-MM') } }));
        await client.invalidateQueries({ queryKey: BANK_KEY });
        // the server holds out what awaits approval even when it was asked for after the dialog's preview
        if (batch.heldOut.length)
          toast.success(t('bankCollection:batch.exportedHeldOut', { number: batch.number, count: batch.heldOut.length }));
        navigate(`/bank-collection/batches/${batch.id}`);
      }}
    >
      <p>{t('bankCollection:batch.help')}</p>
      <Form.Item name="estateId" label={t('bankCollection:fields.estate')} rules={[required]}>
        <EstateSelect />
      </Form.Item>
      <Form.Item name="period" label={t('bankCollection:fields.period')} rules={[required]}>
        <DatePicker
          picker="month"
          // a month typed in full is taken at once, so the preview below follows it: the picker itself hands a typed
          // month to the form only when the field loses focus
          onCalendarChange={(month) => {
            if (dayjs.isDayjs(month) && month.isValid()) form.setFieldValue('period', month);
          }}
        />
      </Form.Item>
      {open && chosenEstate && chosenPeriod ? <BatchPreview estateId={chosenEstate} period={chosenPeriod.format('YYYY-MM')} /> : null}
    </FormModal>
  );
}
