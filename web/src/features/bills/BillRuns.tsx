import { ThunderboltOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Progress, Select, Space, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { errorText } from '../../app/ui/error-text';
import { BILLS_KEY, type BillRun, estateOptionsQuery, runQuery, runsQuery } from './bill-queries';

/** The run just started (or picked), its bar moving until it is done, then what it made. */
function RunProgress({ id, onDone }: { id: string; onDone(): void }) {
  const { t } = useTranslation();
  const run = useQuery(runQuery(id));
  const r = run.data;
  const done = useRef(onDone);
  done.current = onDone;
  useEffect(() => {
    if (r?.state === 'done') done.current();
  }, [r?.state]);
  if (!r) return null;
  return (
    <div className="bill-run-progress" aria-live="polite">
      <div>{t('bills:run.of', { estate: r.estateName, period: r.period })}</div>
      <Progress
        percent={r.progress}
        status={r.state === 'done' ? 'success' : r.state === 'failed' ? 'exception' : 'active'}
        aria-label={t('bills:run.progress')}
      />
      <div>
        {r.state === 'done'
          ? t('bills:run.summary', { created: r.billsCreated, skipped: r.unitsSkipped, units: r.unitDone })
          : t('bills:run.going', { done: r.unitDone, total: r.unitTotal })}
      </div>
    </div>
  );
}

/** 月度计费: pick an estate and a month, start the run, watch it; the estate's earlier runs below. */
export function BillRuns({ canRun, estateId, onEstate }: { canRun: boolean; estateId?: string; onEstate(id: string): void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const estates = useQuery(estateOptionsQuery());
  const [month, setMonth] = useState<Dayjs>(dayjs());
  const [active, setActive] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const chosen = estateId ?? estates.data?.items[0]?.id;
  const runs = useQuery({ ...runsQuery(chosen ?? ''), enabled: Boolean(chosen) });

  const start = async () => {
    if (!chosen) return;
    setBusy(true);
    setError(null);
    try {
      const run = await unwrap(api.POST('/api/bill-runs', { body: { estateId: chosen, period: month.format('YYYY-MM') } }));
      setActive(run.id);
      await client.invalidateQueries({ queryKey: [...BILLS_KEY, 'runs'] });
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  const columns = [
    { key: 'period', title: t('bills:fields.period'), dataIndex: 'period' },
    { key: 'state', title: t('bills:fields.runState'), render: (_: unknown, r: BillRun) => <Tag>{t(`bills:runStates.${r.state}`)}</Tag> },
    { key: 'progress', title: t('bills:run.progress'), render: (_: unknown, r: BillRun) => `${r.unitDone}/${r.unitTotal}` },
    { key: 'created', title: t('bills:fields.billsCreated'), dataIndex: 'billsCreated', align: 'right' as const },
    { key: 'skipped', title: t('bills:fields.unitsSkipped'), dataIndex: 'unitsSkipped', align: 'right' as const },
    { key: 'by', title: t('bills:fields.startedBy'), dataIndex: 'startedByName' },
  ];

  return (
    <Card title={t('bills:run.title')} size="small" className="bill-runs">
      <Space wrap>
        <Select
          aria-label={t('bills:fields.estate')}
          style={{ minWidth: 180 }}
          value={chosen}
          onChange={(v: string) => onEstate(v)}
          options={(estates.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }))}
        />
        {canRun ? (
          <>
            <DatePicker
              picker="month"
              aria-label={t('bills:fields.period')}
              value={month}
              allowClear={false}
              disabledDate={(d) => d.isAfter(dayjs(), 'month')}
              onChange={(v) => v && setMonth(v)}
            />
            <Button type="primary" icon={<ThunderboltOutlined aria-hidden />} loading={busy} disabled={!chosen} onClick={start}>
              {t('bills:run.start')}
            </Button>
          </>
        ) : null}
      </Space>
      {error ? <Alert type="error" showIcon message={error} className="bill-run-error" /> : null}
      {active ? <RunProgress id={active} onDone={() => client.invalidateQueries({ queryKey: BILLS_KEY })} /> : null}
      <Table<BillRun>
        aria-label={t('bills:run.history')}
        rowKey="id"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={runs.data?.items ?? []}
        loading={runs.isFetching}
      />
    </Card>
  );
}
