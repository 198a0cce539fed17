import './duty.css';
import { PhoneOutlined, PrinterOutlined, RetweetOutlined, SwapOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Descriptions, Empty, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { errorText } from '../../app/ui/error-text';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { useServerToday } from '../../app/ui/server-time';
import { useToast } from '../../app/ui/toast';
import { HistoryButton } from '../history/HistoryButton';
import { DutyNav } from './DutyNav';
import { DayTags } from './DutyTags';
import { type Roster, type RosterDay, rosterPrintUrl, rosterQuery, stationsQuery, useDutyChanged } from './duty-queries';
import { ContactDialog, RotationDialog, SwapDialog } from './RosterDialogs';

type Dialog = { kind: 'rotation' } | { kind: 'contact' } | { kind: 'swap'; day: string } | null;

/** The station's duty roster for one month (值班表, A1.5): pick a person per day, fill by rotation, swaps, print. */
export function RosterPage() {
  const { t, i18n } = useTranslation();
  const today = useServerToday();
  const [params, setParams] = useSearchParams();
  const stations = useQuery(stationsQuery);
  const items = stations.data?.items ?? [];
  const orgId = params.get('orgId') ?? items.find((s) => s.keepsRoster)?.id ?? items[0]?.id ?? '';
  const month = params.get('month') ?? today.slice(0, 7);
  const roster = useQuery({ ...rosterQuery(orgId, month), enabled: Boolean(orgId) });
  const [dialog, setDialog] = useState<Dialog>(null);
  const toast = useToast();
  const set = (patch: Record<string, string>) => setParams({ orgId, month, ...patch });
  const r = roster.data;

  return (
    <div className="duty">
      <PageHeader
        title={t('duty:pages.RosterPage')}
        subtitle={t('duty:roster.subtitle')}
        extra={
          r ? (
            <div className="duty-actions">
              {r.abilities.roster ? (
                <Button type="primary" icon={<RetweetOutlined aria-hidden />} onClick={() => setDialog({ kind: 'rotation' })}>
                  {t('duty:rotation.open')}
                </Button>
              ) : null}
              <Button
                icon={<PrinterOutlined aria-hidden />}
                href={rosterPrintUrl(r.org.id, month, i18n.language)}
                target="_blank"
                rel="noopener"
              >
                {t('duty:roster.print')}
              </Button>
            </div>
          ) : null
        }
      />
      <DutyNav />
      <search className="toolbar">
        <Select
          className="duty-station"
          aria-label={t('duty:roster.station')}
          value={orgId || undefined}
          placeholder={t('duty:roster.station')}
          loading={stations.isFetching}
          onChange={(v) => set({ orgId: v })}
          options={items.map((s) => ({ value: s.id, label: s.name }))}
        />
        <DatePicker
          picker="month"
          aria-label={t('duty:roster.month')}
          allowClear={false}
          value={dayjs(`${month}-01`)}
          onChange={(d) => d && set({ month: d.format('YYYY-MM') })}
        />
      </search>
      {stations.isSuccess && items.length === 0 ? <Empty description={t('duty:roster.noStation')} /> : null}
      {roster.isError ? <QueryError error={roster.error} onRetry={() => roster.refetch()} /> : null}
      {r ? (
        <>
          <Descriptions
            className="duty-contact"
            size="small"
            column={{ xs: 1, md: 3 }}
            items={[
              { key: 'station', label: t('duty:roster.station'), children: r.org.name },
              { key: 'head', label: t('duty:roster.head'), children: r.roster?.headName ?? t('common:empty') },
              {
                key: 'phone',
                label: t('duty:roster.headPhone'),
                children: (
                  <>
                    {r.roster?.headPhone ?? t('duty:roster.noPhone')}{' '}
                    {r.abilities.roster ? (
                      <Button size="small" icon={<PhoneOutlined aria-hidden />} onClick={() => setDialog({ kind: 'contact' })}>
                        {t('duty:contact.edit')}
                      </Button>
                    ) : null}
                    {r.roster ? <HistoryButton entity="duty_roster" id={r.roster.id} name={r.org.name} /> : null}
                  </>
                ),
              },
            ]}
          />
          {r.days.some((d) => d.uncovered) ? (
            <Alert
              className="duty-contact"
              type="error"
              showIcon
              title={t('duty:roster.uncoveredAlert', {
                days: r.days
                  .filter((d) => d.uncovered)
                  .map((d) => d.day.slice(5))
                  .join(t('common:listSeparator')),
                end: r.horizonEnd,
              })}
            />
          ) : null}
          <RosterTable roster={r} onSwap={(day) => setDialog({ kind: 'swap', day })} onError={(e) => toast.error(errorText(t, e))} />
          {r.swaps.length ? (
            <section aria-label={t('duty:swap.list')}>
              <h2 className="duty-h2">{t('duty:swap.list')}</h2>
              <ul>
                {r.swaps.map((s) => (
                  <li key={s.id}>
                    {t('duty:swap.line', { day: s.day, from: s.fromName, to: s.toName, reason: s.reason, by: s.recordedByName })}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      ) : null}
      {r && dialog?.kind === 'rotation' ? (
        <RotationDialog roster={r} onClose={() => setDialog(null)} onSaved={() => toast.success(t('duty:rotation.done'))} />
      ) : null}
      {r && dialog?.kind === 'contact' ? (
        <ContactDialog roster={r} onClose={() => setDialog(null)} onSaved={() => toast.success(t('common:saved'))} />
      ) : null}
      {r && dialog?.kind === 'swap' ? (
        <SwapDialog roster={r} day={dialog.day} onClose={() => setDialog(null)} onSaved={() => toast.success(t('duty:swap.done'))} />
      ) : null}
    </div>
  );
}

/** Each day of the month: who is on duty with their 24-hour phone, picked in place by the head from today on. */
function RosterTable({ roster, onSwap, onError }: { roster: Roster; onSwap(day: string): void; onError(e: unknown): void }) {
  const { t } = useTranslation();
  const changed = useDutyChanged();
  const [busy, setBusy] = useState<string | null>(null);
  const editable = (d: RosterDay) => roster.abilities.roster && d.day >= roster.today;
  const weekday = (day: string) => t(`duty:weekday.${dayjs(day).day()}`);
  const pick = async (day: string, userId: string | null) => {
    setBusy(day);
    try {
      await unwrap(api.PUT('/api/duty/roster/days', { body: { orgId: roster.org.id, days: [{ day, userId }] } }));
      await changed();
    } catch (e) {
      onError(e);
    } finally {
      setBusy(null);
    }
  };
  const person = (d: RosterDay) =>
    editable(d) ? (
      <Select
        className="duty-person"
        aria-label={t('duty:roster.personOn', { day: d.day })}
        value={d.userId ?? undefined}
        placeholder={t('duty:roster.pick')}
        allowClear
        loading={busy === d.day}
        disabled={busy === d.day}
        onChange={(v) => pick(d.day, v ?? null)}
        options={roster.people.map((p) => ({ value: p.id, label: p.displayName }))}
      />
    ) : (
      (d.userName ?? t('duty:roster.nobody'))
    );
  const swap = (d: RosterDay) =>
    editable(d) && d.userId ? (
      <Button
        size="small"
        icon={<SwapOutlined aria-hidden />}
        aria-label={t('duty:swap.openOn', { day: d.day })}
        onClick={() => onSwap(d.day)}
      >
        {t('duty:swap.open')}
      </Button>
    ) : null;
  return (
    <ResponsiveTable<RosterDay>
      label={t('duty:roster.table', { month: roster.month })}
      rowKey="day"
      items={roster.days}
      total={roster.days.length}
      whole
      loading={false}
      empty={<Empty />}
      columns={[
        {
          key: 'day',
          title: t('duty:roster.date'),
          render: (_, d) => (
            <span className={[0, 6].includes(dayjs(d.day).day()) ? 'duty-weekend' : ''}>
              {d.day} {weekday(d.day)}
              {d.day === roster.today ? ` · ${t('duty:roster.today')}` : ''}
            </span>
          ),
        },
        { key: 'person', title: t('duty:roster.person'), render: (_, d) => person(d) },
        { key: 'phone', title: t('duty:roster.phone'), render: (_, d) => d.phone ?? '' },
        { key: 'marks', title: t('duty:roster.marks'), render: (_, d) => <DayTags d={d} /> },
        { key: 'swap', title: t('duty:roster.actions'), render: (_, d) => swap(d) },
      ]}
      renderCard={(d) => (
        <div>
          <div className="record-card-title">
            {d.day} {weekday(d.day)} <DayTags d={d} />
          </div>
          <div className="record-card-line">{person(d)}</div>
          {d.phone ? (
            <div className="record-card-line">
              {t('duty:roster.phone')}
              {t('common:labelSeparator')}
              {d.phone}
            </div>
          ) : null}
          {swap(d)}
        </div>
      )}
    />
  );
}
