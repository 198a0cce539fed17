import { Checkbox, DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../app/auth/use-me';
import { FormModal } from '../../app/ui/FormModal';
import { useFormat } from '../../app/ui/format';
import { formatFen } from '../../app/ui/money';
import { businessDate, useServerToday } from '../../app/ui/server-time';
import { useToast } from '../../app/ui/toast';
import { type Holding, useRefreshMoney } from './money-queries';

type Payment = Holding['payments'][number];
interface Values {
  paymentIds: string[];
  period: [Dayjs, Dayjs];
}

/** A cashier hands the receipted payments they hold to finance; the total is the payments' sum. */
export function CreateRemittanceModal({ payments, onClose }: { payments: Payment[]; onClose(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const refresh = useRefreshMoney();
  const [form] = Form.useForm<Values>();
  // One key per opened dialog: a double click, or a retry after a lost answer, makes one batch.
  const [key] = useState(() => crypto.randomUUID());
  const picked: string[] = Form.useWatch('paymentIds', form) ?? [];
  const totalOf = (ids: string[]) => payments.filter((p) => ids.includes(p.paymentId)).reduce((s, p) => s + p.amountFen, 0);
  const required = { required: true, message: t('validation:required') };
  // Not `required`: antd would put aria-required on the checkbox group, which axe refuses.
  const pickOne = { validator: async (_: unknown, v?: string[]) => (v?.length ? undefined : Promise.reject(t('validation:required'))) };
  // the period in the organisation's business days, from the oldest collection to today (when it was taken, not when
  // the cash reached the cashier: a guard's parking cash of yesterday handed over today is yesterday's)
  const zone = useMe().tenant.timeZone;
  const format = useFormat();
  const today = useServerToday();
  const oldest = payments.map((p) => p.collectedAt).sort()[0];

  return (
    <FormModal<Values>
      open
      form={form}
      title={t('money:remittances.create')}
      okText={t('money:remittances.submit')}
      initialValues={{
        paymentIds: payments.map((p) => p.paymentId),
        period: [dayjs(oldest ? businessDate(new Date(oldest), zone) : today), dayjs(today)],
      }}
      onClose={onClose}
      onSubmit={async (v) => {
        const officeId = payments.find((p) => v.paymentIds.includes(p.paymentId))?.officeId ?? '';
        await unwrap(
          api.POST('/api/remittances', {
            headers: { 'idempotency-key': key },
            body: {
              officeId,
              paymentIds: v.paymentIds,
              totalFen: totalOf(v.paymentIds),
              periodFrom: v.period[0].format('YYYY-MM-DD'),
              periodTo: v.period[1].format('YYYY-MM-DD'),
            },
          }),
        );
        await refresh();
        toast.success(t('money:remittances.created'));
      }}
    >
      <Form.Item name="paymentIds" label={t('money:remittances.payments')} rules={[pickOne]}>
        <Checkbox.Group className="money-checks">
          {payments.map((p) => (
            <Checkbox key={p.paymentId} value={p.paymentId}>
              {/* when it was taken, to tick off against the stubs */}
              {p.payer} · {formatFen(p.amountFen)} <span className="muted small">{format.dateTime(p.collectedAt)}</span>
            </Checkbox>
          ))}
        </Checkbox.Group>
      </Form.Item>
      <p className="money-total" aria-live="polite">
        {t('money:cash.total', { amount: formatFen(totalOf(picked)) })}
      </p>
      <Form.Item name="period" label={t('money:period')} rules={[required]}>
        <DatePicker.RangePicker />
      </Form.Item>
    </FormModal>
  );
}
