import { Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { DateTimeInput } from '../../app/ui/DateTimeInput';
import { FormModal } from '../../app/ui/FormModal';
import { type Feedback, type FeedbackForward, REPLY_HOWS, SATISFACTIONS, useFeedbackChanged } from './feedback-queries';

export type TextStep = 'reply' | 'resolve' | 'tell' | 'reopen' | 'answer';

interface Values {
  how?: (typeof REPLY_HOWS)[number];
  text?: string;
  resolution?: string;
  reason?: string;
  answer?: string;
  satisfaction?: (typeof SATISFACTIONS)[number];
  /** An instant (ISO), typed as the organisation's wall-clock time. */
  at?: string | null;
}

/** Sends one step's form; the field names match the server's, so its field errors land in place. */
function send(step: TextStep, f: Feedback, v: Values, forward?: FeedbackForward) {
  const path = { id: f.id };
  const version = f.version;
  switch (step) {
    case 'reply':
      return api.POST('/api/feedback/{id}/reply', { params: { path }, body: { version, how: v.how!, text: v.text! } });
    case 'resolve':
      return api.POST('/api/feedback/{id}/resolve', { params: { path }, body: { version, resolution: v.resolution! } });
    case 'tell':
      return api.POST('/api/feedback/{id}/tell', {
        params: { path },
        body: { version, how: v.how!, text: v.text!, satisfaction: v.satisfaction!, ...(v.at ? { at: v.at } : {}) },
      });
    case 'reopen':
      return api.POST('/api/feedback/{id}/reopen', { params: { path }, body: { version, reason: v.reason! } });
    case 'answer':
      return api.POST('/api/feedback/{id}/forwards/{forwardId}/answer', {
        params: { path: { id: f.id, forwardId: forward!.id } },
        body: { answer: v.answer! },
      });
  }
}

/** 回复, 办结, 告知客户, 重新处理, 部门答复: a small form each, sent with the version the page shows. */
export function StepDialog({
  step,
  feedback,
  forward,
  onClose,
}: {
  step: TextStep;
  feedback: Feedback;
  forward?: FeedbackForward;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const changed = useFeedbackChanged();
  const required = { required: true, message: t('validation:required') };
  const hows = REPLY_HOWS.map((h) => ({ value: h, label: t(`feedback:hows.${h}`) }));
  const text = (name: keyof Values, label: string, max: number) => (
    <Form.Item name={name} label={label} rules={[required]}>
      <Input.TextArea rows={3} maxLength={max} showCount />
    </Form.Item>
  );
  return (
    <FormModal<Values>
      open
      form={form}
      title={t(`feedback:steps.${step}.title`, { number: feedback.number, node: forward?.nodeName })}
      okText={t(`feedback:steps.${step}.ok`)}
      initialValues={{ how: 'phone' }}
      onClose={onClose}
      onSubmit={async (v) => {
        await unwrap(send(step, feedback, v, forward));
        await changed();
      }}
    >
      {step === 'reply' || step === 'tell' ? (
        <Form.Item name="how" label={t('feedback:fields.how')} rules={[required]}>
          <Select options={hows} />
        </Form.Item>
      ) : null}
      {step === 'reply' ? text('text', t('feedback:fields.replyText'), 1000) : null}
      {step === 'tell' ? text('text', t('feedback:fields.tellText'), 1000) : null}
      {step === 'tell' ? (
        <>
          <Form.Item name="satisfaction" label={t('feedback:fields.satisfaction')} rules={[required]}>
            <Radio.Group optionType="button" options={SATISFACTIONS.map((s) => ({ value: s, label: t(`feedback:satisfaction.${s}`) }))} />
          </Form.Item>
          <Form.Item name="at" label={t('feedback:fields.toldAt')} extra={t('feedback:steps.tell.atHint')}>
            <DateTimeInput className="full-width" />
          </Form.Item>
        </>
      ) : null}
      {step === 'resolve' ? text('resolution', t('feedback:fields.resolution'), 1000) : null}
      {step === 'reopen' ? text('reason', t('feedback:fields.reopenReason'), 500) : null}
      {step === 'answer' ? (
        <>
          {forward?.note ? <p>{t('feedback:forward.noteWas', { note: forward.note })}</p> : null}
          {text('answer', t('feedback:fields.answer'), 1000)}
        </>
      ) : null}
    </FormModal>
  );
}
