import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../app/auth/use-me';
import { DateTimeInput } from '../../app/ui/DateTimeInput';
import { FormModal } from '../../app/ui/FormModal';
import { businessDate, useServerToday } from '../../app/ui/server-time';
import { peopleQuery, type StationStatus, useMeetingsChanged } from './meeting-queries';

interface Values {
  orgId: string;
  /** An instant (ISO), typed as the organisation's wall-clock time. */
  scheduledAt: string;
  place: string;
  chairId: string;
}

/**
 * 安排例会 (A1.2): when, where and who chairs. A day after the next meeting is due is allowed but warned of before it is
 * saved: the interval would be exceeded.
 */
export function ScheduleDialog({ stations, onClose, onSaved }: { stations: StationStatus[]; onClose(): void; onSaved(id: string): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const changed = useMeetingsChanged();
  const me = useMe();
  const today = dayjs(useServerToday());
  const orgId = Form.useWatch('orgId', form);
  const at = Form.useWatch('scheduledAt', form);
  const station = stations.find((s) => s.orgId === orgId);
  const people = useQuery({ ...peopleQuery(orgId ?? ''), enabled: Boolean(orgId) });
  // the meeting's day in the organisation's zone against the due day
  const late = station?.nextDueOn && at ? businessDate(new Date(at), me.tenant.timeZone) > station.nextDueOn : false;
  const required = { required: true, message: t('validation:required') };

  return (
    <FormModal<Values>
      open
      form={form}
      title={t('meetings:schedule.title')}
      okText={t('meetings:schedule.save')}
      initialValues={{ orgId: stations[0]?.orgId, place: t('meetings:schedule.defaultPlace'), chairId: me.user.id }}
      onClose={onClose}
      onSubmit={async (v) => {
        const m = await unwrap(
          api.POST('/api/meetings', {
            body: {
              orgId: v.orgId,
              scheduledAt: v.scheduledAt,
              place: v.place.trim(),
              chairId: v.chairId,
            },
          }),
        );
        await changed();
        onSaved(m.id);
      }}
    >
      <Form.Item name="orgId" label={t('meetings:fields.station')} rules={[required]}>
        <Select options={stations.map((s) => ({ value: s.orgId, label: s.orgName }))} />
      </Form.Item>
      <Form.Item
        name="scheduledAt"
        label={t('meetings:fields.scheduledAt')}
        rules={[required]}
        extra={station?.nextDueOn ? t('meetings:schedule.dueHint', { date: station.nextDueOn }) : undefined}
      >
        <DateTimeInput showTime={{ format: 'HH:mm' }} disabledDate={(d) => d.isBefore(today, 'day')} />
      </Form.Item>
      {late ? (
        <Alert
          className="mt-banner mt-late-warning"
          type="warning"
          showIcon
          title={t('meetings:schedule.lateWarning', { date: station?.nextDueOn })}
        />
      ) : null}
      <Form.Item name="place" label={t('meetings:fields.place')} rules={[{ ...required, whitespace: true }, { max: 100 }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="chairId" label={t('meetings:fields.chair')} rules={[required]}>
        <Select
          disabled={!orgId}
          loading={people.isFetching}
          options={(people.data?.items ?? []).map((p) => ({ value: p.id, label: p.displayName }))}
        />
      </Form.Item>
    </FormModal>
  );
}
