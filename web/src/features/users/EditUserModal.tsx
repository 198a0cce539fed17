import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { User } from '../../api/types';
import { OrgTreeSelect } from '../../app/org-scope/OrgTreeSelect';
import { FormModal } from '../../app/ui/FormModal';
import { useToast } from '../../app/ui/toast';
import { zodRule } from '../../app/ui/zod-rule';
import { userSchema } from './user.schemas';
import { useRefreshUser } from './user-queries';

interface Values {
  displayName: string;
  phone?: string;
  licenceNo?: string;
  orgId: string;
}

/** Changes a user's name, phone, licence number or node; sends the version seen, so a concurrent change is refused. */
export function EditUserModal({ user, open, onClose }: { user: User; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const refresh = useRefreshUser();
  const [form] = Form.useForm<Values>();
  const s = userSchema.shape;

  return (
    <FormModal<Values>
      open={open}
      form={form}
      title={t('users:edit.title', { name: user.displayName })}
      initialValues={{ displayName: user.displayName, phone: user.phone ?? '', licenceNo: user.licenceNo ?? '', orgId: user.orgId }}
      onClose={onClose}
      onSubmit={async (v) => {
        await unwrap(
          api.PATCH('/api/users/{id}', {
            params: { path: { id: user.id } },
            body: {
              displayName: v.displayName.trim(),
              phone: v.phone?.trim() || null,
              licenceNo: v.licenceNo?.trim() || null,
              ...(v.orgId !== user.orgId ? { orgId: v.orgId } : {}),
              version: user.version,
            },
          }),
        );
        await refresh(user.id);
        toast.success(t('common:saved'));
      }}
    >
      <Form.Item name="displayName" label={t('users:fields.displayName')} rules={[zodRule(s.displayName, t)]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="phone" label={t('users:fields.phone')} rules={[zodRule(s.phone, t)]}>
        <Input maxLength={20} inputMode="tel" />
      </Form.Item>
      <Form.Item
        name="licenceNo"
        label={t('users:fields.licenceNo')}
        rules={[zodRule(s.licenceNo, t)]}
        extra={t('users:fields.licenceNoHelp')}
      >
        <Input maxLength={40} autoComplete="off" spellCheck={false} />
      </Form.Item>
      <Form.Item name="orgId" label={t('users:fields.org')} rules={[zodRule(s.orgId, t)]}>
        <OrgTreeSelect selectable={(o) => o.active} />
      </Form.Item>
    </FormModal>
  );
}
