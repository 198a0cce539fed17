import { Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { numberRange } from '../../app/ui/number-range';
import { useSocialworkChanged } from './project-queries';

interface Values {
  heldOn: string;
  channel: string;
  description: string;
  reach?: number | null;
}

/** 宣传: when, where or through what, what was told, how many it reached. */
export function PublicityDialog({ projectId, onClose }: { projectId: string; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const changed = useSocialworkChanged();
  const required = { required: true, message: t('validation:required') };

  const submit = async (v: Values) => {
    await unwrap(
      api.POST('/api/socialwork/projects/{id}/publicity', {
        params: { path: { id: projectId } },
        body: { heldOn: v.heldOn, channel: v.channel, description: v.description, reach: v.reach ?? null },
      }),
    );
    await changed();
  };

  return (
    <FormModal<Values>
      open
      form={form}
      title={t('swExecution:publicity.addTitle')}
      okText={t('common:actions.save')}
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item name="heldOn" label={t('swExecution:publicity.heldOn')} rules={[required]}>
        <Input type="date" max="9999-12-31" />
      </Form.Item>
      <Form.Item
        name="channel"
        label={t('swExecution:publicity.channel')}
        rules={[required, { max: 100 }]}
        extra={t('swExecution:publicity.channelHelp')}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="description" label={t('swExecution:publicity.description')} rules={[required, { max: 1000 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="reach" label={t('swExecution:publicity.reach')} rules={numberRange(t, { min: 0, max: 1_000_000 })}>
        <InputNumber precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
