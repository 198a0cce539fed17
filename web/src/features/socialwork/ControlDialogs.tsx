import { Button, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { useServerToday } from '../../app/ui/server-time';
import type { Opinion, ProjectControlData } from './control-queries';
import { type Project, useSocialworkChanged } from './project-queries';

interface CheckValues {
  month: string;
  findings: string;
  missed: { item: string; remedy: string }[];
}

/** 月度检查 (A3.5): the month, the findings against both plans, and each missed item with its remedial action. */
export function CheckDialog({ project, control, onClose }: { project: Project; control: ProjectControlData; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CheckValues>();
  const changed = useSocialworkChanged();
  const required = { required: true, whitespace: true, message: t('validation:required') };
  const open = control.months.filter((m) => !m.checked).map((m) => m.month);
  const submit = async (v: CheckValues) => {
    await unwrap(
      api.POST('/api/socialwork/projects/{id}/monthly-checks', {
        params: { path: { id: project.id } },
        body: { month: v.month, findings: v.findings, missed: v.missed ?? [] },
      }),
    );
    await changed();
  };
  return (
    <FormModal<CheckValues>
      open
      form={form}
      title={t('swControl:check.title')}
      okText={t('swControl:check.save')}
      initialValues={{ month: open.includes(control.currentMonth) ? control.currentMonth : open[0], missed: [] }}
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item name="month" label={t('swControl:fields.month')} rules={[required]}>
        <Select options={open.map((m) => ({ value: m, label: m }))} />
      </Form.Item>
      <Form.Item
        name="findings"
        label={t('swControl:fields.findings')}
        rules={[required, { max: 2000 }]}
        extra={t('swControl:check.findingsHelp')}
      >
        <Input.TextArea rows={4} />
      </Form.Item>
      <Form.List name="missed">
        {(fields, { add, remove }) => (
          <fieldset className="sw-missed">
            <legend>{t('swControl:fields.missed')}</legend>
            {fields.length === 0 ? <p className="sw-muted">{t('swControl:check.noMissed')}</p> : null}
            {fields.map((field, n) => (
              <Space key={field.key} wrap align="start">
                <Form.Item
                  name={[field.name, 'item']}
                  label={t('swControl:fields.missedItemN', { n: n + 1 })}
                  rules={[required, { max: 200 }]}
                >
                  <Input style={{ minWidth: 200 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'remedy']} label={t('swControl:fields.remedy')} rules={[required, { max: 500 }]}>
                  <Input style={{ minWidth: 240 }} />
                </Form.Item>
                <Button onClick={() => remove(field.name)} aria-label={t('swControl:check.removeN', { n: n + 1 })}>
                  {t('swControl:check.remove')}
                </Button>
              </Space>
            ))}
            {fields.length < 30 ? (
              <Button type="dashed" onClick={() => add({ item: '', remedy: '' })}>
                {t('swControl:check.addMissed')}
              </Button>
            ) : null}
          </fieldset>
        )}
      </Form.List>
    </FormModal>
  );
}

interface SupervisionValues {
  kind: 'monthly' | 'on_site';
  month: string;
  heldOn: string;
  activityId?: string;
  findings: string;
  opinions: { text: string }[];
}

/** 督导 (A3.5): monthly or on site at a key activity, the findings and the opinions the executor must answer. */
export function SupervisionDialog({ project, control, onClose }: { project: Project; control: ProjectControlData; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SupervisionValues>();
  const changed = useSocialworkChanged();
  const today = useServerToday();
  const kind = Form.useWatch('kind', form);
  const required = { required: true, whitespace: true, message: t('validation:required') };
  const submit = async (v: SupervisionValues) => {
    await unwrap(
      api.POST('/api/socialwork/projects/{id}/supervisions', {
        params: { path: { id: project.id } },
        body: {
          kind: v.kind,
          month: v.month,
          heldOn: v.heldOn,
          activityId: v.kind === 'on_site' ? (v.activityId ?? null) : null,
          findings: v.findings,
          opinions: (v.opinions ?? []).map((o) => o.text),
        },
      }),
    );
    await changed();
  };
  return (
    <FormModal<SupervisionValues>
      open
      form={form}
      title={t('swControl:supervision.title')}
      okText={t('swControl:supervision.save')}
      initialValues={{ kind: 'monthly', month: control.currentMonth, heldOn: today, opinions: [] }}
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item name="kind" label={t('swControl:fields.kind')} rules={[required]}>
        <Select options={(['monthly', 'on_site'] as const).map((k) => ({ value: k, label: t(`swControl:kind.${k}`) }))} />
      </Form.Item>
      {kind === 'on_site' ? (
        <Form.Item
          name="activityId"
          label={t('swControl:fields.activity')}
          rules={[required]}
          extra={t('swControl:supervision.activityHelp')}
        >
          <Select
            options={control.keyActivities.map((a) => ({ value: a.id, label: `${a.plannedOn} ${a.title}` }))}
            notFoundContent={t('swControl:supervision.noKeyActivities')}
          />
        </Form.Item>
      ) : null}
      <Space wrap>
        <Form.Item name="month" label={t('swControl:fields.month')} rules={[required]}>
          <Select style={{ minWidth: 120 }} options={control.months.map((m) => ({ value: m.month, label: m.month }))} />
        </Form.Item>
        <Form.Item name="heldOn" label={t('swControl:fields.heldOn')} rules={[required]}>
          <Input type="date" max={today} />
        </Form.Item>
      </Space>
      <Form.Item name="findings" label={t('swControl:fields.findings')} rules={[required, { max: 2000 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.List name="opinions">
        {(fields, { add, remove }) => (
          <fieldset className="sw-missed">
            <legend>{t('swControl:fields.opinions')}</legend>
            {fields.map((field, n) => (
              <Space key={field.key} wrap align="start">
                <Form.Item
                  name={[field.name, 'text']}
                  label={t('swControl:fields.opinionN', { n: n + 1 })}
                  rules={[required, { max: 1000 }]}
                >
                  <Input.TextArea rows={2} style={{ minWidth: 320 }} />
                </Form.Item>
                <Button onClick={() => remove(field.name)} aria-label={t('swControl:supervision.removeN', { n: n + 1 })}>
                  {t('swControl:check.remove')}
                </Button>
              </Space>
            ))}
            {fields.length < 20 ? (
              <Button type="dashed" onClick={() => add({ text: '' })}>
                {t('swControl:supervision.addOpinion')}
              </Button>
            ) : null}
          </fieldset>
        )}
      </Form.List>
    </FormModal>
  );
}

/** The executor's answer to a supervision opinion; given once. */
export function AnswerDialog({ opinion, onClose }: { opinion: Opinion; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ answer: string }>();
  const changed = useSocialworkChanged();
  const submit = async (v: { answer: string }) => {
    await unwrap(
      api.POST('/api/socialwork/opinions/{id}/answer', {
        params: { path: { id: opinion.id } },
        body: { answer: v.answer, version: opinion.version },
      }),
    );
    await changed();
  };
  return (
    <FormModal<{ answer: string }>
      open
      form={form}
      title={t('swControl:answer.title')}
      okText={t('swControl:answer.save')}
      onClose={onClose}
      onSubmit={submit}
    >
      <p>{opinion.text}</p>
      <Form.Item
        name="answer"
        label={t('swControl:fields.answer')}
        rules={[{ required: true, whitespace: true, message: t('validation:required') }, { max: 2000 }]}
        extra={t('swControl:answer.help')}
      >
        <Input.TextArea rows={4} />
      </Form.Item>
    </FormModal>
  );
}
