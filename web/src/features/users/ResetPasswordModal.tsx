import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { User } from '../../api/types';
import { FormModal } from '../../app/ui/FormModal';
import { useToast } from '../../app/ui/toast';
import { zodRule } from '../../app/ui/zod-rule';
import { userSchema } from './user.schemas';
import { useRefreshUser } from './user-queries';

interface Values {
  newPassword: string;
}

/** An administrator sets a temporary password; the user must choose a new one at next sign-in. */
export function ResetPasswordModal({ user, open, onClose }: { user: User; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const refresh = useRefreshUser();
  const [form] = Form.useForm<Values>();

  return (
    <FormModal<Values>
      open={open}
      form={form}
      title={t('users:resetPassword.title', { name: user.displayName })}
      okText={t('users:actions.resetPassword')}
      onClose={onClose}
      onSubmit={async (v) => {
        await unwrap(
          api.POST('/api/users/{id}/reset-password', { params: { path: { id: user.id } }, body: { newPassword: v.newPassword } }),
        );
        await refresh(user.id);
        toast.success(t('users:resetPassword.done'));
      }}
    >
      <p>{t('users:resetPassword.text')}</p>
      <Form.Item
        name="newPassword"
        label={t('users:resetPassword.newPassword')}
        rules={[zodRule(userSchema.shape.password, t)]}
        extra={t('auth:password.rule')}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}
