import './meetings.css';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Empty, Form, Input, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { useFormat } from '../../app/ui/format';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { HistoryButton } from '../history/HistoryButton';
import { DoneDialog } from './DoneDialog';
import { MinutesDialog } from './MinutesDialog';
import { type ActionItem, AGENDA, type Meeting, meetingQuery, useMeetingsChanged } from './meeting-queries';
import { ActionStateTag, MeetingStateTag } from './StateTag';

/** Cancels a scheduled meeting with the reason. */
function CancelDialog({ meeting, onClose }: { meeting: Meeting; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const changed = useMeetingsChanged();
  return (
    <FormModal<{ reason: string }>
      open
      form={form}
      title={t('meetings:cancel.title')}
      okText={t('meetings:cancel.confirm')}
      onClose={onClose}
      onSubmit={async (v) => {
        await unwrap(
          api.POST('/api/meetings/{id}/cancel', {
            params: { path: { id: meeting.id } },
            body: { version: meeting.version, reason: v.reason.trim() },
          }),
        );
        await changed();
      }}
    >
      <Form.Item
        name="reason"
        label={t('meetings:cancel.reason')}
        rules={[{ required: true, whitespace: true, message: t('validation:required') }, { max: 500 }]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}

/** One work meeting: when, where, who chaired; its minutes by the fixed agenda, the attendance and the action items. */
export function MeetingPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const q = useQuery(meetingQuery(id));
  const [dialog, setDialog] = useState<'minutes' | 'cancel' | null>(null);
  const [done, setDone] = useState<ActionItem | null>(null);
  if (q.isError) return <QueryError error={q.error} onRetry={() => q.refetch()} />;
  const m = q.data;
  if (!m) return null;
  const scheduled = m.state === 'scheduled';
  const present = m.attendees.filter((a) => a.present);
  const absent = m.attendees.filter((a) => !a.present);

  return (
    <div className="meetings">
      <PageHeader
        title={t('meetings:meeting.title', { date: format.date(m.heldAt ?? m.scheduledAt) })}
        subtitle={m.orgName}
        extra={
          <Space wrap>
            {m.state === 'held' ? (
              <a href={`/api/meetings/${m.id}/print`} target="_blank" rel="noreferrer">
                <Button icon={<PrinterOutlined aria-hidden />}>{t('meetings:meeting.print')}</Button>
              </a>
            ) : null}
            {scheduled && m.abilities.manage ? (
              <>
                <Button onClick={() => setDialog('cancel')}>{t('meetings:cancel.open')}</Button>
                <Button type="primary" onClick={() => setDialog('minutes')}>
                  {t('meetings:minutes.open')}
                </Button>
              </>
            ) : null}
            <HistoryButton entity="meeting" id={m.id} name={`${m.orgName} ${format.date(m.scheduledAt)}`} />
          </Space>
        }
      />
      {m.lateForInterval ? (
        <Alert className="mt-banner" type="warning" showIcon title={t('meetings:meeting.late', { date: m.nextDueOn })} />
      ) : null}
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('meetings:fields.state')}>
            <MeetingStateTag state={m.state} />
          </Descriptions.Item>
          <Descriptions.Item label={t('meetings:fields.scheduledAt')}>{format.dateTime(m.scheduledAt)}</Descriptions.Item>
          {m.heldAt ? <Descriptions.Item label={t('meetings:fields.heldAt')}>{format.dateTime(m.heldAt)}</Descriptions.Item> : null}
          <Descriptions.Item label={t('meetings:fields.place')}>{m.place}</Descriptions.Item>
          <Descriptions.Item label={t('meetings:fields.chair')}>{m.chairName}</Descriptions.Item>
          {m.recorderName ? <Descriptions.Item label={t('meetings:fields.recorder')}>{m.recorderName}</Descriptions.Item> : null}
          {m.cancelReason ? <Descriptions.Item label={t('meetings:cancel.reason')}>{m.cancelReason}</Descriptions.Item> : null}
          {m.state === 'held' ? (
            <>
              <Descriptions.Item label={t('meetings:fields.present')}>
                {present.map((a) => a.displayName).join(t('common:listSeparator')) || t('common:empty')}
              </Descriptions.Item>
              <Descriptions.Item label={t('meetings:fields.absent')}>
                {absent
                  .map((a) => (a.absenceReason ? t('common:aside', { text: a.displayName, aside: a.absenceReason }) : a.displayName))
                  .join(t('common:listSeparator')) || t('common:empty')}
              </Descriptions.Item>
            </>
          ) : null}
        </Descriptions>
      </Card>
      <Card className="mt-section mt-minutes" title={<h2 className="card-heading">{t('meetings:meeting.minutes')}</h2>}>
        {m.minutes ? (
          AGENDA.map((k) => (
            <section key={k}>
              <h3>{t(`meetings:agenda.${k}`)}</h3>
              <p className="mt-text">{m.minutes?.[k]}</p>
            </section>
          ))
        ) : (
          <Empty description={t(m.state === 'cancelled' ? 'meetings:meeting.cancelled' : 'meetings:meeting.noMinutes')} />
        )}
      </Card>
      <Card className="mt-section mt-actions" title={<h2 className="card-heading">{t('meetings:meeting.actions')}</h2>}>
        <Table<ActionItem>
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: true }}
          dataSource={m.actions}
          locale={{ emptyText: t('meetings:action.none') }}
          columns={[
            { key: 'text', title: t('meetings:fields.action'), render: (_, a) => a.text },
            { key: 'owner', title: t('meetings:fields.owner'), render: (_, a) => a.ownerName },
            { key: 'due', title: t('meetings:fields.dueOn'), render: (_, a) => a.dueOn },
            { key: 'state', title: t('meetings:fields.state'), render: (_, a) => <ActionStateTag a={a} /> },
            {
              key: 'note',
              title: t('meetings:action.note'),
              render: (_, a) =>
                a.doneNote
                  ? t('common:aside', {
                      text: a.doneNote,
                      aside: [a.doneByName, a.doneAt ? format.date(a.doneAt) : ''].filter(Boolean).join(' '),
                    })
                  : '',
            },
            {
              key: 'do',
              title: t('common:fields.actions'),
              render: (_, a) =>
                a.abilities.markDone ? (
                  <Button size="small" onClick={() => setDone(a)} aria-label={t('meetings:action.markDoneOf', { text: a.text })}>
                    {t('meetings:action.markDone')}
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
      {dialog === 'minutes' ? <MinutesDialog meeting={m} onClose={() => setDialog(null)} /> : null}
      {dialog === 'cancel' ? <CancelDialog meeting={m} onClose={() => setDialog(null)} /> : null}
      {done ? <DoneDialog action={done} onClose={() => setDone(null)} /> : null}
    </div>
  );
}
