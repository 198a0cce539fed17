import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { OrgTreeSelect } from '../../app/org-scope/OrgTreeSelect';
import { FormModal } from '../../app/ui/FormModal';
import { useToast } from '../../app/ui/toast';
import { zodRule } from '../../app/ui/zod-rule';
import { userSchema } from './user.schemas';
import { useRefreshUser } from './user-queries';

interface Values {
  username: string;
  displayName: string;
  phone?: string;
  licenceNo?: string;
  orgId: string;
  password: string;
}

/** Creates a user at a node; they are asked to choose their own password at first sign-in. */
export function CreateUserModal(props: { open: boolean; defaultOrgId?: string; onClose(): void; onCreated(id: string): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const refresh = useRefreshUser();
  const [form] = Form.useForm<Values>();
  const s = userSchema.shape;

  return (
    <FormModal<Values>
      open={props.open}
      form={form}
      title={t('users:create.title')}
      okText={t('common:actions.create')}
      initialValues={{ orgId: props.defaultOrgId }}
      onClose={props.onClose}
      onSubmit={async (v) => {
        const created = await unwrap(
          api.POST('/api/users', {
            body: {
              username: v.username.trim(),
              displayName: v.displayName.trim(),
              phone: v.phone?.trim() || null,
              licenceNo: v.licenceNo?.trim() || null,
              orgId: v.orgId,
              password: v.password,
            },
          }),
        );
        await refresh();
        toast.success(t('users:create.done', { name: created.displayName }));
        props.onCreated(created.id);
      }}
    >
      <Form.Item
        name="displayName"
        label={t('users:fields.displayName')}
        rules={[zodRule(s.displayName, t)]}
        extra={t('users:fields.displayNameHelp')}
      >
        <Input maxLength={100} autoComplete="off" />
      </Form.Item>
      <Form.Item name="username" label={t('users:fields.username')} rules={[zodRule(s.username, t)]} extra={t('users:fields.usernameHelp')}>
        <Input maxLength={40} autoComplete="off" autoCapitalize="off" spellCheck={false} />
      </Form.Item>
      <Form.Item name="phone" label={t('users:fields.phone')} rules={[zodRule(s.phone, t)]}>
        <Input maxLength={20} inputMode="tel" autoComplete="off" />
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
      <Form.Item
        name="password"
        label={t('users:fields.initialPassword')}
        rules={[zodRule(s.password, t)]}
        extra={t('users:fields.initialPasswordHelp')}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}
