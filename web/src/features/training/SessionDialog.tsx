import { useQuery } from '@tanstack/react-query';
import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { numberRange } from '../../app/ui/number-range';
import { useServerToday } from '../../app/ui/server-time';
import { useToast } from '../../app/ui/toast';
import { HOURS, plansQuery, type Session, staffQuery, TRAINING_KINDS, type TrainingKind, useTrainingChanged } from './training-queries';

interface Values {
  topic: string;
  kind: TrainingKind;
  heldOn: Dayjs;
  trainer: string;
  place: string;
  hours: number;
  planItemId?: string;
  note?: string;
  attendeeIds: string[];
}

/**
 * 登记培训 (A1.1): what was taught, when, by whom, where and for how long, who of the station attended, and which
 * planned training it carries out — choosing one fills the topic, kind and hours from the plan.
 */
export function SessionDialog({
  orgId,
  year,
  session,
  onClose,
}: {
  orgId: string;
  year: number;
  session: Session | null;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const toast = useToast();
  const changed = useTrainingChanged();
  const today = dayjs(useServerToday());
  const staff = useQuery(staffQuery(orgId));
  const plans = useQuery(plansQuery({ orgId, year }));
  const items = (plans.data?.items ?? []).filter((p) => p.state === 'in_force' && p.orgId === orgId).flatMap((p) => p.items);
  const required = { required: true, message: t('validation:required') };
  const initial: Partial<Values> = session
    ? {
        topic: session.topic,
        kind: session.kind,
        heldOn: dayjs(session.heldOn),
        trainer: session.trainer,
        place: session.place,
        hours: session.hours,
        ...(session.planItemId ? { planItemId: session.planItemId } : {}),
        note: session.note ?? '',
        attendeeIds: session.attendees.map((a) => a.id),
      }
    : { kind: 'skills', heldOn: today, hours: 2, attendeeIds: [] };
  // an attendee who has since left stays on the session's list
  const people = [
    ...(staff.data?.items ?? []).map((p) => ({ value: p.id, label: p.name })),
    ...(session?.attendees ?? [])
      .filter((a) => !(staff.data?.items ?? []).some((p) => p.id === a.id))
      .map((a) => ({ value: a.id, label: a.name })),
  ];

  return (
    <FormModal<Values>
      open
      form={form}
      title={t(session ? 'training:session.editTitle' : 'training:session.newTitle')}
      okText={t(session ? 'training:session.save' : 'training:session.record')}
      initialValues={initial}
      onClose={onClose}
      onSubmit={async (v) => {
        const fields = {
          topic: v.topic.trim(),
          kind: v.kind,
          heldOn: v.heldOn.format('YYYY-MM-DD'),
          trainer: v.trainer.trim(),
          place: v.place.trim(),
          hours: v.hours,
          planItemId: v.planItemId ?? null,
          note: v.note?.trim() || null,
          attendeeIds: v.attendeeIds,
        };
        if (session)
          await unwrap(
            api.PUT('/api/training/sessions/{id}', { params: { path: { id: session.id } }, body: { ...fields, version: session.version } }),
          );
        else await unwrap(api.POST('/api/training/sessions', { body: { orgId, ...fields } }));
        await changed();
        toast.success(t('training:session.saved'));
      }}
    >
      <Form.Item name="planItemId" label={t('training:session.planItem')}>
        <Select
          allowClear
          placeholder={t('training:session.planItemNone')}
          loading={plans.isFetching}
          options={items.map((i) => ({ value: i.id, label: `${i.month} ${i.topic}` }))}
          onChange={(id?: string) => {
            const item = items.find((i) => i.id === id);
            if (item) form.setFieldsValue({ topic: item.topic, kind: item.kind, hours: item.hours });
          }}
        />
      </Form.Item>
      <Form.Item name="topic" label={t('training:session.topic')} rules={[{ ...required, whitespace: true }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="kind" label={t('training:session.kind')} rules={[required]}>
        <Select options={TRAINING_KINDS.map((k) => ({ value: k, label: t(`training:kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item name="heldOn" label={t('training:session.heldOn')} rules={[required]}>
        <DatePicker disabledDate={(d) => d.isAfter(today, 'day')} />
      </Form.Item>
      <Form.Item name="trainer" label={t('training:session.trainer')} rules={[{ ...required, whitespace: true }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="place" label={t('training:session.place')} rules={[{ ...required, whitespace: true }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="hours" label={t('training:session.hours')} rules={[required, ...numberRange(t, HOURS)]}>
        <InputNumber step={0.5} precision={1} />
      </Form.Item>
      <Form.Item name="attendeeIds" label={t('training:session.attendees')} rules={[{ ...required, type: 'array', min: 1 }]}>
        <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} loading={staff.isFetching} options={people} />
      </Form.Item>
      <Form.Item name="note" label={t('training:session.note')}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
    </FormModal>
  );
}
