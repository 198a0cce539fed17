import { Alert, Checkbox, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { isApiError } from '../../api/problem';
import { useMe } from '../../app/auth/use-me';
import { errorText } from '../../app/ui/error-text';
import { FormModal } from '../../app/ui/FormModal';
import { useToast } from '../../app/ui/toast';
import { useStaff } from '../users/use-staff';
import { formatFen } from './money-format';
import { type Holding, useRefreshMoney } from './money-queries';

interface Values {
  paymentIds: string[];
  toUserId: string;
  note?: string;
}

/** The holder offers cash to a supervisor or cashier of the office; it moves when they confirm. */
export function HandoverModal({ open, holding, onClose }: { open: boolean; holding: Holding; onClose(): void }) {
  const { t } = useTranslation();
  const me = useMe();
  const toast = useToast();
  const refresh = useRefreshMoney();
  const [form] = Form.useForm<Values>();
  const picked: string[] = Form.useWatch('paymentIds', form) ?? [];
  const officeId = holding.payments[0]?.officeId;
  // Cash goes to whoever supervises the work or keeps the office's till.
  const users = useStaff(officeId, ['orders.assign', 'receipts.issue'], open);
  const total = holding.payments.filter((p) => picked.includes(p.paymentId)).reduce((sum, p) => sum + p.amountFen, 0);
  const required = { required: true, message: t('validation:required') };
  // Not `required`: antd would put aria-required on the checkbox group, which axe refuses.
  const pickOne = { validator: async (_: unknown, v?: string[]) => (v?.length ? undefined : Promise.reject(t('validation:required'))) };

  return (
    <FormModal<Values>
      open={open}
      form={form}
      title={t('money:cash.handOver')}
      okText={t('money:cash.offer')}
      initialValues={{ paymentIds: holding.payments.map((p) => p.paymentId) }}
      onClose={onClose}
      onSubmit={async (v) => {
        await unwrap(api.POST('/api/handovers', { body: { ...v, note: v.note?.trim() || undefined } }));
        await refresh();
        toast.success(t('money:cash.offered'));
      }}
    >
      <Form.Item name="paymentIds" label={t('money:cash.pickPayments')} rules={[pickOne]}>
        <Checkbox.Group className="money-checks">
          {holding.payments.map((p) => (
            <Checkbox key={p.paymentId} value={p.paymentId}>
              {p.payer} · {formatFen(p.amountFen)}
            </Checkbox>
          ))}
        </Checkbox.Group>
      </Form.Item>
      <p className="money-total" aria-live="polite">
        {t('money:cash.total', { amount: formatFen(total) })}
      </p>
      <Form.Item name="toUserId" label={t('money:cash.receiver')} rules={[required]}>
        <Select
          showSearch
          optionFilterProp="label"
          loading={users.isFetching}
          options={(users.data?.items ?? []).filter((u) => u.id !== me.user.id).map((u) => ({ value: u.id, label: u.displayName }))}
        />
      </Form.Item>
      {users.isError ? (
        <Alert
          type="warning"
          showIcon
          title={isApiError(users.error) && users.error.status === 403 ? t('money:cash.noReceivers') : errorText(t, users.error)}
          className="form-alert"
        />
      ) : null}
      <Form.Item name="note" label={t('money:cash.note')}>
        <Input.TextArea rows={2} maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}
