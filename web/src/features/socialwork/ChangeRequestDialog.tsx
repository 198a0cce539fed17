import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Radio, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { fenToYuan, yuanToFen } from '../../app/ui/money';
import { type PlanContent, SW_METHODS } from './execution-queries';
import { useSocialworkChanged } from './project-queries';

type Values = Omit<PlanContent, 'costFen'> & { kind: 'plan' | 'needs'; reason: string; changes: string; cost: string };

const TEXTS = [
  'background',
  'theory',
  'longTermGoals',
  'stageGoals',
  'area',
  'serviceUsers',
  'frequency',
  'benefitTargets',
  'executors',
] as const;

/**
 * 变更申请 (A3.4): why, what changes and the whole new plan, prefilled from the plan in force. It takes effect only
 * once the supervisor and the head both approved it.
 */
export function ChangeRequestDialog({
  projectId,
  basePlanId,
  plan,
  onClose,
}: {
  projectId: string;
  basePlanId: string;
  plan: PlanContent;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const changed = useSocialworkChanged();
  const required = { required: true, message: t('validation:required') };
  const { costFen, ...rest } = plan;

  const submit = async (v: Values) => {
    const { kind, reason, changes, cost, ...content } = v;
    await unwrap(
      api.POST('/api/socialwork/projects/{id}/change-requests', {
        params: { path: { id: projectId } },
        body: { kind, basePlanId, reason, changes, newPlan: { ...content, costFen: yuanToFen(cost) ?? 0 } },
      }),
    );
    await changed();
  };

  return (
    <FormModal<Values>
      open
      preserve
      form={form}
      title={t('swExecution:changes.requestTitle')}
      okText={t('swExecution:changes.submit')}
      initialValues={{ ...rest, cost: fenToYuan(costFen), kind: 'plan' }}
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item name="kind" label={t('swExecution:changes.kind')} rules={[required]}>
        <Radio.Group
          optionType="button"
          options={(['plan', 'needs'] as const).map((k) => ({ value: k, label: t(`swExecution:changes.kinds.${k}`) }))}
        />
      </Form.Item>
      <Form.Item name="reason" label={t('swExecution:changes.reason')} rules={[required, { max: 1000 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="changes" label={t('swExecution:changes.changes')} rules={[required, { max: 2000 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <h3 className="card-heading">{t('swExecution:changes.newPlan')}</h3>
      <Space wrap>
        <Form.Item name="periodFrom" label={t('swExecution:plan.periodFrom')} rules={[required]}>
          <Input type="date" max="9999-12-31" />
        </Form.Item>
        <Form.Item name="periodTo" label={t('swExecution:plan.periodTo')} rules={[required]}>
          <Input type="date" max="9999-12-31" />
        </Form.Item>
        <Form.Item
          name="cost"
          label={t('swExecution:plan.cost')}
          rules={[required, { pattern: /^\d+(\.\d{1,2})?$/, message: t('validation:required') }]}
        >
          <Input inputMode="decimal" suffix={t('swExecution:plan.yuan')} />
        </Form.Item>
      </Space>
      <Form.Item name="methods" label={t('swExecution:plan.methods')} rules={[required]}>
        <Select mode="multiple" options={SW_METHODS.map((m) => ({ value: m, label: t(`swExecution:methods.${m}`) }))} />
      </Form.Item>
      <fieldset className="sw-fieldset">
        <legend>{t('swExecution:plan.activities')}</legend>
        <Form.List name="activities">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Space key={f.key} wrap align="start">
                  <Form.Item name={[f.name, 'title']} rules={[required, { max: 100 }]}>
                    <Input
                      placeholder={t('swExecution:plan.activityTitle')}
                      aria-label={`${t('swExecution:plan.activityTitle')} ${i + 1}`}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'method']} rules={[required]}>
                    <Select
                      style={{ width: 120 }}
                      aria-label={`${t('swExecution:plan.method')} ${i + 1}`}
                      options={SW_METHODS.map((m) => ({ value: m, label: t(`swExecution:methods.${m}`) }))}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'frequency']} rules={[required, { max: 100 }]}>
                    <Input placeholder={t('swExecution:plan.frequency')} aria-label={`${t('swExecution:plan.frequency')} ${i + 1}`} />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label={t('swExecution:plan.removeActivity', { n: i + 1 })}
                    onClick={() => remove(f.name)}
                    disabled={fields.length <= 1}
                  />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ title: '', method: 'group', frequency: '' })}>
                {t('swExecution:plan.addActivity')}
              </Button>
            </>
          )}
        </Form.List>
      </fieldset>
      {TEXTS.map((k) => (
        <Form.Item key={k} name={k} label={t(`swExecution:plan.${k}`)} rules={[required, { max: 2000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      ))}
    </FormModal>
  );
}
