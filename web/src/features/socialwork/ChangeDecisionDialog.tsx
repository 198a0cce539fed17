import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import type { ChangeRequest, PlanContent } from './execution-queries';
import { PlanContentView } from './PlanContentView';
import { useSocialworkChanged } from './project-queries';

interface Values {
  decision: 'approved' | 'rejected';
  note?: string;
}

/**
 * The supervisor's or the head's decision on a change, with a note; the new plan is shown whole, what it alters in the
 * plan in force (`base`) marked, so nobody approves a plan they have not seen (A3.4).
 */
export function ChangeDecisionDialog({
  change,
  role,
  base,
  onClose,
}: {
  change: ChangeRequest;
  role: 'supervisor' | 'head';
  base: PlanContent | undefined;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const changed = useSocialworkChanged();

  const submit = async (v: Values) => {
    const body = { version: change.version, decision: v.decision, note: v.note?.trim() || null };
    const params = { path: { id: change.id } };
    await unwrap(
      role === 'supervisor'
        ? api.POST('/api/socialwork/change-requests/{id}/supervisor-decision', { params, body })
        : api.POST('/api/socialwork/change-requests/{id}/head-decision', { params, body }),
    );
    await changed();
  };

  return (
    <FormModal<Values>
      open
      form={form}
      title={t(`swExecution:changes.decideAs.${role}`)}
      okText={t('swExecution:changes.decide')}
      initialValues={{ decision: 'approved' }}
      onClose={onClose}
      onSubmit={submit}
    >
      <p>{change.changes}</p>
      <h3 className="sw-change-plan-title">
        {t('swExecution:changes.newPlan', { version: change.newVersionNo ?? change.baseVersionNo + 1 })}
      </h3>
      <div className="sw-change-plan-scroll">
        <PlanContentView content={change.newPlan} base={base} />
      </div>
      <Form.Item name="decision" label={t('swExecution:changes.decision')} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          options={(['approved', 'rejected'] as const).map((d) => ({ value: d, label: t(`swExecution:changes.decisions.${d}`) }))}
        />
      </Form.Item>
      <Form.Item name="note" label={t('swExecution:changes.note')} rules={[{ max: 500 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
