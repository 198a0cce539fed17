import { useQuery } from '@tanstack/react-query';
import { DatePicker, Empty, Form, Select, Table, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/ui/format';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { useServerToday } from '../../app/ui/server-time';
import { useListParams } from '../../app/ui/use-list-params';
import { PeopleChart } from './PeopleChart';
import { type PersonRow, serviceTimesQuery, type TimedOrder } from './service-time-queries';
import { useMinutes } from './use-minutes';
import './service-times.css';

const FILTERS = ['month', 'type'] as const;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const TYPES = ['gps_repair', 'gps_install'] as const;

/**
 * 服务时效 (A4.7 "最短的叫修、等待时间，最少的修理耗时"): for a month, each person's average wait from the call to
 * arrival and repair time, in business hours of the organisation's calendar, with their slowest orders; the five
 * slowest orders; and every finished order with its business and clock figures.
 */
export function ServiceTimesPage() {
  const { t } = useTranslation();
  const list = useListParams(FILTERS);
  const today = useServerToday();
  const month = list.filters.month && MONTH.test(list.filters.month) ? list.filters.month : today.slice(0, 7);
  const type = TYPES.find((x) => x === list.filters.type);
  const report = useQuery(serviceTimesQuery({ month, ...(type ? { type } : {}) }));
  const minutes = useMinutes();
  const format = useFormat();
  const s = (key: string, vars?: Record<string, unknown>) => t(`serviceTimes:${key}`, vars);
  const orderLink = (o: { id: string; number: string } | null, m?: number) =>
    o ? (
      <>
        <Link to={`/orders/${o.id}`}>{o.number}</Link>
        {m === undefined ? null : ` (${minutes(m)})`}
      </>
    ) : (
      '—'
    );

  const peopleColumns: TableProps<PersonRow>['columns'] = [
    { key: 'person', dataIndex: 'person', title: s('person') },
    { key: 'orders', dataIndex: 'orders', title: s('orders'), align: 'right' },
    { key: 'avgWait', title: s('avgWait'), align: 'right', render: (_, p) => minutes(p.avgWaitMinutes) },
    { key: 'avgRepair', title: s('avgRepair'), align: 'right', render: (_, p) => minutes(p.avgRepairMinutes) },
    { key: 'slowestWait', title: s('slowestWait'), render: (_, p) => orderLink(p.slowestWait, p.slowestWait?.minutes) },
    { key: 'slowestRepair', title: s('slowestRepair'), render: (_, p) => orderLink(p.slowestRepair, p.slowestRepair?.minutes) },
  ];
  const orderColumns: TableProps<TimedOrder>['columns'] = [
    { key: 'number', title: s('number'), render: (_, o) => orderLink(o) },
    { key: 'type', title: s('type'), render: (_, o) => t(`orders:types.${o.type}`) },
    { key: 'customer', dataIndex: 'customerName', title: s('customer') },
    { key: 'staff', title: s('person'), render: (_, o) => o.staff.join(t('common:listSeparator')) || '—' },
    // in the organisation's zone, as every time in the app
    { key: 'requested', title: s('requestedAt'), render: (_, o) => format.dateTime(o.requestedAt) },
    { key: 'wait', title: s('wait'), align: 'right', render: (_, o) => minutes(o.waitMinutes) },
    { key: 'waitClock', title: s('waitClock'), align: 'right', render: (_, o) => minutes(o.waitClockMinutes) },
    { key: 'repair', title: s('repair'), align: 'right', render: (_, o) => minutes(o.repairMinutes) },
    { key: 'repairClock', title: s('repairClock'), align: 'right', render: (_, o) => minutes(o.repairClockMinutes) },
  ];
  const day = report.data?.workday;
  const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

  return (
    <>
      <PageHeader
        title={s('title')}
        subtitle={day ? s('subtitle', { start: clock(day.startMinutes), end: clock(day.endMinutes) }) : undefined}
      />
      <Form layout="inline" className="toolbar service-times-filters">
        <Form.Item label={s('month')}>
          <DatePicker
            picker="month"
            aria-label={s('month')}
            value={dayjs(`${month}-01`)}
            allowClear={false}
            onChange={(v) => list.update({ month: v ? v.format('YYYY-MM') : null })}
          />
        </Form.Item>
        <Form.Item label={s('type')} htmlFor="service-times-type">
          <Select
            id="service-times-type"
            aria-label={s('type')}
            className="service-times-type"
            value={type ?? ''}
            onChange={(v) => list.update({ type: v || null })}
            options={[{ value: '', label: s('allGps') }, ...TYPES.map((x) => ({ value: x, label: t(`orders:types.${x}`) }))]}
          />
        </Form.Item>
      </Form>
      {report.isError ? (
        <QueryError error={report.error} onRetry={() => report.refetch()} />
      ) : (
        <>
          <section aria-labelledby="service-times-people">
            <h2 id="service-times-people">{s('byPerson')}</h2>
            {report.data?.people.length ? <PeopleChart people={report.data.people} /> : null}
            <Table<PersonRow>
              aria-labelledby="service-times-people"
              rowKey="person"
              columns={peopleColumns}
              dataSource={report.data?.people}
              loading={report.isFetching}
              pagination={false}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: <Empty description={s('empty')} /> }}
            />
          </section>
          <section aria-labelledby="service-times-slowest">
            <h2 id="service-times-slowest">{s('slowest')}</h2>
            <Table<TimedOrder>
              aria-labelledby="service-times-slowest"
              rowKey="id"
              columns={orderColumns}
              dataSource={report.data?.slowest}
              pagination={false}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: <Empty description={s('empty')} /> }}
            />
          </section>
          <section aria-labelledby="service-times-all">
            <h2 id="service-times-all">{s('all', { count: report.data?.orders.length ?? 0 })}</h2>
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region needs focus (axe: scrollable-region-focusable) */}
            <section className="service-times-scroll" tabIndex={0} aria-label={s('all', { count: report.data?.orders.length ?? 0 })}>
              <Table<TimedOrder>
                aria-labelledby="service-times-all"
                rowKey="id"
                columns={orderColumns}
                dataSource={report.data?.orders}
                pagination={{ pageSize: 50, hideOnSinglePage: true }}
                locale={{ emptyText: <Empty description={s('empty')} /> }}
              />
            </section>
          </section>
        </>
      )}
    </>
  );
}
