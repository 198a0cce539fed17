import { Checkbox, Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useAbility } from '../../app/auth/use-me';
import { DateTimeInput } from '../../app/ui/DateTimeInput';
import { FormModal } from '../../app/ui/FormModal';
import { formatFen } from '../../app/ui/money';
import { useToast } from '../../app/ui/toast';
import { zodRule } from '../../app/ui/zod-rule';
import { type PickedUnit, residentOf, UnitPicker } from '../estates/UnitPicker';
import { orderFieldSchema } from './order.schemas';
import type { Order } from './order-model';
import { useOrderCommand } from './use-order-command';
import { useQuantityText } from './use-quantity';

interface Values {
  customerPhone: string;
  address: string;
  unitId?: string | null;
  staffCount: number;
  /** Instants (ISO), typed as the organisation's wall-clock time. */
  appointmentStart: string;
  appointmentEnd?: string | null;
  priceAccepted: boolean;
}

/**
 * The owner accepted the price: item, place, owner, number of staff and the appointment are
 * registered on the housekeeping form (A7.4.2).
 */
export function ConfirmOrderDialog({ order, open, onClose }: { order: Order; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const send = useOrderCommand(order);
  const [form] = Form.useForm<Values>();
  const s = orderFieldSchema.shape;
  const readsRegister = useAbility('estates');
  // a unit picked now gives the place, and the phone when none is on the order yet
  const pickUnit = (u: PickedUnit | null) => {
    if (!u) return;
    const phone = residentOf(u)?.phone;
    const fill: Partial<Values> = { address: u.address };
    if (phone && !form.getFieldValue('customerPhone')?.trim()) fill.customerPhone = phone;
    form.setFieldsValue(fill);
    form.validateFields(Object.keys(fill) as (keyof Values)[]).catch(() => undefined);
  };
  const quantity = useQuantityText();

  return (
    <FormModal<Values>
      open={open}
      form={form}
      title={t('orders:confirm.title', { number: order.number })}
      okText={t('orders:actions.confirm')}
      initialValues={{
        customerPhone: order.customerPhone ?? '',
        address: order.address ?? '',
        unitId: order.unitId,
        staffCount: order.staffCount ?? 1,
        appointmentStart: order.appointmentStart ?? undefined,
        appointmentEnd: order.appointmentEnd ?? null,
        priceAccepted: false,
      }}
      onClose={onClose}
      onSubmit={async (v) => {
        await send((version) =>
          api.POST('/api/orders/{id}/confirm', {
            params: { path: { id: order.id } },
            body: {
              version,
              priceAccepted: v.priceAccepted,
              customerPhone: v.customerPhone.trim(),
              address: v.address.trim(),
              // without the register the field is not shown: the order keeps its unit
              ...(readsRegister ? { unitId: v.unitId ?? null } : {}),
              staffCount: v.staffCount,
              appointmentStart: v.appointmentStart,
              ...(v.appointmentEnd ? { appointmentEnd: v.appointmentEnd } : {}),
            },
          }),
        );
        toast.success(t('orders:confirm.done'));
      }}
    >
      <div className="confirm-quote">
        <div className="muted">{t('orders:confirm.quoted')}</div>
        <ul className="plain-list">
          {order.lines.map((l) => (
            <li key={l.lineNo}>
              {l.itemName} × {quantity(l.quantityMilli, l.unit)}
              {l.amountFen !== null ? <span className="money"> · {formatFen(l.amountFen)}</span> : null}
            </li>
          ))}
        </ul>
        <div className="money money-total">{t('orders:confirm.total', { total: formatFen(order.totalFen) })}</div>
      </div>
      <div className="intake-two">
        <Form.Item name="customerPhone" label={t('orders:fields.customerPhone')} rules={[zodRule(s.customerPhone, t)]}>
          <Input inputMode="tel" maxLength={20} autoComplete="off" />
        </Form.Item>
        <Form.Item name="staffCount" label={t('orders:fields.staffCount')} rules={[zodRule(s.staffCount, t)]}>
          {/* no min/max clamping: 0 or 60 is explained by the rule, not silently made 1 or 50 */}
          <InputNumber precision={0} />
        </Form.Item>
      </div>
      {readsRegister ? (
        <Form.Item name="unitId" label={t('estates:picker.label')}>
          <UnitPicker onPick={pickUnit} />
        </Form.Item>
      ) : null}
      <Form.Item name="address" label={t('orders:fields.address')} rules={[zodRule(s.address, t)]}>
        <Input maxLength={200} autoComplete="off" />
      </Form.Item>
      <div className="intake-two">
        <Form.Item
          name="appointmentStart"
          label={t('orders:fields.appointment')}
          rules={[{ required: true, message: t('validation:required') }]}
        >
          <DateTimeInput />
        </Form.Item>
        <Form.Item name="appointmentEnd" label={t('orders:fields.appointmentEnd')}>
          <DateTimeInput className="full-width" />
        </Form.Item>
      </div>
      <Form.Item
        name="priceAccepted"
        valuePropName="checked"
        rules={[
          {
            validator: async (_r, v: boolean) => {
              if (!v) throw new Error(t('errors:order.price_not_accepted'));
            },
          },
        ]}
      >
        <Checkbox>{t('orders:confirm.priceAccepted')}</Checkbox>
      </Form.Item>
    </FormModal>
  );
}
