import { ClockCircleOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../app/auth/use-me';
import { errorText } from '../../app/ui/error-text';
import { useFormat } from '../../app/ui/format';
import { useToast } from '../../app/ui/toast';
import { wallToIso } from '../../app/ui/wall-time';
import { nextMonthStart } from './demo-time';
import { demoClockQuery, type RunDue, useRefreshJobs } from './jobs-queries';

/**
 * 模拟时间: on a demo server, move the server's clock (a month end, say) and run the jobs due by then,
 * so a monthly draw can be seen without waiting for the month to end.
 */
export function DemoClock() {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const refresh = useRefreshJobs();
  const zone = useMe().tenant.timeZone;
  const clock = useQuery(demoClockQuery);
  const [picked, setPicked] = useState<Dayjs | null>(null);
  const [busy, setBusy] = useState(false);

  if (!clock.data?.demoMode) return null;

  const report = (r: RunDue) => {
    const ok = r.ran.filter((x) => x.outcome === 'ok').length;
    if (r.ran.length === 0) toast.success(t('jobs:demo.nothing'));
    else toast.success(t('jobs:demo.ran', { count: r.ran.length, ok, failed: r.ran.length - ok }));
  };
  const act = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await fn();
    } catch (e) {
      toast.error(errorText(t, e));
    } finally {
      setBusy(false);
      await refresh();
    }
  };
  const setAndRun = (at: string | null) =>
    act(async () => {
      const set = await unwrap(api.POST('/api/demo/clock', { body: { at } }));
      if (at === null) {
        toast.success(t('jobs:demo.clockSet', { at: format.dateTime(set.now) }));
        return;
      }
      report(await unwrap(api.POST('/api/jobs/run-due')));
    });

  return (
    <section className="panel demo-clock" aria-labelledby="demo-clock-title">
      <h2 id="demo-clock-title" className="panel-title">
        <ClockCircleOutlined aria-hidden /> {t('jobs:demo.title')}
      </h2>
      <p className="muted small">{t('jobs:demo.hint')}</p>
      <p>
        {t('jobs:demo.now')}
        <time dateTime={clock.data.now}>{format.dateTime(clock.data.now)}</time>{' '}
        {clock.data.simulated ? <Tag color="orange">{t('jobs:demo.simulated')}</Tag> : <Tag>{t('jobs:demo.real')}</Tag>}
      </p>
      {clock.isError ? <Alert type="error" showIcon title={errorText(t, clock.error)} /> : null}
      <div className="toolbar demo-clock-actions">
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          aria-label={t('jobs:demo.pick')}
          placeholder={t('jobs:demo.pick')}
          value={picked}
          onChange={setPicked}
        />
        <Button type="primary" disabled={!picked} loading={busy} onClick={() => picked && setAndRun(wallToIso(picked, zone))}>
          {t('jobs:demo.set')}
        </Button>
        <Button loading={busy} onClick={() => setAndRun(nextMonthStart(new Date(clock.data.now), zone))}>
          {t('jobs:demo.monthEnd')}
        </Button>
        <Button loading={busy} onClick={() => act(async () => report(await unwrap(api.POST('/api/jobs/run-due'))))}>
          {t('jobs:demo.runDue')}
        </Button>
        {clock.data.simulated ? (
          <Button loading={busy} onClick={() => setAndRun(null)}>
            {t('jobs:demo.reset')}
          </Button>
        ) : null}
      </div>
    </section>
  );
}
