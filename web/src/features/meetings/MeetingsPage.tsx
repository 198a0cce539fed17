import './meetings.css';
import { CheckSquareOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Empty, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFormat } from '../../app/ui/format';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { type MeetingSummary, meetingListQuery, type StationStatus } from './meeting-queries';
import { ScheduleDialog } from './ScheduleDialog';
import { MeetingStateTag } from './StateTag';

/** The interval banner of a station: when the next meeting is due, or that it is overdue. */
function DueBanner({ s }: { s: StationStatus }) {
  const { t } = useTranslation();
  const format = useFormat();
  const next = s.nextScheduledAt
    ? t('meetings:due.nextScheduled', { at: format.dateTime(s.nextScheduledAt) })
    : t('meetings:due.noneScheduled');
  if (!s.lastHeldOn)
    return (
      <Alert
        className="mt-banner mt-due"
        type="info"
        showIcon
        title={`${s.orgName}${t('common:labelSeparator')}${t('meetings:due.never', { days: s.intervalDays })}`}
        description={next}
      />
    );
  return (
    <Alert
      className="mt-banner mt-due"
      type={s.intervalExceeded ? 'error' : 'info'}
      showIcon
      title={`${s.orgName}${t('common:labelSeparator')}${t(s.intervalExceeded ? 'meetings:due.exceeded' : 'meetings:due.next', {
        date: s.nextDueOn,
        last: s.lastHeldOn,
        days: s.intervalDays,
      })}`}
      description={next}
    />
  );
}

/** 工作例会 (A1.2): each station's next due meeting, and the meetings, the latest first. */
export function MeetingsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const list = useQuery(meetingListQuery());
  const [scheduling, setScheduling] = useState(false);
  const managed = (list.data?.stations ?? []).filter((s) => s.mayManage);

  return (
    <div className="meetings">
      <PageHeader
        title={t('meetings:pages.meetings')}
        subtitle={t('meetings:pages.meetingsHint')}
        extra={
          <Space wrap>
            <Link to="/workstation/meetings/actions">
              <Button icon={<CheckSquareOutlined aria-hidden />}>{t('meetings:pages.actions')}</Button>
            </Link>
            {managed.length ? (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setScheduling(true)}>
                {t('meetings:schedule.open')}
              </Button>
            ) : null}
          </Space>
        }
      />
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <>
          {(list.data?.stations ?? []).map((s) => (
            <DueBanner key={s.orgId} s={s} />
          ))}
          <ResponsiveTable<MeetingSummary>
            label={t('meetings:pages.meetings')}
            rowKey="id"
            items={list.data?.items}
            total={list.data?.items.length ?? 0}
            whole
            loading={list.isFetching}
            empty={<Empty description={t('meetings:list.empty')} />}
            onTableChange={() => undefined}
            columns={[
              {
                key: 'when',
                title: t('meetings:fields.scheduledAt'),
                render: (_, m) => <Link to={`/workstation/meetings/${m.id}`}>{format.dateTime(m.heldAt ?? m.scheduledAt)}</Link>,
              },
              { key: 'station', title: t('meetings:fields.station'), render: (_, m) => m.orgName },
              { key: 'place', title: t('meetings:fields.place'), render: (_, m) => m.place },
              { key: 'chair', title: t('meetings:fields.chair'), render: (_, m) => m.chairName },
              {
                key: 'state',
                title: t('meetings:fields.state'),
                render: (_, m) => (
                  <>
                    <MeetingStateTag state={m.state} />
                    {m.lateForInterval ? <span className="mt-tag-bad">{t('meetings:list.late')}</span> : null}
                  </>
                ),
              },
              { key: 'actions', title: t('meetings:fields.actionCount'), render: (_, m) => m.actionCount },
            ]}
            renderCard={(m) => (
              <div>
                <div className="record-card-title">
                  <Link to={`/workstation/meetings/${m.id}`}>
                    {format.dateTime(m.heldAt ?? m.scheduledAt)} · {m.orgName}
                  </Link>
                </div>
                <div className="record-card-line">
                  <MeetingStateTag state={m.state} /> {m.place} · {m.chairName}
                </div>
              </div>
            )}
          />
        </>
      )}
      {scheduling ? (
        <ScheduleDialog stations={managed} onClose={() => setScheduling(false)} onSaved={(id) => navigate(`/workstation/meetings/${id}`)} />
      ) : null}
    </div>
  );
}
