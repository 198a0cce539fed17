import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import type { PlanContent, ProgressItem } from './execution-queries';
import { useSocialworkChanged } from './project-queries';

interface Values {
  activity?: number;
  dueOn: string;
  doneOn?: string;
  note?: string;
}

/** 推进计划: a new item picked from an activity of the plan in force with its date, or an item's date and completion. */
export function ProgressItemDialog({
  projectId,
  plan,
  item,
  onClose,
}: {
  projectId: string;
  plan: PlanContent;
  item?: ProgressItem;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const changed = useSocialworkChanged();
  const required = { required: true, message: t('validation:required') };
  const activities = plan.activities;

  const submit = async (v: Values) => {
    const note = v.note?.trim() || null;
    if (item)
      await unwrap(
        api.PUT('/api/socialwork/progress-items/{id}', {
          params: { path: { id: item.id } },
          body: { version: item.version, dueOn: v.dueOn, doneOn: v.doneOn || null, note },
        }),
      );
    else {
      const a = activities[v.activity ?? 0]!;
      await unwrap(
        api.POST('/api/socialwork/projects/{id}/progress-items', {
          params: { path: { id: projectId } },
          body: { title: a.title, method: a.method, dueOn: v.dueOn, note },
        }),
      );
    }
    await changed();
  };

  return (
    <FormModal<Values>
      open
      form={form}
      title={t(item ? 'swExecution:progress.editTitle' : 'swExecution:progress.addTitle')}
      okText={t('common:actions.save')}
      initialValues={item ? { dueOn: item.dueOn, doneOn: item.doneOn ?? '', note: item.note ?? '' } : {}}
      onClose={onClose}
      onSubmit={submit}
    >
      {item ? (
        <p>{t('common:aside', { text: item.title, aside: t(`swExecution:methods.${item.method}`) })}</p>
      ) : (
        <Form.Item
          name="activity"
          label={t('swExecution:progress.activity')}
          rules={[required]}
          extra={t('swExecution:progress.activityHelp')}
        >
          <Select
            options={activities.map((a, i) => ({
              value: i,
              label: t('common:aside', { text: a.title, aside: `${t(`swExecution:methods.${a.method}`)} · ${a.frequency}` }),
            }))}
          />
        </Form.Item>
      )}
      <Form.Item name="dueOn" label={t('swExecution:progress.dueOn')} rules={[required]}>
        <Input type="date" max="9999-12-31" />
      </Form.Item>
      {item ? (
        <Form.Item name="doneOn" label={t('swExecution:progress.doneOn')} extra={t('swExecution:progress.doneOnHelp')}>
          <Input type="date" max="9999-12-31" />
        </Form.Item>
      ) : null}
      <Form.Item name="note" label={t('swExecution:fields.note')} rules={[{ max: 500 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
