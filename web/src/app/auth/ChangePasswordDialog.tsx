import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { queryClient } from '../query-client';
import { FormModal } from '../ui/FormModal';
import { useToast } from '../ui/toast';
import { zodRule } from '../ui/zod-rule';
import { changePasswordSchema } from './auth.schemas';
import { ME_KEY } from './me-query';
import { useSignOut } from './use-sign-out';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/**
 * Changes one's own password. `forced` after an administrator reset: the dialog cannot be dismissed,
 * only completed or left by signing out.
 */
export function ChangePasswordDialog({ open, forced, onClose }: { open: boolean; forced: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [form] = Form.useForm<Values>();
  const signOut = useSignOut();
  const shape = changePasswordSchema.shape;

  return (
    <FormModal<Values>
      open={open}
      form={form}
      title={forced ? t('auth:password.mustChangeTitle') : t('auth:password.change')}
      okText={t('auth:password.submit')}
      closable={!forced}
      cancelText={forced ? t('auth:logout') : undefined}
      onCancel={forced ? () => void signOut() : undefined}
      onClose={onClose}
      onSubmit={async (v) => {
        await unwrap(api.POST('/api/auth/password', { body: { currentPassword: v.currentPassword, newPassword: v.newPassword } }));
        toast.success(t('auth:password.changed'));
        await queryClient.invalidateQueries({ queryKey: ME_KEY });
      }}
    >
      {forced ? <p>{t('auth:password.mustChangeText')}</p> : null}
      <Form.Item name="currentPassword" label={t('auth:password.current')} rules={[zodRule(shape.currentPassword, t)]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item name="newPassword" label={t('auth:password.new')} extra={t('auth:password.rule')} rules={[zodRule(shape.newPassword, t)]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('auth:password.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('validation:required') },
          ({ getFieldValue }) => ({
            validator: async (_r, value: string) => {
              if (value && value !== getFieldValue('newPassword')) throw new Error(t('auth:password.mismatch'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}
