import { Alert, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { isApiError } from '../../api/problem';
import { errorText } from '../../app/ui/error-text';
import { FormModal } from '../../app/ui/FormModal';
import { zodRule } from '../../app/ui/zod-rule';
import { useStaff } from '../users/use-staff';
import { BatchPlan } from './BatchPlan';
import type { BatchResult } from './BatchResultModal';
import { orderFieldSchema } from './order.schemas';
import type { OrderSummary } from './order-model';

interface Values {
  staff: string[];
  staffShortReason?: string;
}

/**
 * Gives the ticked orders of one office to the same staff (A7.3), as the order page's AssignDialog does for
 * one. Orders confirmed for more staff than chosen go only with the reason agreed with the owners (A7.4.2).
 */
export function BatchAssignDialog(props: {
  open: boolean;
  officeId: string;
  go: OrderSummary[];
  skip: OrderSummary[];
  onClose(): void;
  onResult(result: BatchResult): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const staff = useStaff(props.officeId, ['orders.work'], props.open);
  const options = (staff.data?.items ?? []).map((u) => ({
    value: u.id,
    label: u.orgName ? t('common:aside', { text: u.displayName, aside: u.orgName }) : u.displayName,
  }));
  const forbidden = isApiError(staff.error) && staff.error.status === 403;
  const chosen = Form.useWatch('staff', form) ?? [];
  const short = chosen.length ? props.go.filter((o) => o.staffCount !== null && chosen.length < o.staffCount) : [];
  const office = props.go[0]?.officeName ?? '';

  return (
    <FormModal<Values>
      open={props.open}
      form={form}
      title={t('orders:batch.assignTitle', { count: props.go.length })}
      okText={t('orders:actions.assign')}
      onClose={props.onClose}
      onSubmit={async (v) => {
        const result = await unwrap(
          api.POST('/api/orders/batch/assign', {
            body: {
              orders: props.go.map((o) => ({ id: o.id, version: o.version })),
              staff: v.staff,
              ...(short.length && v.staffShortReason ? { staffShortReason: v.staffShortReason.trim() } : {}),
            },
          }),
        );
        props.onResult(result);
      }}
    >
      <p className="muted">{t('orders:batch.assignText', { office })}</p>
      <BatchPlan go={props.go} skip={props.skip} />
      <Form.Item
        name="staff"
        label={t('orders:fields.staff')}
        rules={[{ required: true, type: 'array', min: 1, message: t('orders:validation.staff') }]}
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
      {short.length ? (
        <Form.Item
          name="staffShortReason"
          label={t('orders:batch.shortReason', { count: short.length, chosen: chosen.length })}
          extra={t('orders:batch.shortReasonHelp')}
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
