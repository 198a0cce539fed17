import { Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { useSocialworkChanged } from './project-queries';

interface Values {
  kind: 'staff' | 'volunteer';
  userId?: string;
  name?: string;
  role: string;
  phone?: string;
  training?: string;
  trainedOn?: string;
}

/** 人员: a member of staff picked from the users of the centre or station, or a volunteer, with their training. */
export function PersonDialog({
  projectId,
  candidates,
  onClose,
}: {
  projectId: string;
  candidates: { id: string; displayName: string }[];
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const changed = useSocialworkChanged();
  const kind = Form.useWatch('kind', form) ?? 'staff';
  const required = { required: true, message: t('validation:required') };

  const submit = async (v: Values) => {
    await unwrap(
      api.POST('/api/socialwork/projects/{id}/people', {
        params: { path: { id: projectId } },
        body: {
          kind: v.kind,
          userId: v.kind === 'staff' ? (v.userId ?? null) : null,
          name: v.kind === 'volunteer' ? (v.name ?? null) : null,
          role: v.role,
          phone: v.phone?.trim() || null,
          training: v.training?.trim() || null,
          trainedOn: v.trainedOn || null,
        },
      }),
    );
    await changed();
  };

  return (
    <FormModal<Values>
      open
      form={form}
      title={t('swExecution:people.addTitle')}
      okText={t('common:actions.save')}
      initialValues={{ kind: 'staff' }}
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item name="kind" label={t('swExecution:people.kind')} rules={[required]}>
        <Radio.Group
          options={(['staff', 'volunteer'] as const).map((k) => ({ value: k, label: t(`swExecution:people.kinds.${k}`) }))}
          optionType="button"
        />
      </Form.Item>
      {kind === 'staff' ? (
        <Form.Item name="userId" label={t('swExecution:people.user')} rules={[required]}>
          <Select showSearch optionFilterProp="label" options={candidates.map((u) => ({ value: u.id, label: u.displayName }))} />
        </Form.Item>
      ) : (
        <Form.Item name="name" label={t('swExecution:people.name')} rules={[required, { max: 50 }]}>
          <Input autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item name="role" label={t('swExecution:people.role')} rules={[required, { max: 50 }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="phone" label={t('swExecution:people.phone')} rules={[{ max: 20 }]}>
        <Input autoComplete="off" inputMode="tel" />
      </Form.Item>
      <Form.Item name="training" label={t('swExecution:people.training')} rules={[{ max: 500 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="trainedOn" label={t('swExecution:people.trainedOn')}>
        <Input type="date" max="9999-12-31" />
      </Form.Item>
    </FormModal>
  );
}
