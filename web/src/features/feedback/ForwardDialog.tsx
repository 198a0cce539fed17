import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { errorText } from '../../app/ui/error-text';
import { FormModal } from '../../app/ui/FormModal';
import { type Feedback, type ForwardTarget, forwardTargetsQuery, useFeedbackChanged } from './feedback-queries';

interface Values {
  nodeIds: string[];
  note?: string;
}

/**
 * 转交部门 (A4.5 "供给给相关部门"): one or more departments of the company, each to answer on its own. The server says
 * which (the receiving unit's own first, then the company's others, which the handler may not see) and who answers at
 * each; a department with nobody to answer is shown but cannot be picked. (Not grouped by unit: antd's option groups
 * give the listbox an ARIA attribute its role does not allow; a name two units share is told with its unit.)
 */
export function ForwardDialog({ feedback, onClose }: { feedback: Feedback; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const targets = useQuery(forwardTargetsQuery(feedback.id));
  const changed = useFeedbackChanged();
  const already = new Set(feedback.forwards.filter((w) => !w.answer).map((w) => w.nodeId));
  // two offices' 客户服务部 are told apart by their unit
  const names = (targets.data ?? []).map((d) => d.name);
  const nameOf = (d: ForwardTarget) => (names.indexOf(d.name) !== names.lastIndexOf(d.name) ? `${d.unitName} · ${d.name}` : d.name);
  const option = (d: ForwardTarget) => ({
    value: d.id,
    label: d.answerers.length
      ? t('feedback:forward.target', { name: nameOf(d), people: d.answerers.join(t('common:listSeparator')) })
      : t('feedback:forward.nobody', { name: nameOf(d) }),
    disabled: already.has(d.id) || !d.answerers.length,
  });
  return (
    <FormModal<Values>
      open
      form={form}
      title={t('feedback:steps.forward.title', { number: feedback.number })}
      okText={t('feedback:steps.forward.ok')}
      onClose={onClose}
      onSubmit={async (v) => {
        await unwrap(
          api.POST('/api/feedback/{id}/forward', {
            params: { path: { id: feedback.id } },
            body: { version: feedback.version, nodeIds: v.nodeIds, note: v.note?.trim() || null },
          }),
        );
        await changed();
      }}
    >
      <div className="feedback-form">
        {targets.isError ? <Alert type="error" showIcon title={errorText(t, targets.error)} className="form-alert" /> : null}
        <Form.Item
          name="nodeIds"
          label={t('feedback:fields.departments')}
          extra={t('feedback:forward.help')}
          rules={[{ required: true, type: 'array', min: 1, message: t('feedback:forward.pick') }]}
        >
          <Select
            mode="multiple"
            loading={targets.isPending}
            placeholder={t('feedback:forward.pick')}
            notFoundContent={t('feedback:forward.none')}
            showSearch={{ optionFilterProp: 'label' }}
            options={(targets.data ?? []).map(option)}
          />
        </Form.Item>
        <Form.Item name="note" label={t('feedback:fields.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </div>
    </FormModal>
  );
}
