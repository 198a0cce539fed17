import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../app/auth/use-me';
import { OrgTreeSelect } from '../../app/org-scope/OrgTreeSelect';
import { FormModal } from '../../app/ui/FormModal';
import { useToast } from '../../app/ui/toast';
import { useStaff } from '../users/use-staff';
import { useRefreshMoney } from './money-queries';

interface Values {
  orgId: string;
  cashierId: string;
  reason: string;
}

/** An office head asks finance for a receipt book for one of the office's cashiers. */
export function RequestBookModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const me = useMe();
  const toast = useToast();
  const refresh = useRefreshMoney();
  const [form] = Form.useForm<Values>();
  const orgId = Form.useWatch('orgId', form);
  const users = useStaff(orgId, ['receipts.issue']);
  const required = { required: true, message: t('validation:required') };

  return (
    <FormModal<Values>
      open={open}
      form={form}
      title={t('money:requests.create')}
      okText={t('money:requests.send')}
      initialValues={{ orgId: me.user.orgId }}
      onClose={onClose}
      onSubmit={async (v) => {
        await unwrap(api.POST('/api/book-requests', { body: { ...v, reason: v.reason.trim() } }));
        await refresh();
        toast.success(t('money:requests.sent'));
      }}
    >
      <Form.Item name="orgId" label={t('money:requests.org')} rules={[required]}>
        <OrgTreeSelect onChange={(id) => form.setFieldsValue({ orgId: id, cashierId: undefined })} />
      </Form.Item>
      <Form.Item name="cashierId" label={t('money:books.cashier')} rules={[required]}>
        <Select
          showSearch
          optionFilterProp="label"
          loading={users.isFetching}
          options={(users.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }))}
        />
      </Form.Item>
      <Form.Item name="reason" label={t('common:fields.reason')} rules={[required]}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
