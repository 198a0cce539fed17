import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useOrgs } from '../../app/org-scope/use-orgs';
import { FormModal } from '../../app/ui/FormModal';
import { type Feedback, useFeedbackChanged } from './feedback-queries';

interface Values {
  nodeIds: string[];
  note?: string;
}

/** 转交部门: one or more departments under the receiving node, each to answer on its own. */
export function ForwardDialog({ feedback, onClose }: { feedback: Feedback; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const orgs = useOrgs();
  const changed = useFeedbackChanged();
  const office = orgs.byId.get(feedback.officeId);
  const already = new Set(feedback.forwards.filter((w) => !w.answer).map((w) => w.nodeId));
  const departments = orgs.list.filter(
    (o) => o.active && o.id !== feedback.officeId && o.kind === 'department' && (!office || o.path.startsWith(office.path)),
  );
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
        <Form.Item
          name="nodeIds"
          label={t('feedback:fields.departments')}
          rules={[{ required: true, type: 'array', min: 1, message: t('feedback:forward.pick') }]}
        >
          <Select
            mode="multiple"
            loading={orgs.isPending}
            placeholder={t('feedback:forward.pick')}
            notFoundContent={t('feedback:forward.none')}
            showSearch={{ optionFilterProp: 'label' }}
            options={departments.map((o) => ({ value: o.id, label: o.name, disabled: already.has(o.id) }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('feedback:fields.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </div>
    </FormModal>
  );
}
