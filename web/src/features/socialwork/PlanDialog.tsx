import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { fenToYuan, yuanToFen } from '../../app/ui/money';
import { type Plan, type PlanContent, SW_METHODS, type SwMethod } from './initiation-queries';
import { MethodsWarning } from './MethodsWarning';
import { useSocialworkChanged } from './project-queries';

type Values = Omit<PlanContent, 'costFen'> & { cost: string };

const TEXTS = ['background', 'theory', 'longTermGoals', 'stageGoals', 'area', 'serviceUsers'] as const;

/**
 * 编写项目计划书 or 修改 (A3.3): every section of the plan — background, theory, goals, area, period, users, methods,
 * the planned activities, frequency, cost (yuan, stored in fen) and benefit targets, executors. While it is written,
 * a method of casework, group and community work that neither the methods nor an activity use shows as a warning.
 */
export function PlanDialog({ projectId, plan, onClose }: { projectId: string; plan?: Plan; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const changed = useSocialworkChanged();
  const required = { required: true, whitespace: true, message: t('validation:required') };
  const methods = Form.useWatch('methods', form) ?? plan?.content.methods ?? [];
  const activities = Form.useWatch('activities', form) ?? plan?.content.activities ?? [];
  const used = new Set<SwMethod>([...methods, ...activities.map((a) => a?.method).filter((m): m is SwMethod => Boolean(m))]);
  const methodOptions = SW_METHODS.map((m) => ({ value: m, label: t(`swInitiation:method.${m}`) }));
  const initial: Partial<Values> = plan
    ? { ...plan.content, cost: fenToYuan(plan.content.costFen) }
    : { methods: [], activities: [{ title: '', frequency: '' } as Values['activities'][number]] };

  return (
    <FormModal<Values>
      open
      preserve
      form={form}
      title={t(plan ? 'swInitiation:plan.editTitle' : 'swInitiation:plan.newTitle')}
      initialValues={initial}
      onClose={onClose}
      onSubmit={async ({ cost, ...v }) => {
        const content: PlanContent = { ...v, costFen: yuanToFen(cost) ?? 0 };
        if (plan)
          await unwrap(
            api.PUT('/api/socialwork/plans/{id}', { params: { path: { id: plan.id } }, body: { version: plan.version, content } }),
          );
        else await unwrap(api.POST('/api/socialwork/projects/{id}/plans', { params: { path: { id: projectId } }, body: { content } }));
        await changed();
      }}
    >
      {TEXTS.map((k) => (
        <Form.Item key={k} name={k} label={t(`swInitiation:plan.fields.${k}`)} rules={[required, { max: 4000 }]}>
          <Input.TextArea autoSize={{ minRows: k === 'area' ? 1 : 2, maxRows: 8 }} />
        </Form.Item>
      ))}
      <div className="sw-form-row">
        <Form.Item name="periodFrom" label={t('swInitiation:plan.fields.periodFrom')} rules={[required]}>
          <Input type="date" max="9999-12-31" />
        </Form.Item>
        <Form.Item
          name="periodTo"
          label={t('swInitiation:plan.fields.periodTo')}
          dependencies={['periodFrom']}
          rules={[
            required,
            ({ getFieldValue }) => ({
              validator: async (_, v?: string) =>
                !v || !getFieldValue('periodFrom') || v >= getFieldValue('periodFrom')
                  ? undefined
                  : Promise.reject(t('errors:socialwork.dates_out_of_order')),
            }),
          ]}
        >
          <Input type="date" max="9999-12-31" />
        </Form.Item>
      </div>
      <Form.Item name="methods" label={t('swInitiation:plan.fields.methods')}>
        <Checkbox.Group options={methodOptions} />
      </Form.Item>
      <fieldset className="sw-activities">
        <legend>{t('swInitiation:plan.fields.activities')}</legend>
        <Form.List
          name="activities"
          rules={[
            { validator: async (_, list?: unknown[]) => (list?.length ? undefined : Promise.reject(t('swInitiation:plan.oneActivity'))) },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((f, i) => (
                <div key={f.key} className="sw-activity-row">
                  <Form.Item
                    name={[f.name, 'title']}
                    label={t('swInitiation:plan.activity.title', { n: i + 1 })}
                    rules={[required, { max: 100 }]}
                  >
                    <Input autoComplete="off" />
                  </Form.Item>
                  <Form.Item name={[f.name, 'method']} label={t('swInitiation:plan.activity.method', { n: i + 1 })} rules={[required]}>
                    <Select options={methodOptions} />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'frequency']}
                    label={t('swInitiation:plan.activity.frequency', { n: i + 1 })}
                    rules={[required, { max: 100 }]}
                  >
                    <Input autoComplete="off" />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t('swInitiation:plan.activity.remove', { n: i + 1 })}
                    disabled={fields.length === 1}
                    onClick={() => remove(f.name)}
                  />
                </div>
              ))}
              <Form.ErrorList errors={errors} />
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ title: '', frequency: '' })}>
                {t('swInitiation:plan.activity.add')}
              </Button>
            </>
          )}
        </Form.List>
      </fieldset>
      <MethodsWarning missing={SW_METHODS.filter((m) => !used.has(m))} />
      <Form.Item name="frequency" label={t('swInitiation:plan.fields.frequency')} rules={[required, { max: 500 }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="cost"
        label={t('swInitiation:plan.fields.cost')}
        rules={[
          { required: true, message: t('validation:required') },
          { validator: async (_, v?: string) => (!v || yuanToFen(v) !== null ? undefined : Promise.reject(t('money:yuanRule'))) },
        ]}
      >
        <Input inputMode="decimal" prefix="¥" autoComplete="off" />
      </Form.Item>
      <Form.Item name="benefitTargets" label={t('swInitiation:plan.fields.benefitTargets')} rules={[required, { max: 2000 }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Form.Item name="executors" label={t('swInitiation:plan.fields.executors')} rules={[required, { max: 1000 }]}>
        <Input autoComplete="off" />
      </Form.Item>
    </FormModal>
  );
}
