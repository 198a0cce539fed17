import { useQuery } from '@tanstack/react-query';
import { Alert, Checkbox, Form, Input, Select } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { isApiError } from '../../api/problem';
import { errorText } from '../../app/ui/error-text';
import { FormModal } from '../../app/ui/FormModal';
import { formatFen } from '../../app/ui/money';
import { useToast } from '../../app/ui/toast';
import { type Holding, type Receivers, receiversQuery, useRefreshMoney } from './money-queries';
import { PaymentsPicker } from './PaymentsPicker';

interface Values {
  paymentIds: string[];
  toUserId: string;
  withForm: boolean;
  note?: string;
}

/**
 * The holder offers cash to the next person in the office's relay (A7.4.7): the server says who that is
 * (a supervisor for field staff, a cashier for a supervisor) and whether the form must go with the money.
 * `only` narrows the payments offered (the phone's task page hands over one order's cash).
 */
export function HandoverModal({ open, holding, only, onClose }: { open: boolean; holding: Holding; only?: string[]; onClose(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const refresh = useRefreshMoney();
  const [form] = Form.useForm<Values>();
  const payments = only ? holding.payments.filter((p) => only.includes(p.paymentId)) : holding.payments;
  const picked: string[] = Form.useWatch('paymentIds', form) ?? [];
  const officeId = payments[0]?.officeId;
  const receivers = useQuery({ ...receiversQuery(officeId), enabled: open && Boolean(officeId) });
  const relay = receivers.data;
  const hint = relay ? relayHint(t, relay) : null;
  const total = payments.filter((p) => picked.includes(p.paymentId)).reduce((sum, p) => sum + p.amountFen, 0);
  // the form (家政服务表) travels with an order's cash only; the gate's parking cash has none
  const orderCash = payments.some((p) => picked.includes(p.paymentId) && p.orderId !== null);
  const formRequired = Boolean(relay?.formRequired) && orderCash;
  const required = { required: true, message: t('validation:required') };
  // Not `required`: antd would put aria-required on the checkbox group, which axe refuses.
  const pickOne = { validator: async (_: unknown, v?: string[]) => (v?.length ? undefined : Promise.reject(t('validation:required'))) };

  return (
    <FormModal<Values>
      open={open}
      form={form}
      title={t('money:cash.handOver')}
      okText={t('money:cash.offer')}
      initialValues={{ paymentIds: payments.map((p) => p.paymentId), withForm: false }}
      onClose={onClose}
      onSubmit={async (v) => {
        await unwrap(
          api.POST('/api/handovers', {
            body: { paymentIds: v.paymentIds, toUserId: v.toUserId, withForm: v.withForm, note: v.note?.trim() || undefined },
          }),
        );
        await refresh();
        toast.success(t('money:cash.offered'));
      }}
    >
      {hint ? <Alert type="info" showIcon title={hint} className="form-alert" /> : null}
      <Form.Item name="paymentIds" label={t('money:cash.pickPayments')} rules={[pickOne]}>
        <PaymentsPicker payments={payments} />
      </Form.Item>
      <p className="money-total" aria-live="polite">
        {t('money:cash.total', { amount: formatFen(total) })}
      </p>
      <Form.Item name="toUserId" label={t('money:cash.receiver')} rules={[required]}>
        <Select
          showSearch
          optionFilterProp="label"
          loading={receivers.isFetching}
          options={(relay?.items ?? []).map((u) => ({
            value: u.id,
            label: t('money:cash.receiverOption', { name: u.displayName, role: t(`money:cash.roles.${u.role}`) }),
          }))}
        />
      </Form.Item>
      {receivers.isError ? (
        <Alert
          type="warning"
          showIcon
          title={
            isApiError(receivers.error) && receivers.error.status === 403 ? t('money:cash.noReceivers') : errorText(t, receivers.error)
          }
          className="form-alert"
        />
      ) : null}
      {orderCash ? (
        <Form.Item
          name="withForm"
          valuePropName="checked"
          extra={formRequired ? t('money:cash.withFormHelp') : undefined}
          rules={
            formRequired
              ? [
                  {
                    validator: async (_: unknown, v?: boolean) => (v ? undefined : Promise.reject(t('errors:handover.form_required'))),
                  },
                ]
              : []
          }
        >
          <Checkbox>{t('money:cash.withForm')}</Checkbox>
        </Form.Item>
      ) : null}
      <Form.Item name="note" label={t('money:cash.note')}>
        <Input.TextArea rows={2} maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}

/**
 * The office's cash path in words, naming the people it goes to (a nurse's station has no supervisor: her cash goes to
 * the centre's cashier), or null where there is no path to explain (no relay, or a cashier handing to a cashier).
 */
function relayHint(t: TFunction, r: Receivers): string | null {
  if (!r.relay || r.giverRole === 'cashier' || !r.items.length) return null;
  const names = r.items.map((u) => u.displayName).join(t('common:listSeparator'));
  const units = [...new Set(r.items.map((u) => u.orgName))].join(t('common:listSeparator'));
  if (r.giverRole === 'supervisor') return t('money:cash.relayHintCashier', { names, units });
  return r.items[0]!.role === 'supervisor' ? t('money:cash.relayHint', { names }) : t('money:cash.relayHintNoSupervisor', { names, units });
}
