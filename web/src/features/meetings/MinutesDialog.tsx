import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Checkbox, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { DateTimeInput } from '../../app/ui/DateTimeInput';
import { FormModal } from '../../app/ui/FormModal';
import { useServerToday } from '../../app/ui/server-time';
import { AGENDA, type Meeting, peopleQuery, useMeetingsChanged } from './meeting-queries';

interface Values {
  /** An instant (ISO), typed as the organisation's wall-clock time. */
  heldAt: string;
  minutes: Record<(typeof AGENDA)[number], string>;
  attendees: { userId: string; present: boolean; absenceReason?: string }[];
  recorderId: string;
  actions: { text: string; ownerId: string; dueOn: Dayjs }[];
}

/**
 * 会议记录 (A1.2): when it was held, one text per item of the fixed agenda, every member of the station's staff present
 * or absent with the reason, who took the minutes, and the decisions as action items with owner and due day.
 */
export function MinutesDialog({ meeting, onClose }: { meeting: Meeting; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const changed = useMeetingsChanged();
  const today = dayjs(useServerToday());
  const people = useQuery(peopleQuery(meeting.orgId));
  const staff = people.data?.items ?? [];
  const present = Form.useWatch('attendees', form) ?? [];
  const nameOf = (id: string) => staff.find((p) => p.id === id)?.displayName ?? '';
  // a meeting scheduled later than now is recorded as held now, by default
  const heldAt = Date.parse(meeting.scheduledAt) > Date.now() ? new Date().toISOString() : meeting.scheduledAt;
  const required = { required: true, message: t('validation:required') };

  useEffect(() => {
    if (people.data) form.setFieldsValue({ attendees: people.data.items.map((p) => ({ userId: p.id, present: true, absenceReason: '' })) });
  }, [people.data, form]);

  return (
    <FormModal<Values>
      open
      preserve
      form={form}
      title={t('meetings:minutes.title')}
      okText={t('meetings:minutes.save')}
      initialValues={{ heldAt, actions: [] }}
      onClose={onClose}
      onSubmit={async (v) => {
        await unwrap(
          api.POST('/api/meetings/{id}/minutes', {
            params: { path: { id: meeting.id } },
            body: {
              version: meeting.version,
              heldAt: v.heldAt,
              minutes: Object.fromEntries(AGENDA.map((k) => [k, v.minutes[k].trim()])) as Values['minutes'],
              attendees: v.attendees.map((a) => ({
                userId: a.userId,
                present: a.present,
                absenceReason: a.present ? null : (a.absenceReason ?? '').trim(),
              })),
              recorderId: v.recorderId,
              actions: (v.actions ?? []).map((a) => ({ text: a.text.trim(), ownerId: a.ownerId, dueOn: a.dueOn.format('YYYY-MM-DD') })),
            },
          }),
        );
        await changed();
      }}
    >
      <Form.Item name="heldAt" label={t('meetings:fields.heldAt')} rules={[required]}>
        <DateTimeInput showTime={{ format: 'HH:mm' }} disabledDate={(d) => d.isAfter(today, 'day')} />
      </Form.Item>
      {AGENDA.map((k) => (
        <Form.Item
          key={k}
          name={['minutes', k]}
          label={t(`meetings:agenda.${k}`)}
          rules={[{ ...required, whitespace: true }, { max: 4000 }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
      ))}
      <fieldset className="mt-section">
        <legend>{t('meetings:minutes.attendance')}</legend>
        <Form.List name="attendees">
          {(fields) =>
            fields.map((f) => {
              const userId = form.getFieldValue(['attendees', f.name, 'userId']) as string;
              const name = nameOf(userId);
              const isPresent = present[f.name]?.present !== false;
              return (
                <div key={f.key} className="mt-attendee">
                  <Form.Item name={[f.name, 'userId']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[f.name, 'present']} valuePropName="checked">
                    <Checkbox>{t('meetings:minutes.present', { name })}</Checkbox>
                  </Form.Item>
                  {isPresent ? null : (
                    <Form.Item name={[f.name, 'absenceReason']} rules={[{ ...required, whitespace: true }, { max: 200 }]}>
                      <Input
                        aria-label={t('meetings:minutes.absenceReason', { name })}
                        placeholder={t('meetings:minutes.absenceReasonHint')}
                      />
                    </Form.Item>
                  )}
                </div>
              );
            })
          }
        </Form.List>
      </fieldset>
      <Form.Item name="recorderId" label={t('meetings:fields.recorder')} rules={[required]}>
        <Select options={staff.map((p) => ({ value: p.id, label: p.displayName }))} loading={people.isFetching} />
      </Form.Item>
      <fieldset className="mt-section">
        <legend>{t('meetings:minutes.actions')}</legend>
        <Form.List name="actions">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <div key={f.key} className="mt-action-row">
                  <Form.Item name={[f.name, 'text']} rules={[{ ...required, whitespace: true }, { max: 500 }]}>
                    <Input
                      aria-label={t('meetings:minutes.actionText', { n: i + 1 })}
                      placeholder={t('meetings:minutes.actionText', { n: i + 1 })}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'ownerId']} rules={[required]}>
                    <Select
                      aria-label={t('meetings:minutes.actionOwner', { n: i + 1 })}
                      options={staff.map((p) => ({ value: p.id, label: p.displayName }))}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'dueOn']} rules={[required]}>
                    <DatePicker aria-label={t('meetings:minutes.actionDue', { n: i + 1 })} placeholder={t('meetings:fields.dueOn')} />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t('meetings:minutes.removeAction', { n: i + 1 })}
                    onClick={() => remove(f.name)}
                  />
                </div>
              ))}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ text: '', dueOn: today.add(7, 'day') })}>
                {t('meetings:minutes.addAction')}
              </Button>
            </>
          )}
        </Form.List>
      </fieldset>
    </FormModal>
  );
}
