import { Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../app/auth/use-me';
import { OrgTreeSelect } from '../../app/org-scope/OrgTreeSelect';
import { FormModal } from '../../app/ui/FormModal';
import { numberRange } from '../../app/ui/number-range';
import { useToast } from '../../app/ui/toast';
import { useRefreshMoney } from './money-queries';

interface Values {
  orgId: string;
  series: string;
  firstNo: number;
  lastNo: number;
}

/** The custodian puts a new printed book into finance's stock (series and number range). */
export function RegisterBookModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const me = useMe();
  const toast = useToast();
  const refresh = useRefreshMoney();
  const [form] = Form.useForm<Values>();
  const required = { required: true, message: t('validation:required') };
  // a receipt's number as the server takes it; out of range it is refused in words (0 silently became 1)
  const bookNo = numberRange(t, { min: 1, max: 9_999_999 });

  return (
    <FormModal<Values>
      open={open}
      form={form}
      title={t('money:books.register')}
      okText={t('money:books.registerOk')}
      initialValues={{ orgId: me.user.orgId }}
      onClose={onClose}
      onSubmit={async (v) => {
        await unwrap(api.POST('/api/receipt-books', { body: { ...v, series: v.series.trim().toUpperCase() } }));
        await refresh();
        toast.success(t('money:books.registered'));
      }}
    >
      <Form.Item name="orgId" label={t('money:books.financeNode')} rules={[required]}>
        <OrgTreeSelect />
      </Form.Item>
      <Form.Item
        name="series"
        label={t('money:books.series')}
        rules={[required, { pattern: /^[A-Za-z0-9]{1,10}$/, message: t('money:books.seriesRule') }]}
      >
        <Input maxLength={10} autoComplete="off" />
      </Form.Item>
      <Form.Item name="firstNo" label={t('money:books.firstNo')} rules={[required, ...bookNo]}>
        <InputNumber precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="lastNo" label={t('money:books.lastNo')} rules={[required, ...bookNo]}>
        <InputNumber precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
