import { Button, Form, Input, InputNumber } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { applyServerErrors } from '../../app/ui/form-errors';
import { numberRange } from '../../app/ui/number-range';
import { useToast } from '../../app/ui/toast';
import { type DutyLog, useDutyChanged } from './duty-queries';

interface Values {
  patrols: number;
  patrolNotes: string;
  mediations: number;
  mediationNotes: string;
  registrations: number;
  registrationNotes: string;
  events: string;
}

const EMPTY: Values = {
  patrols: 0,
  patrolNotes: '',
  mediations: 0,
  mediationNotes: '',
  registrations: 0,
  registrationNotes: '',
  events: '',
};

/**
 * 值班日志 of one day, written by the person on duty on a phone: 治安巡逻, 矛盾调解 and 登记服务 each with a count and
 * notes, and the day's events. Saved as often as needed until the handover.
 */
export function LogForm({ orgId, day, log }: { orgId: string; day: string; log: DutyLog | null }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const changed = useDutyChanged();
  const toast = useToast();
  const initial: Values = log
    ? {
        patrols: log.patrols,
        patrolNotes: log.patrolNotes,
        mediations: log.mediations,
        mediationNotes: log.mediationNotes,
        registrations: log.registrations,
        registrationNotes: log.registrationNotes,
        events: log.events,
      }
    : EMPTY;
  const save = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        api.PUT('/api/duty/logs', {
          body: {
            orgId,
            day,
            patrols: v.patrols ?? 0,
            patrolNotes: v.patrolNotes?.trim() ?? '',
            mediations: v.mediations ?? 0,
            mediationNotes: v.mediationNotes?.trim() ?? '',
            registrations: v.registrations ?? 0,
            registrationNotes: v.registrationNotes?.trim() ?? '',
            events: v.events?.trim() ?? '',
            ...(log ? { version: log.version } : {}),
          },
        }),
      );
      await changed();
      toast.success(t('duty:log.saved'));
    } catch (e) {
      setError(applyServerErrors(form, e, t));
    } finally {
      setBusy(false);
    }
  };
  const count = (name: keyof Values, label: string) => (
    <Form.Item
      name={name}
      label={label}
      rules={[{ required: true, message: t('validation:required') }, ...numberRange(t, { min: 0, max: 999 })]}
    >
      <InputNumber precision={0} inputMode="numeric" />
    </Form.Item>
  );
  return (
    <Form form={form} layout="vertical" initialValues={initial} onFinish={save} aria-label={t('duty:log.formLabel', { day })}>
      <div className="duty-counts">
        {count('patrols', t('duty:log.patrols'))}
        {count('mediations', t('duty:log.mediations'))}
        {count('registrations', t('duty:log.registrations'))}
      </div>
      <Form.Item name="patrolNotes" label={t('duty:log.patrolNotes')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item name="mediationNotes" label={t('duty:log.mediationNotes')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item name="registrationNotes" label={t('duty:log.registrationNotes')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item name="events" label={t('duty:log.events')} extra={t('duty:log.eventsHint')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      {error ? (
        <p role="alert" className="duty-error">
          {error}
        </p>
      ) : null}
      <Button type="primary" htmlType="submit" loading={busy} block>
        {log ? t('duty:log.update') : t('duty:log.save')}
      </Button>
    </Form>
  );
}

/** The handover (交班): a note for the next person on duty, after which the log no longer changes. */
export function HandoverForm({ log, nextName }: { log: DutyLog; nextName: string }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ handoverNote: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const changed = useDutyChanged();
  const toast = useToast();
  return (
    <Form
      form={form}
      layout="vertical"
      aria-label={t('duty:handover.formLabel')}
      onFinish={async (v) => {
        setBusy(true);
        setError(null);
        try {
          await unwrap(
            api.POST('/api/duty/logs/{id}/handover', {
              params: { path: { id: log.id } },
              body: { version: log.version, handoverNote: v.handoverNote.trim() },
            }),
          );
          await changed();
          toast.success(t('duty:handover.done', { name: nextName }));
        } catch (e) {
          setError(applyServerErrors(form, e, t));
        } finally {
          setBusy(false);
        }
      }}
    >
      <Form.Item
        name="handoverNote"
        label={t('duty:handover.note')}
        extra={t('duty:handover.noteHint')}
        rules={[{ required: true, whitespace: true, message: t('validation:required') }]}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      {error ? (
        <p role="alert" className="duty-error">
          {error}
        </p>
      ) : null}
      <Button type="primary" htmlType="submit" loading={busy} block>
        {t('duty:handover.submit', { name: nextName })}
      </Button>
    </Form>
  );
}
