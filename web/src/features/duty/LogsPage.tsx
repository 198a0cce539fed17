import './duty.css';
import { useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Empty, Modal, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useFormat } from '../../app/ui/format';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { useServerToday } from '../../app/ui/server-time';
import { HistoryButton } from '../history/HistoryButton';
import { DutyNav } from './DutyNav';
import { LogStateTag } from './DutyTags';
import { type DutyLog, logListQuery, stationsQuery } from './duty-queries';
import { LogView } from './TodayPage';

/** 值班日志 of the caller's stations (A1.5), newest first, with their handovers; the last 31 days unless picked. */
export function LogsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const today = useServerToday();
  const [params, setParams] = useSearchParams();
  const stations = useQuery(stationsQuery);
  const orgId = params.get('orgId') ?? undefined;
  const from = params.get('from') ?? dayjs(today).subtract(31, 'day').format('YYYY-MM-DD');
  const to = params.get('to') ?? today;
  const logs = useQuery(logListQuery({ ...(orgId ? { orgId } : {}), from, to }));
  const [open, setOpen] = useState<DutyLog | null>(null);
  const set = (patch: Record<string, string | undefined>) => {
    const next = { ...(orgId ? { orgId } : {}), from, to, ...patch };
    setParams(Object.fromEntries(Object.entries(next).filter(([, v]) => v)) as Record<string, string>);
  };
  const handover = (l: DutyLog) =>
    l.handedOverAt
      ? t('duty:logs.handover', {
          name: l.handedToName ?? '',
          at: format.dateTime(l.handedOverAt),
          received: l.receivedAt ? format.dateTime(l.receivedAt) : t('duty:handover.waiting'),
        })
      : t('common:empty');
  const view = (l: DutyLog) => (
    <Button size="small" onClick={() => setOpen(l)} aria-label={t('duty:logs.viewOf', { day: l.day, station: l.orgName })}>
      {t('duty:logs.view')}
    </Button>
  );

  return (
    <div className="duty">
      <PageHeader title={t('duty:pages.LogsPage')} subtitle={t('duty:logs.subtitle')} />
      <DutyNav />
      <search className="toolbar">
        <Select
          className="duty-station"
          aria-label={t('duty:roster.station')}
          allowClear
          placeholder={t('duty:logs.allStations')}
          value={orgId}
          onChange={(v) => set({ orgId: v })}
          options={(stations.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
        />
        <DatePicker.RangePicker
          aria-label={t('duty:logs.period')}
          allowClear={false}
          value={[dayjs(from), dayjs(to)]}
          onChange={(r) => r?.[0] && r[1] && set({ from: r[0].format('YYYY-MM-DD'), to: r[1].format('YYYY-MM-DD') })}
        />
      </search>
      {logs.isError ? (
        <QueryError error={logs.error} onRetry={() => logs.refetch()} />
      ) : (
        <ResponsiveTable<DutyLog>
          label={t('duty:pages.LogsPage')}
          rowKey="id"
          items={logs.data?.items}
          total={logs.data?.items.length ?? 0}
          whole
          loading={logs.isFetching}
          empty={<Empty description={t('duty:logs.empty')} />}
          columns={[
            { key: 'day', title: t('duty:roster.date'), render: (_, l) => l.day },
            { key: 'station', title: t('duty:roster.station'), render: (_, l) => l.orgName },
            { key: 'person', title: t('duty:roster.person'), render: (_, l) => l.userName },
            {
              key: 'counts',
              title: t('duty:logs.counts'),
              render: (_, l) =>
                t('duty:logs.countsValue', { patrols: l.patrols, mediations: l.mediations, registrations: l.registrations }),
            },
            { key: 'handover', title: t('duty:handover.title'), render: (_, l) => handover(l) },
            { key: 'state', title: t('duty:logs.state'), render: (_, l) => <LogStateTag state={l.state} /> },
            {
              key: 'actions',
              title: t('duty:roster.actions'),
              render: (_, l) => (
                <>
                  {view(l)} <HistoryButton entity="duty_log" id={l.id} name={`${l.orgName} ${l.day}`} />
                </>
              ),
            },
          ]}
          renderCard={(l) => (
            <div>
              <div className="record-card-title">
                {l.day} · {l.userName} <LogStateTag state={l.state} />
              </div>
              <div className="record-card-line">
                {/* a card has no column heading: each number says what it counts */}
                {t('duty:logs.countsCard', { patrols: l.patrols, mediations: l.mediations, registrations: l.registrations })}
              </div>
              <div className="record-card-line">{handover(l)}</div>
              {view(l)}
            </div>
          )}
        />
      )}
      {open ? (
        <Modal
          open
          title={t('duty:logs.detailTitle', { day: open.day, station: open.orgName, name: open.userName })}
          footer={null}
          onCancel={() => setOpen(null)}
        >
          <LogView log={open} />
          {open.handoverNote ? (
            <p className="duty-note">
              {t('duty:handover.note')}
              {t('common:labelSeparator')}
              {open.handoverNote}
            </p>
          ) : null}
          <p>{handover(open)}</p>
        </Modal>
      ) : null}
    </div>
  );
}
