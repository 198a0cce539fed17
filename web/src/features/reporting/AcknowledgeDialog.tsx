import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../app/ui/FormModal';

/** 签收 (A1.3): the superior acknowledges a report or an incident, with an optional reply or instructions. */
export function AcknowledgeDialog(props: { title: string; onSubmit(reply: string | undefined): Promise<unknown>; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reply?: string }>();
  return (
    <FormModal<{ reply?: string }>
      open
      form={form}
      title={props.title}
      okText={t('reporting:ack.confirm')}
      onClose={props.onClose}
      onSubmit={(v) => props.onSubmit(v.reply?.trim() || undefined)}
    >
      <Form.Item name="reply" label={t('reporting:fields.reply')} rules={[{ max: 2000 }]} extra={t('reporting:ack.replyHelp')}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}
