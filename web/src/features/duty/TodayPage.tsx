import './duty.css';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Empty, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { errorText } from '../../app/ui/error-text';
import { useFormat } from '../../app/ui/format';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { useToast } from '../../app/ui/toast';
import { DutyNav } from './DutyNav';
import { LogStateTag } from './DutyTags';
import { type DutyLog, type MyDuty, myDutyQuery, useDutyChanged } from './duty-queries';
import { HandoverForm, LogForm } from './LogForm';

/**
 * 今日值班 (A1.5), made for a phone: the handovers waiting for the caller to receive (接班), today's duty log and the
 * handover to the next person on duty (交班), and past days of theirs still without a log.
 */
export function TodayPage() {
  const { t } = useTranslation();
  const mine = useQuery(myDutyQuery);
  const d = mine.data;
  return (
    <div className="duty">
      <PageHeader title={t('duty:pages.TodayPage')} subtitle={d ? t('duty:today.subtitle', { day: d.today }) : undefined} />
      <DutyNav />
      {mine.isError ? <QueryError error={mine.error} onRetry={() => mine.refetch()} /> : null}
      {mine.isLoading ? <Skeleton active /> : null}
      {d ? (
        <>
          {d.toReceive.map((l) => (
            <ReceiveCard key={l.id} log={l} />
          ))}
          {d.duties.length === 0 ? <Empty description={t('duty:today.notOnDuty')} /> : null}
          {d.duties.map((duty) => (
            <DutyCard key={`${duty.orgId}:${duty.day}`} duty={duty} today={d.today} />
          ))}
        </>
      ) : null}
    </div>
  );
}

/** One day on duty: its log to write, then the handover; a past day is a late log. */
function DutyCard({ duty, today }: { duty: MyDuty['duties'][number]; today: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const log = duty.log;
  const late = duty.day !== today;
  return (
    <Card
      className="duty-card"
      size="small"
      title={late ? t('duty:today.lateTitle', { day: duty.day, station: duty.orgName }) : t('duty:today.title', { station: duty.orgName })}
      extra={log ? <LogStateTag state={log.state} /> : null}
    >
      <section aria-label={t('duty:log.title')}>
        <h2 className="duty-h2">{t('duty:log.title')}</h2>
        {log && !log.abilities.edit ? (
          <LogView log={log} />
        ) : (
          <LogForm key={log?.id ?? 'new'} orgId={duty.orgId} day={duty.day} log={log} />
        )}
      </section>
      {late ? null : (
        <section aria-label={t('duty:handover.title')}>
          <h2 className="duty-h2">{t('duty:handover.title')}</h2>
          {duty.next ? (
            <p>{t('duty:handover.next', { name: duty.next.userName, phone: duty.next.phone })}</p>
          ) : (
            <p className="duty-error">{t('duty:handover.noNext')}</p>
          )}
          {log?.state === 'written' && log.abilities.handover && duty.next ? (
            <HandoverForm log={log} nextName={duty.next.userName} />
          ) : null}
          {!log ? <p>{t('duty:handover.logFirst')}</p> : null}
          {log?.handedOverAt ? (
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'note', label: t('duty:handover.note'), children: <span className="duty-note">{log.handoverNote}</span> },
                { key: 'at', label: t('duty:handover.handedAt'), children: format.dateTime(log.handedOverAt) },
                {
                  key: 'received',
                  label: t('duty:handover.receivedAt'),
                  children: log.receivedAt ? `${log.handedToName ?? ''} ${format.dateTime(log.receivedAt)}` : t('duty:handover.waiting'),
                },
              ]}
            />
          ) : null}
        </section>
      )}
    </Card>
  );
}

/** A log as read: counts, notes and events. */
export function LogView({ log }: { log: DutyLog }) {
  const { t } = useTranslation();
  const line = (count: number, notes: string) => (
    <span className="duty-note">
      {count}
      {notes ? ` · ${notes}` : ''}
    </span>
  );
  return (
    <Descriptions
      size="small"
      column={1}
      items={[
        { key: 'patrols', label: t('duty:log.patrols'), children: line(log.patrols, log.patrolNotes) },
        { key: 'mediations', label: t('duty:log.mediations'), children: line(log.mediations, log.mediationNotes) },
        { key: 'registrations', label: t('duty:log.registrations'), children: line(log.registrations, log.registrationNotes) },
        { key: 'events', label: t('duty:log.events'), children: <span className="duty-note">{log.events || t('common:empty')}</span> },
      ]}
    />
  );
}

/** A handover waiting for the caller: the day's log and the note, and 接班. */
function ReceiveCard({ log }: { log: DutyLog }) {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const changed = useDutyChanged();
  const [busy, setBusy] = useState(false);
  return (
    <Card className="duty-card" size="small" title={t('duty:receive.title', { name: log.userName, day: log.day })}>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'note', label: t('duty:handover.note'), children: <span className="duty-note">{log.handoverNote}</span> },
          { key: 'at', label: t('duty:handover.handedAt'), children: format.dateTime(log.handedOverAt ?? '') },
        ]}
      />
      <LogView log={log} />
      <Button
        type="primary"
        block
        loading={busy}
        onClick={async () => {
          setBusy(true);
          try {
            await unwrap(api.POST('/api/duty/logs/{id}/receive', { params: { path: { id: log.id } }, body: { version: log.version } }));
            await changed();
            toast.success(t('duty:receive.done'));
          } catch (e) {
            toast.error(errorText(t, e));
          } finally {
            setBusy(false);
          }
        }}
      >
        {t('duty:receive.submit')}
      </Button>
    </Card>
  );
}
