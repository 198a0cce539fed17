import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { Role } from '../../api/types';
import { FormModal } from '../../app/ui/FormModal';
import { useToast } from '../../app/ui/toast';
import { zodRule } from '../../app/ui/zod-rule';
import { PermissionList } from './PermissionList';
import { roleSchema } from './role.schemas';
import { useRefreshRoles } from './role-queries';

interface Values {
  code: string;
  name: string;
  permissions?: string[];
}

/** Creates a custom role, or (with `role`) changes one's name and permissions. Built-in roles follow the regulations and stay as they are. */
export function RoleFormModal({ role, open, onClose }: { role?: Role; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const refresh = useRefreshRoles();
  const [form] = Form.useForm<Values>();
  const s = roleSchema.shape;

  return (
    <FormModal<Values>
      open={open}
      form={form}
      title={role ? t('roles:edit.title', { name: role.name }) : t('roles:create.title')}
      okText={role ? t('common:actions.save') : t('common:actions.create')}
      initialValues={role ? { code: role.code, name: role.name, permissions: role.permissions } : { permissions: [] }}
      onClose={onClose}
      onSubmit={async (v) => {
        if (role) {
          await unwrap(
            api.PATCH('/api/roles/{id}', {
              params: { path: { id: role.id } },
              body: { name: v.name.trim(), permissions: v.permissions ?? [] },
            }),
          );
          await refresh(role.id);
          toast.success(t('common:saved'));
        } else {
          const created = await unwrap(
            api.POST('/api/roles', { body: { code: v.code.trim(), name: v.name.trim(), permissions: v.permissions ?? [] } }),
          );
          await refresh();
          toast.success(t('roles:create.done', { name: created.name }));
          navigate(`/roles/${created.id}`);
        }
      }}
    >
      <Form.Item name="name" label={t('roles:fields.name')} rules={[zodRule(s.name, t)]}>
        <Input maxLength={100} />
      </Form.Item>
      {role ? null : (
        <Form.Item name="code" label={t('roles:fields.code')} rules={[zodRule(s.code, t)]} extra={t('roles:fields.codeHelp')}>
          <Input maxLength={40} autoCapitalize="off" spellCheck={false} />
        </Form.Item>
      )}
      <Form.Item name="permissions" label={t('roles:fields.permissions')} rules={[zodRule(s.permissions, t)]}>
        <PermissionList editable />
      </Form.Item>
    </FormModal>
  );
}
