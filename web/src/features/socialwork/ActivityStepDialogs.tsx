import { Alert, DatePicker, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { numberRange } from '../../app/ui/number-range';
import { useServerToday } from '../../app/ui/server-time';
import { PhotoPicker } from '../orders/PhotoPicker';
import type { Activity } from './activity-queries';
import { useSocialworkChanged } from './project-queries';

interface HoldValues {
  heldOn: Dayjs;
  attendance: number;
}

/** 记录开展 (A3.4): the day it was held (not one to come) and how many service users took part. */
export function ActivityHoldDialog({ activity, onClose }: { activity: Activity; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<HoldValues>();
  const changed = useSocialworkChanged();
  const today = dayjs(useServerToday());
  const planned = dayjs(activity.plannedOn);
  return (
    <FormModal<HoldValues>
      open
      form={form}
      title={t('swActivities:hold.title', { title: activity.title })}
      okText={t('swActivities:hold.ok')}
      initialValues={{ heldOn: planned.isAfter(today) ? today : planned }}
      onClose={onClose}
      onSubmit={async (v) => {
        await unwrap(
          api.POST('/api/socialwork/activities/{id}/hold', {
            params: { path: { id: activity.id } },
            body: { version: activity.version, heldOn: v.heldOn.format('YYYY-MM-DD'), attendance: v.attendance },
          }),
        );
        await changed();
      }}
    >
      <Form.Item name="heldOn" label={t('swActivities:fields.heldOn')} rules={[{ required: true, message: t('validation:required') }]}>
        <DatePicker disabledDate={(d) => d.isAfter(today, 'day')} />
      </Form.Item>
      <Form.Item
        name="attendance"
        label={t('swActivities:fields.attendance')}
        rules={[
          { required: true, message: t('validation:required') },
          // refused, not clamped: -5 silently became 0 and, once recorded, cannot be corrected; the server's limit
          ...numberRange(t, { min: 0, max: 100_000 }),
        ]}
      >
        <InputNumber precision={0} />
      </Form.Item>
    </FormModal>
  );
}

/** 取消活动: a planned activity called off, with the reason. */
export function ActivityCancelDialog({ activity, onClose }: { activity: Activity; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const changed = useSocialworkChanged();
  return (
    <FormModal<{ reason: string }>
      open
      form={form}
      title={t('swActivities:cancel.title', { title: activity.title })}
      okText={t('swActivities:cancel.ok')}
      onClose={onClose}
      onSubmit={async (v) => {
        await unwrap(
          api.POST('/api/socialwork/activities/{id}/cancel', {
            params: { path: { id: activity.id } },
            body: { version: activity.version, reason: v.reason.trim() },
          }),
        );
        await changed();
      }}
    >
      <Form.Item
        name="reason"
        label={t('swActivities:fields.cancelReason')}
        rules={[{ required: true, whitespace: true, message: t('validation:required') }, { max: 500 }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}

interface BriefValues {
  summary: string;
  reflection: string;
  photos?: string[];
}

/**
 * 活动简报 (A3.4): the summary and reflection of a held activity, with photos; due `briefDue`, and marked late when
 * written after it. Written once.
 */
export function ActivityBriefDialog({ activity, onClose }: { activity: Activity; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<BriefValues>();
  const changed = useSocialworkChanged();
  const late = activity.briefStatus === 'overdue';
  return (
    <FormModal<BriefValues>
      open
      form={form}
      title={t('swActivities:brief.title', { title: activity.title })}
      okText={t('swActivities:brief.ok')}
      onClose={onClose}
      onSubmit={async (v) => {
        await unwrap(
          api.POST('/api/socialwork/activities/{id}/brief', {
            params: { path: { id: activity.id } },
            body: { version: activity.version, summary: v.summary.trim(), reflection: v.reflection.trim(), photos: v.photos ?? [] },
          }),
        );
        await changed();
      }}
    >
      <Alert
        type={late ? 'warning' : 'info'}
        showIcon
        className="sw-brief-note"
        title={t(late ? 'swActivities:brief.lateNote' : 'swActivities:brief.dueNote', { date: activity.briefDue })}
      />
      <Form.Item
        name="summary"
        label={t('swActivities:fields.briefSummary')}
        rules={[{ required: true, whitespace: true, message: t('validation:required') }, { max: 4000 }]}
      >
        <Input.TextArea rows={4} />
      </Form.Item>
      <Form.Item
        name="reflection"
        label={t('swActivities:fields.briefReflection')}
        rules={[{ required: true, whitespace: true, message: t('validation:required') }, { max: 4000 }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="photos" label={t('swActivities:fields.briefPhotos')}>
        <PhotoPicker max={6} />
      </Form.Item>
    </FormModal>
  );
}
