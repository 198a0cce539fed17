import { useQueryClient } from '@tanstack/react-query';
import { DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { BANK_KEY } from './bank-queries';
import { EstateSelect } from './EstateSelect';

interface Values {
  estateId: string;
  period: Dayjs;
}

/** Exports a batch: the open bills of the month and before of an estate's units with an active mandate. */
export function CreateBatchModal({ open, estateId, onClose }: { open: boolean; estateId?: string | undefined; onClose(): void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
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
        navigate(`/bank-collection/batches/${batch.id}`);
      }}
    >
      <p>{t('bankCollection:batch.help')}</p>
      <Form.Item name="estateId" label={t('bankCollection:fields.estate')} rules={[required]}>
        <EstateSelect />
      </Form.Item>
      <Form.Item name="period" label={t('bankCollection:fields.period')} rules={[required]}>
        <DatePicker picker="month" />
      </Form.Item>
    </FormModal>
  );
}
