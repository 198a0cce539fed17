import { Checkbox, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { type Activity, SW_METHODS, type SwMethod } from './activity-queries';
import { useSocialworkChanged } from './project-queries';

interface Values {
  title: string;
  method: SwMethod;
  keyActivity: boolean;
  plannedOn: Dayjs;
  place?: string;
  planGoals: string;
  planContent: string;
  planStaffing: string;
}

/**
 * 活动计划 (A3.4): an activity is planned with its plan — what, by which method, when and where, its goals, its
 * programme and who runs it; changed while it is still planned.
 */
export function ActivityPlanDialog({ projectId, activity, onClose }: { projectId: string; activity?: Activity; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const changed = useSocialworkChanged();
  const required = { required: true, whitespace: true, message: t('validation:required') };

  const submit = async (v: Values) => {
    const body = {
      title: v.title.trim(),
      method: v.method,
      keyActivity: Boolean(v.keyActivity),
      plannedOn: v.plannedOn.format('YYYY-MM-DD'),
      place: v.place?.trim() || null,
      planGoals: v.planGoals.trim(),
      planContent: v.planContent.trim(),
      planStaffing: v.planStaffing.trim(),
      progressItemId: activity?.progressItemId ?? null,
    };
    if (activity)
      await unwrap(
        api.PUT('/api/socialwork/activities/{id}', { params: { path: { id: activity.id } }, body: { ...body, version: activity.version } }),
      );
    else await unwrap(api.POST('/api/socialwork/projects/{id}/activities', { params: { path: { id: projectId } }, body }));
    await changed();
  };

  return (
    <FormModal<Values>
      open
      form={form}
      title={t(activity ? 'swActivities:plan.editTitle' : 'swActivities:plan.newTitle')}
      okText={t(activity ? 'common:actions.save' : 'swActivities:plan.create')}
      initialValues={
        activity
          ? {
              title: activity.title,
              method: activity.method,
              keyActivity: activity.keyActivity,
              plannedOn: dayjs(activity.plannedOn),
              place: activity.place ?? '',
              planGoals: activity.planGoals,
              planContent: activity.planContent,
              planStaffing: activity.planStaffing,
            }
          : { keyActivity: false }
      }
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item name="title" label={t('swActivities:fields.title')} rules={[required, { max: 100 }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="method" label={t('swActivities:fields.method')} rules={[required]}>
        <Select options={SW_METHODS.map((m) => ({ value: m, label: t(`swActivities:method.${m}`) }))} />
      </Form.Item>
      <Form.Item
        name="plannedOn"
        label={t('swActivities:fields.plannedOn')}
        rules={[{ required: true, message: t('validation:required') }]}
      >
        <DatePicker />
      </Form.Item>
      <Form.Item name="place" label={t('swActivities:fields.place')} rules={[{ max: 200 }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="keyActivity" valuePropName="checked" extra={t('swActivities:plan.keyHelp')}>
        <Checkbox>{t('swActivities:fields.keyActivity')}</Checkbox>
      </Form.Item>
      <Form.Item name="planGoals" label={t('swActivities:fields.planGoals')} rules={[required, { max: 2000 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="planContent" label={t('swActivities:fields.planContent')} rules={[required, { max: 4000 }]}>
        <Input.TextArea rows={4} />
      </Form.Item>
      <Form.Item name="planStaffing" label={t('swActivities:fields.planStaffing')} rules={[required, { max: 1000 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
