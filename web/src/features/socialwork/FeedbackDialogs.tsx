import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import type { Feedback } from './execution-queries';
import { type Project, useSocialworkChanged } from './project-queries';

/** 结项反馈: feedback of a user or a partner gathered at closure. */
export function FeedbackDialog({ projectId, onClose }: { projectId: string; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ source: 'user' | 'partner'; fromName: string; content: string; receivedOn: string }>();
  const changed = useSocialworkChanged();
  const required = { required: true, message: t('validation:required') };
  return (
    <FormModal
      open
      form={form}
      title={t('swExecution:closure.addFeedback')}
      okText={t('common:actions.save')}
      initialValues={{ source: 'user' }}
      onClose={onClose}
      onSubmit={async (body) => {
        await unwrap(api.POST('/api/socialwork/projects/{id}/feedback', { params: { path: { id: projectId } }, body }));
        await changed();
      }}
    >
      <Form.Item name="source" label={t('swExecution:closure.source')} rules={[required]}>
        <Radio.Group
          optionType="button"
          options={(['user', 'partner'] as const).map((s) => ({ value: s, label: t(`swExecution:closure.sources.${s}`) }))}
        />
      </Form.Item>
      <Form.Item name="fromName" label={t('swExecution:closure.fromName')} rules={[required, { max: 100 }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="content" label={t('swExecution:closure.content')} rules={[required, { max: 2000 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="receivedOn" label={t('swExecution:closure.receivedOn')} rules={[required]}>
        <Input type="date" max="9999-12-31" />
      </Form.Item>
    </FormModal>
  );
}

/** The reply to one feedback. */
export function ReplyDialog({ feedback, onClose }: { feedback: Feedback; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reply: string }>();
  const changed = useSocialworkChanged();
  return (
    <FormModal
      open
      form={form}
      title={t('swExecution:closure.replyTo', { name: feedback.fromName })}
      okText={t('common:actions.save')}
      initialValues={{ reply: feedback.reply ?? '' }}
      onClose={onClose}
      onSubmit={async ({ reply }) => {
        await unwrap(
          api.POST('/api/socialwork/feedback/{id}/reply', {
            params: { path: { id: feedback.id } },
            body: { version: feedback.version, reply },
          }),
        );
        await changed();
      }}
    >
      <p>{feedback.content}</p>
      <Form.Item
        name="reply"
        label={t('swExecution:closure.reply')}
        rules={[{ required: true, message: t('validation:required') }, { max: 2000 }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}

/** 项目总结, written while the project is closing. */
export function SummaryDialog({ project, onClose }: { project: Project; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ summary: string }>();
  const changed = useSocialworkChanged();
  return (
    <FormModal
      open
      form={form}
      title={t('swExecution:closure.summaryTitle')}
      okText={t('common:actions.save')}
      initialValues={{ summary: project.summary ?? '' }}
      onClose={onClose}
      onSubmit={async ({ summary }) => {
        await unwrap(
          api.PUT('/api/socialwork/projects/{id}/summary', {
            params: { path: { id: project.id } },
            body: { version: project.version, summary },
          }),
        );
        await changed();
      }}
    >
      <Form.Item
        name="summary"
        label={t('swExecution:closure.summary')}
        rules={[{ required: true, message: t('validation:required') }, { max: 5000 }]}
      >
        <Input.TextArea rows={8} />
      </Form.Item>
    </FormModal>
  );
}
