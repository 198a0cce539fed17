import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { useToast } from '../../app/ui/toast';
import { DetailFields, type DetailValues, detailsToSend } from './DetailFields';
import type { Order } from './order-model';
import { useOrderCommand } from './use-order-command';

type Values = { details?: DetailValues };

/**
 * Finishing an order whose type asks for something at the end (a repair's cause and the repair done): the
 * fields come from the type's list, filled with what the order already holds; the server refuses without them.
 */
export function FinishDialog({ order, open, onClose }: { order: Order; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const send = useOrderCommand(order);
  const [form] = Form.useForm<Values>();
  const fields = order.typeDef.fields;

  return (
    <FormModal<Values>
      open={open}
      form={form}
      title={t('orders:finishDetails.title', { number: order.number })}
      okText={t('orders:actions.finish')}
      initialValues={{ details: order.details }}
      onClose={onClose}
      onSubmit={async (v) => {
        const details = detailsToSend(fields, 'finish', v.details);
        await send((version) => api.POST('/api/orders/{id}/finish', { params: { path: { id: order.id } }, body: { version, details } }));
        toast.success(t('orders:steps.finish.done'));
      }}
    >
      <p className="muted">{t('orders:finishDetails.text')}</p>
      <DetailFields type={order.type} fields={fields} step="finish" />
    </FormModal>
  );
}
