import { Descriptions, Form, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { formatFen } from '../../app/ui/money';
import { useToast } from '../../app/ui/toast';
import { type Order, PAYMENT_METHODS, type PaymentMethod } from './order-model';
import { useOrderCommand } from './use-order-command';

/**
 * Records the payment. The amount is the order's total and nothing else (A2.4.2.3): shown, not
 * typed. One key per opening of the dialog, so a double click or a retry never pays twice.
 */
export function PayDialog({ order, open, onClose }: { order: Order; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const send = useOrderCommand(order);
  const [form] = Form.useForm<{ method: PaymentMethod }>();
  const [key] = useState(() => crypto.randomUUID());

  return (
    <FormModal<{ method: PaymentMethod }>
      open={open}
      form={form}
      title={t('orders:pay.title', { number: order.number })}
      okText={t('orders:pay.ok', { amount: formatFen(order.totalFen) })}
      initialValues={{ method: 'cash' }}
      onClose={onClose}
      onSubmit={async (v) => {
        await send((version) =>
          api.POST('/api/orders/{id}/pay', {
            params: { path: { id: order.id }, header: { 'idempotency-key': key } },
            body: { version, amountFen: order.totalFen, method: v.method },
          }),
        );
        toast.success(t('orders:pay.done', { amount: formatFen(order.totalFen) }));
      }}
    >
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          {
            key: 'service',
            label: t('orders:fields.serviceFee'),
            children: <span className="money">{formatFen(order.serviceFeeFen)}</span>,
          },
          {
            key: 'material',
            label: t('orders:fields.materialFee'),
            children: <span className="money">{formatFen(order.materialFeeFen)}</span>,
          },
          {
            key: 'total',
            label: t('orders:fields.amountDue'),
            children: <strong className="money pay-amount">{formatFen(order.totalFen)}</strong>,
          },
        ]}
      />
      <p className="muted small pay-note">{t('orders:pay.amountFixed')}</p>
      <Form.Item name="method" label={t('orders:fields.method')} rules={[{ required: true, message: t('validation:required') }]}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          className="pay-methods"
          options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`orders:methods.${m}`) }))}
        />
      </Form.Item>
    </FormModal>
  );
}
