import { useQuery } from '@tanstack/react-query';
import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { User } from '../../api/types';
import { OrgTreeSelect } from '../../app/org-scope/OrgTreeSelect';
import { FormModal } from '../../app/ui/FormModal';
import { useToast } from '../../app/ui/toast';
import { rolesQuery } from '../roles/role-queries';
import { useRefreshUser } from './user-queries';

interface Values {
  roleId: string;
  orgId: string;
}

/** Grants a role at a node; it holds for the node and everything below it. */
export function GrantRoleModal({ user, open, onClose }: { user: User; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const refresh = useRefreshUser();
  const roles = useQuery({ ...rolesQuery, enabled: open });
  const [form] = Form.useForm<Values>();
  const required = [{ required: true, message: t('validation:required') }];

  return (
    <FormModal<Values>
      open={open}
      form={form}
      title={t('users:grant.title', { name: user.displayName })}
      okText={t('users:actions.grant')}
      initialValues={{ orgId: user.orgId }}
      onClose={onClose}
      onSubmit={async (v) => {
        await unwrap(api.POST('/api/users/{id}/grants', { params: { path: { id: user.id } }, body: { roleId: v.roleId, orgId: v.orgId } }));
        await refresh(user.id);
        toast.success(t('users:grant.done'));
      }}
    >
      <Form.Item name="roleId" label={t('users:grant.role')} rules={required}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={roles.isPending}
          placeholder={t('users:grant.rolePlaceholder')}
          options={(roles.data ?? []).map((r) => ({ value: r.id, label: t(`roles:builtin.${r.code}`, { defaultValue: r.name }) }))}
        />
      </Form.Item>
      <Form.Item name="orgId" label={t('users:grant.org')} rules={required} extra={t('users:grant.orgHelp')}>
        <OrgTreeSelect selectable={(o) => o.active} />
      </Form.Item>
    </FormModal>
  );
}
