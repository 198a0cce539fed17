import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { formatFen, yuanToFen } from '../../app/ui/money';
import { useToast } from '../../app/ui/toast';
import { type Remittance, useRefreshMoney } from './money-queries';
import { RemittancePayments } from './RemittancePayments';

interface Values {
  received: string;
}

/** Finance types the amount it counted; the server refuses a difference (shown in the dialog). */
export function ConfirmRemittanceModal({ remittance, onClose }: { remittance: Remittance; onClose(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const refresh = useRefreshMoney();
  const [form] = Form.useForm<Values>();

  return (
    <FormModal<Values>
      open
      form={form}
      title={t('money:remittances.confirmTitle', { name: remittance.cashierName, amount: formatFen(remittance.totalFen) })}
      okText={t('money:remittances.confirm')}
      onClose={onClose}
      onSubmit={async (v) => {
        await unwrap(
          api.POST('/api/remittances/{id}/confirm', {
            params: { path: { id: remittance.id } },
            body: { receivedFen: yuanToFen(v.received) ?? 0 },
          }),
        );
        await refresh();
        toast.success(t('money:remittances.confirmed'));
      }}
    >
      <p>{t('money:remittances.confirmText')}</p>
      <RemittancePayments remittance={remittance} />
      <Form.Item
        name="received"
        label={t('money:remittances.counted')}
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
