import { useQuery } from '@tanstack/react-query';
import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { numberRange } from '../../app/ui/number-range';
import { useServerToday } from '../../app/ui/server-time';
import { useToast } from '../../app/ui/toast';
import { type Course, HOURS, staffQuery, useTrainingChanged } from './training-queries';

interface Values {
  userId: string;
  organiser: string;
  title: string;
  fromOn: Dayjs;
  toOn: Dayjs;
  hours: number;
  certificate?: string;
}

/** 登记上级培训班 (A1.1): who of the station attended which course, run by whom, from when to when, its hours and certificate. */
export function CourseDialog({ orgId, course, onClose }: { orgId: string; course: Course | null; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const toast = useToast();
  const changed = useTrainingChanged();
  const today = dayjs(useServerToday());
  const staff = useQuery(staffQuery(orgId));
  const required = { required: true, message: t('validation:required') };
  const people = (staff.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }));
  if (course && !people.some((p) => p.value === course.userId)) people.push({ value: course.userId, label: course.userName });
  const initial: Partial<Values> = course
    ? {
        userId: course.userId,
        organiser: course.organiser,
        title: course.title,
        fromOn: dayjs(course.fromOn),
        toOn: dayjs(course.toOn),
        hours: course.hours,
        certificate: course.certificate ?? '',
      }
    : { fromOn: today, toOn: today };

  return (
    <FormModal<Values>
      open
      form={form}
      title={t(course ? 'training:course.editTitle' : 'training:course.newTitle')}
      okText={t(course ? 'training:course.save' : 'training:course.record')}
      initialValues={initial}
      onClose={onClose}
      onSubmit={async (v) => {
        const fields = {
          userId: v.userId,
          organiser: v.organiser.trim(),
          title: v.title.trim(),
          fromOn: v.fromOn.format('YYYY-MM-DD'),
          toOn: v.toOn.format('YYYY-MM-DD'),
          hours: v.hours,
          certificate: v.certificate?.trim() || null,
        };
        if (course)
          await unwrap(
            api.PUT('/api/training/courses/{id}', { params: { path: { id: course.id } }, body: { ...fields, version: course.version } }),
          );
        else await unwrap(api.POST('/api/training/courses', { body: { orgId, ...fields } }));
        await changed();
        toast.success(t('training:course.saved'));
      }}
    >
      <Form.Item name="userId" label={t('training:course.person')} rules={[required]}>
        <Select showSearch={{ optionFilterProp: 'label' }} loading={staff.isFetching} options={people} />
      </Form.Item>
      <Form.Item name="title" label={t('training:course.title')} rules={[{ ...required, whitespace: true }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="organiser" label={t('training:course.organiser')} rules={[{ ...required, whitespace: true }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="fromOn" label={t('training:course.fromOn')} rules={[required]}>
        <DatePicker disabledDate={(d) => d.isAfter(today, 'day')} />
      </Form.Item>
      <Form.Item name="toOn" label={t('training:course.toOn')} rules={[required]}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="hours" label={t('training:course.hours')} rules={[required, ...numberRange(t, HOURS)]}>
        <InputNumber step={0.5} precision={1} />
      </Form.Item>
      <Form.Item name="certificate" label={t('training:course.certificate')}>
        <Input maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
