import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../app/ui/FormModal';

interface Props {
  open: boolean;
  title: string;
  /** What will happen, and that it cannot be taken back. */
  text: string;
  okText: string;
  onSubmit(reason: string): Promise<unknown>;
  onClose(): void;
}

/** Asks for the reason of a step that cannot be undone (end, terminate, skip): kept in the record's history. */
export function ReasonModal(props: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <FormModal<{ reason: string }>
      open={props.open}
      form={form}
      title={props.title}
      okText={props.okText}
      onClose={props.onClose}
      onSubmit={(v) => props.onSubmit(v.reason.trim())}
    >
      <p className="muted">{props.text}</p>
      <Form.Item
        name="reason"
        label={t('common:fields.reason')}
        rules={[{ required: true, whitespace: true, message: t('agreements:dialogs.reasonRequired') }, { max: 500 }]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}
