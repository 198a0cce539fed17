import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { useToast } from '../../app/ui/toast';
import { type Invoice, useRefreshMoney } from './money-queries';

interface Values {
  note?: string;
}

/** The invoice reached the owner: asked once (it cannot be undone), with an optional note of how. */
export function DeliverInvoiceModal({
  invoice,
  onClose,
  onDelivered,
}: {
  invoice: Pick<Invoice, 'id' | 'number'>;
  onClose(): void;
  onDelivered(): Promise<unknown>;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const refresh = useRefreshMoney();
  const [form] = Form.useForm<Values>();

  return (
    <FormModal<Values>
      open
      form={form}
      title={t('money:invoices.deliverTitle', { number: invoice.number })}
      okText={t('money:invoices.deliverOk')}
      onClose={onClose}
      onSubmit={async (v) => {
        const note = v.note?.trim();
        await unwrap(api.POST('/api/invoices/{id}/deliver', { params: { path: { id: invoice.id } }, body: note ? { note } : {} }));
        await Promise.all([refresh(), onDelivered()]);
        toast.success(t('money:invoices.deliveredToast'));
      }}
    >
      <p>{t('money:invoices.deliverText', { number: invoice.number })}</p>
      <Form.Item name="note" label={t('money:invoices.deliverNote')} extra={t('money:invoices.deliverNoteHelp')}>
        <Input.TextArea rows={2} maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}
