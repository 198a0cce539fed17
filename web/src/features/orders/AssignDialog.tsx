import { Alert, Form, Input, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { isApiError } from '../../api/problem';
import { errorText } from '../../app/ui/error-text';
import { FormModal } from '../../app/ui/FormModal';
import { useToast } from '../../app/ui/toast';
import { zodRule } from '../../app/ui/zod-rule';
import { useStaff } from '../users/use-staff';
import { orderFieldSchema } from './order.schemas';
import type { Order } from './order-model';
import { useOrderCommand } from './use-order-command';

interface Values {
  staff: string[];
  staffShortReason?: string;
  emergency?: boolean;
  /** where the server's refusals of them land too (details.emergencyReason) */
  details?: { emergencyReason?: string; outsideHelper?: string };
}

/**
 * Gives the order to one or more staff of its office (A7.3); staff taken off are kept as former staff.
 * Choosing fewer than the owner confirmed asks for the reason agreed with the owner (A7.4.2), as the server does.
 * For a type with emergency dispatch (GPS, A4.7) a switch lets the manager send anyone active of the company, or
 * an outside person, with the reason; the server refuses either without it.
 */
export function AssignDialog({ order, open, onClose }: { order: Order; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const send = useOrderCommand(order);
  const [form] = Form.useForm<Values>();
  const canEmergency = order.typeDef.emergencyDispatch;
  const emergency = (Form.useWatch('emergency', form) ?? false) && canEmergency;
  const staff = useStaff(order.officeId, ['orders.work'], open, emergency ? 'all' : 'node');
  const current = order.staff.map((s) => ({ value: s.userId, label: s.displayName }));
  const options = [
    ...current.filter((c) => !staff.data?.items.some((u) => u.id === c.value)),
    ...(staff.data?.items ?? []).map((u) => ({
      value: u.id,
      label: u.orgName ? t('common:aside', { text: u.displayName, aside: u.orgName }) : u.displayName,
    })),
  ];
  const forbidden = isApiError(staff.error) && staff.error.status === 403;
  const chosen = Form.useWatch('staff', form) ?? [];
  const outsider = Boolean(Form.useWatch(['details', 'outsideHelper'], form)?.trim());
  const short = order.staffCount !== null && chosen.length > 0 && chosen.length < order.staffCount;
  const text = (key: string) => t(`orders:details.${order.type}.${key}`);

  return (
    <FormModal<Values>
      open={open}
      form={form}
      title={t('orders:assign.title', { number: order.number })}
      okText={t('orders:actions.assign')}
      initialValues={{
        staff: order.staff.map((s) => s.userId),
        staffShortReason: order.staffShortReason ?? undefined,
        emergency: canEmergency && Boolean(order.details.emergencyReason),
        details: {
          emergencyReason: typeof order.details.emergencyReason === 'string' ? order.details.emergencyReason : undefined,
          outsideHelper: typeof order.details.outsideHelper === 'string' ? order.details.outsideHelper : undefined,
        },
      }}
      onClose={onClose}
      onSubmit={async (v) => {
        // leaving emergency dispatch clears its reason and outside person
        const details = canEmergency
          ? {
              emergencyReason: (v.emergency && v.details?.emergencyReason?.trim()) || '',
              outsideHelper: (v.emergency && v.details?.outsideHelper?.trim()) || '',
            }
          : undefined;
        const next = await send((version) =>
          api.POST('/api/orders/{id}/assign', {
            params: { path: { id: order.id } },
            body: {
              version,
              staff: v.staff ?? [],
              ...(short && v.staffShortReason ? { staffShortReason: v.staffShortReason.trim() } : {}),
              ...(details ? { details } : {}),
            },
          }),
        );
        const names = [
          ...next.staff.map((s) => s.displayName),
          ...(outsider && v.details?.outsideHelper ? [v.details.outsideHelper.trim()] : []),
        ];
        toast.success(t('orders:assign.done', { names: names.join(t('common:listSeparator')) }));
      }}
    >
      <p className="muted">
        {emergency ? t('orders:assign.emergencyText') : t('orders:assign.text', { office: order.officeName, count: order.staffCount ?? 1 })}
      </p>
      {canEmergency ? (
        <Form.Item name="emergency" label={t('orders:assign.emergency')} valuePropName="checked" extra={t('orders:assign.emergencyHelp')}>
          <Switch />
        </Form.Item>
      ) : null}
      <Form.Item
        name="staff"
        label={t('orders:fields.staff')}
        rules={emergency && outsider ? [] : [{ required: true, type: 'array', min: 1, message: t('orders:validation.staff') }]}
      >
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          loading={staff.isFetching}
          options={options}
          placeholder={t('orders:assign.placeholder')}
          notFoundContent={t('orders:assign.none')}
        />
      </Form.Item>
      {emergency ? (
        <>
          <Form.Item name={['details', 'outsideHelper']} label={text('outsideHelper')} extra={text('outsideHelperHelp')}>
            <Input maxLength={100} autoComplete="off" />
          </Form.Item>
          <Form.Item
            name={['details', 'emergencyReason']}
            label={text('emergencyReason')}
            extra={text('emergencyReasonHelp')}
            rules={[{ required: true, whitespace: true, message: t('validation:required') }]}
          >
            <Input.TextArea rows={2} maxLength={300} showCount />
          </Form.Item>
        </>
      ) : null}
      {short ? (
        <Form.Item
          name="staffShortReason"
          label={t('orders:assign.shortReason', { chosen: chosen.length, count: order.staffCount })}
          extra={t('orders:assign.shortReasonHelp')}
          rules={[zodRule(orderFieldSchema.shape.reason, t)]}
        >
          <Input.TextArea rows={2} maxLength={500} showCount />
        </Form.Item>
      ) : null}
      {staff.isError ? (
        <Alert type="warning" showIcon title={forbidden ? t('orders:assign.cannotListStaff') : errorText(t, staff.error)} />
      ) : null}
    </FormModal>
  );
}
