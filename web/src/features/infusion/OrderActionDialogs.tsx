import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { useToast } from '../../app/ui/toast';
import { zodRule } from '../../app/ui/zod-rule';
import { type Order, orderFields, useOrdersChanged } from './order-queries';

/** 审阅 (A5.3): the head's note on the physician's override, recorded once; or 取消: an active order ends, with the reason. */
export function OrderActionDialog({ order, kind, onClose }: { order: Order; kind: 'review' | 'cancel'; onClose(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const changed = useOrdersChanged();
  const [form] = Form.useForm<{ text: string }>();
  const path = { params: { path: { id: order.id } } };

  return (
    <FormModal<{ text: string }>
      open
      form={form}
      title={t(`infusionOrders:${kind}.title`, { number: order.number })}
      okText={t(`infusionOrders:${kind}.ok`)}
      onClose={onClose}
      onSubmit={async (v) => {
        const text = v.text.trim();
        if (kind === 'review') await unwrap(api.POST('/api/infusion/orders/{id}/review-override', { ...path, body: { note: text } }));
        else await unwrap(api.POST('/api/infusion/orders/{id}/cancel', { ...path, body: { reason: text } }));
        await changed();
        toast.success(t(`infusionOrders:${kind}.done`));
      }}
    >
      <p className="muted">{t(`infusionOrders:${kind}.text`)}</p>
      <Form.Item name="text" label={t(`infusionOrders:${kind}.field`)} rules={[zodRule(orderFields.shape.note, t)]}>
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}
