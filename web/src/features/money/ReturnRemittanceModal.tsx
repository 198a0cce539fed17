import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { formatFen, yuanToFen } from '../../app/ui/money';
import { useToast } from '../../app/ui/toast';
import { type Remittance, useRefreshMoney } from './money-queries';
import { RemittancePayments } from './RemittancePayments';

/** The field names are the request's, so the server's field errors land on them; the amount is typed in yuan. */
interface Values {
  reason: string;
  countedFen?: string;
}

/** Finance sends the batch back to the cashier (退回) with why, and what it counted if it says; the cash is hers again. */
export function ReturnRemittanceModal({ remittance, onClose }: { remittance: Remittance; onClose(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const refresh = useRefreshMoney();
  const [form] = Form.useForm<Values>();

  return (
    <FormModal<Values>
      open
      form={form}
      title={t('money:remittances.returnTitle', { name: remittance.cashierName, amount: formatFen(remittance.totalFen) })}
      okText={t('money:remittances.return')}
      onClose={onClose}
      onSubmit={async (v) => {
        const counted = v.countedFen?.trim() ? yuanToFen(v.countedFen) : null;
        await unwrap(
          api.POST('/api/remittances/{id}/return', {
            params: { path: { id: remittance.id } },
            body: { reason: v.reason, ...(counted === null ? {} : { countedFen: counted }) },
          }),
        );
        await refresh();
        toast.success(t('money:remittances.returned'));
      }}
    >
      <p>{t('money:remittances.returnText')}</p>
      <RemittancePayments remittance={remittance} />
      <Form.Item
        name="reason"
        label={t('money:remittances.returnReason')}
        rules={[{ required: true, whitespace: true, message: t('validation:required') }]}
      >
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Form.Item
        name="countedFen"
        label={t('money:remittances.returnCounted')}
        rules={[
          { validator: async (_, v?: string) => (!v?.trim() || yuanToFen(v) !== null ? undefined : Promise.reject(t('money:yuanRule'))) },
        ]}
      >
        <Input inputMode="decimal" prefix="¥" autoComplete="off" />
      </Form.Item>
    </FormModal>
  );
}
