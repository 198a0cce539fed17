import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { type Roster, useDutyChanged } from './duty-queries';

interface DialogProps {
  roster: Roster;
  onClose(): void;
  onSaved(): void;
}

/** 轮值: fills a range of days with the chosen people in turn, the first on the first day. */
export function RotationDialog({ roster, onClose, onSaved }: DialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ range: [Dayjs, Dayjs]; userIds: string[] }>();
  const changed = useDutyChanged();
  const today = dayjs(roster.today);
  const required = { required: true, message: t('validation:required') };
  return (
    <FormModal
      open
      form={form}
      title={t('duty:rotation.title')}
      okText={t('duty:rotation.fill')}
      initialValues={{ range: [today, dayjs(roster.horizonEnd)], userIds: [] }}
      onClose={onClose}
      onSubmit={async (v) => {
        await unwrap(
          api.POST('/api/duty/roster/rotation', {
            body: { orgId: roster.org.id, from: v.range[0].format('YYYY-MM-DD'), to: v.range[1].format('YYYY-MM-DD'), userIds: v.userIds },
          }),
        );
        await changed();
        onSaved();
      }}
    >
      <Form.Item name="range" label={t('duty:rotation.range')} rules={[required]} extra={t('duty:rotation.rangeHint')}>
        <DatePicker.RangePicker aria-label={t('duty:rotation.range')} disabledDate={(d) => d.isBefore(today, 'day')} allowClear={false} />
      </Form.Item>
      <Form.Item name="userIds" label={t('duty:rotation.people')} rules={[required]} extra={t('duty:rotation.peopleHint')}>
        <Select
          mode="multiple"
          aria-label={t('duty:rotation.people')}
          options={roster.people.map((p) => ({ value: p.id, label: p.displayName }))}
        />
      </Form.Item>
    </FormModal>
  );
}

/** The station head's 24-hour phone printed on the roster. */
export function ContactDialog({ roster, onClose, onSaved }: DialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ headPhone: string }>();
  const changed = useDutyChanged();
  return (
    <FormModal
      open
      form={form}
      title={t('duty:contact.title')}
      okText={t('common:actions.save')}
      initialValues={{ headPhone: roster.roster?.headPhone ?? '' }}
      onClose={onClose}
      onSubmit={async (v) => {
        await unwrap(
          api.PUT('/api/duty/roster/contact', {
            body: { orgId: roster.org.id, headPhone: v.headPhone.trim(), ...(roster.roster ? { version: roster.roster.version } : {}) },
          }),
        );
        await changed();
        onSaved();
      }}
    >
      <Form.Item
        name="headPhone"
        label={t('duty:contact.headPhone')}
        extra={t('duty:contact.hint')}
        rules={[{ required: true, whitespace: true, message: t('validation:required') }]}
      >
        <Input inputMode="tel" autoComplete="tel" />
      </Form.Item>
    </FormModal>
  );
}

/** 换班: another person takes over a day; the reason is kept with who recorded it and when. */
export function SwapDialog({ roster, day, onClose, onSaved }: DialogProps & { day: string }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ toUserId: string; phone?: string; reason: string }>();
  const changed = useDutyChanged();
  const current = roster.days.find((d) => d.day === day);
  return (
    <FormModal
      open
      form={form}
      title={t('duty:swap.title', { day, name: current?.userName ?? '' })}
      okText={t('duty:swap.record')}
      onClose={onClose}
      onSubmit={async (v) => {
        await unwrap(
          api.POST('/api/duty/swaps', {
            body: {
              orgId: roster.org.id,
              day,
              toUserId: v.toUserId,
              reason: v.reason.trim(),
              ...(v.phone?.trim() ? { phone: v.phone.trim() } : {}),
            },
          }),
        );
        await changed();
        onSaved();
      }}
    >
      <Form.Item name="toUserId" label={t('duty:swap.to')} rules={[{ required: true, message: t('validation:required') }]}>
        <Select
          aria-label={t('duty:swap.to')}
          options={roster.people
            .filter((p) => p.id !== current?.userId)
            .map((p) => ({ value: p.id, label: `${p.displayName} ${p.phone}` }))}
        />
      </Form.Item>
      <Form.Item name="phone" label={t('duty:swap.phone')} extra={t('duty:swap.phoneHint')}>
        <Input inputMode="tel" />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('duty:swap.reason')}
        rules={[{ required: true, whitespace: true, message: t('validation:required') }]}
      >
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
