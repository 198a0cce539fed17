import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { formatFen, yuanToFen } from '../../app/ui/money';
import { useServerToday } from '../../app/ui/server-time';
import { useToast } from '../../app/ui/toast';
import { type Invoice, useRefreshMoney } from './money-queries';

export const INVOICE_KINDS: readonly Invoice['kind'][] = ['vat_general', 'vat_special', 'other'];

interface Values {
  number: string;
  kind: Invoice['kind'];
  date: Dayjs;
  /** typed yuan; named as the API field so the server's amount refusal lands on it */
  amountFen: string;
}

/**
 * The cashier copies the paper invoice: number, type, date and the amount printed on it. The server
 * checks the amount against the order total, or a monthly statement's amount (A7.4.8); its refusals land on their fields.
 */
export function RecordInvoiceModal({
  order,
  statement,
  onClose,
  onRecorded,
}: {
  /** The order invoiced, or — with `statement` — the monthly statement (its label as the number, its amount as the total). */
  order: { id: string; number: string; totalFen: number };
  statement?: boolean;
  onClose(): void;
  onRecorded(): Promise<unknown>;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const refresh = useRefreshMoney();
  const today = dayjs(useServerToday());
  const [form] = Form.useForm<Values>();

  return (
    <FormModal<Values>
      open
      form={form}
      title={t(statement ? 'money:invoices.recordStatementTitle' : 'money:invoices.recordTitle', { order: order.number })}
      okText={t('money:invoices.record')}
      initialValues={{ kind: 'vat_general', date: today }}
      onClose={onClose}
      onSubmit={async (v) => {
        const body = { number: v.number.trim(), kind: v.kind, date: v.date.format('YYYY-MM-DD'), amountFen: yuanToFen(v.amountFen) ?? 0 };
        const params = { path: { id: order.id } };
        await unwrap(
          statement ? api.POST('/api/statements/{id}/invoice', { params, body }) : api.POST('/api/orders/{id}/invoice', { params, body }),
        );
        await Promise.all([refresh(), onRecorded()]);
        toast.success(t('money:invoices.recorded'));
      }}
    >
      <p>{t('money:invoices.recordText')}</p>
      <Form.Item
        name="number"
        label={t('money:invoices.fields.number')}
        rules={[
          { required: true, whitespace: true, message: t('validation:required') },
          { min: 4, max: 30, transform: (v: string) => v?.trim(), message: t('money:invoices.numberRule') },
        ]}
      >
        <Input autoComplete="off" maxLength={30} />
      </Form.Item>
      <Form.Item name="kind" label={t('money:invoices.fields.kind')} rules={[{ required: true, message: t('validation:required') }]}>
        <Select options={INVOICE_KINDS.map((k) => ({ value: k, label: t(`money:invoices.kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item name="date" label={t('money:invoices.fields.date')} rules={[{ required: true, message: t('validation:required') }]}>
        <DatePicker style={{ width: '100%' }} allowClear={false} disabledDate={(d) => d.isAfter(today, 'day')} />
      </Form.Item>
      <Form.Item
        name="amountFen"
        label={t('money:invoices.fields.amount')}
        extra={t(statement ? 'money:invoices.amountHintStatement' : 'money:invoices.amountHint', { total: formatFen(order.totalFen) })}
        rules={[
          { required: true, message: t('validation:required') },
          { validator: async (_, v: string) => (!v || yuanToFen(v) !== null ? undefined : Promise.reject(t('money:yuanRule'))) },
        ]}
      >
        <Input inputMode="decimal" prefix="¥" autoComplete="off" />
      </Form.Item>
    </FormModal>
  );
}
