import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { useToast } from '../../app/ui/toast';
import { zodRule } from '../../app/ui/zod-rule';
import { orderFieldSchema } from './order.schemas';
import type { Order } from './order-model';
import { partyContext } from './party';
import { useOrderCommand } from './use-order-command';

type Kind = 'reject' | 'cancel';

/**
 * A step that needs a reason: the owner is not satisfied (rework, the round is kept with the reason,
 * A7.4.6), or the order is cancelled before completion (X1: cancelled with a reason, never deleted).
 */
export function ReasonDialog({ order, kind, open, onClose }: { order: Order; kind: Kind; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const send = useOrderCommand(order);
  const [form] = Form.useForm<{ reason: string }>();

  return (
    <FormModal<{ reason: string }>
      open={open}
      form={form}
      title={t(`orders:${kind}.title`, { number: order.number, ...partyContext(order.typeDef) })}
      okText={t(`orders:${kind}.ok`)}
      onClose={onClose}
      onSubmit={async (v) => {
        const reason = v.reason.trim();
        await send((version) =>
          kind === 'reject'
            ? api.POST('/api/orders/{id}/reject', { params: { path: { id: order.id } }, body: { version, reason } })
            : api.POST('/api/orders/{id}/cancel', { params: { path: { id: order.id } }, body: { version, reason } }),
        );
        toast.success(t(`orders:${kind}.done`));
      }}
    >
      <p className="muted">{t(`orders:${kind}.text`, partyContext(order.typeDef))}</p>
      <Form.Item name="reason" label={t(`orders:${kind}.reason`)} rules={[zodRule(orderFieldSchema.shape.reason, t)]}>
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}
