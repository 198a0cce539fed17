import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { type ActionItem, useMeetingsChanged } from './meeting-queries';

/** Marks an action item done with what was done: its owner, or the station head. */
export function DoneDialog({ action, onClose }: { action: ActionItem; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note: string }>();
  const changed = useMeetingsChanged();
  return (
    <FormModal<{ note: string }>
      open
      form={form}
      title={t('meetings:action.doneTitle', { text: action.text })}
      okText={t('meetings:action.markDone')}
      onClose={onClose}
      onSubmit={async (v) => {
        await unwrap(
          api.POST('/api/meetings/actions/{id}/done', {
            params: { path: { id: action.id } },
            body: { version: action.version, note: v.note.trim() },
          }),
        );
        await changed();
      }}
    >
      <Form.Item
        name="note"
        label={t('meetings:action.note')}
        rules={[{ required: true, whitespace: true, message: t('validation:required') }, { max: 1000 }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}
