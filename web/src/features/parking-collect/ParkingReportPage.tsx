import { useQuery } from '@tanstack/react-query';
import { DatePicker, Empty, Form, Table, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../app/ui/ExportButton';
import { formatFen } from '../../app/ui/money';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { useServerToday } from '../../app/ui/server-time';
import { useListParams } from '../../app/ui/use-list-params';
import { CarParkSelect } from '../parking-register/CarParkSelect';
import { dailyReportQuery, type ReportRow } from './collect-queries';
import './parking-collect.css';

const FILTERS = ['from', 'to', 'carParkId'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** 停车日报 on the office's PC: per car park and day, stays, charged, collected, waived (why, who approved), due. */
export function ParkingReportPage() {
  const { t } = useTranslation();
  const list = useListParams(FILTERS);
  const today = useServerToday();
  const weekAgo = dayjs(today).subtract(6, 'day').format('YYYY-MM-DD');
  const from = list.filters.from && DAY.test(list.filters.from) ? list.filters.from : weekAgo;
  const to = list.filters.to && DAY.test(list.filters.to) ? list.filters.to : today;
  const carParkId = list.filters.carParkId || undefined;
  const query = { from, to, ...(carParkId ? { carParkId } : {}) };
  const report = useQuery(dailyReportQuery(query));
  const r = (key: string) => t(`parkingCollect:report.${key}`);
  const fen = (v: number) => formatFen(v);

  const columns: TableProps<ReportRow>['columns'] = [
    { key: 'date', dataIndex: 'date', title: r('date') },
    { key: 'carPark', title: r('carPark'), render: (_, x) => `${x.estateName} ${x.carParkName}` },
    { key: 'stays', dataIndex: 'stays', title: r('stays'), align: 'right' },
    { key: 'charged', title: r('charged'), align: 'right', render: (_, x) => fen(x.chargedFen) },
    { key: 'collected', title: r('collected'), align: 'right', render: (_, x) => `${fen(x.collectedFen)} (${x.collectedCount})` },
    { key: 'waived', title: r('waived'), align: 'right', render: (_, x) => fen(x.waivedFen) },
    { key: 'due', title: r('due'), align: 'right', render: (_, x) => fen(x.dueFen) },
    { key: 'pass', dataIndex: 'passCount', title: r('pass'), align: 'right' },
    { key: 'free', dataIndex: 'freeCount', title: r('free'), align: 'right' },
    { key: 'noStandard', dataIndex: 'noStandardCount', title: r('noStandard'), align: 'right' },
    { key: 'unmatched', dataIndex: 'unmatchedCount', title: r('unmatched'), align: 'right' },
    { key: 'parked', dataIndex: 'parkedAtClose', title: r('parkedAtClose'), align: 'right' },
    {
      key: 'waivedDetails',
      className: 'parking-report-details',
      title: r('waivedDetails'),
      render: (_, x) =>
        x.waived.length ? (
          <ul className="parking-report-waived">
            {x.waived.map((w) => (
              <li key={w.stayId}>
                {t('parkingCollect:report.waivedLine', {
                  plate: w.plate,
                  amount: formatFen(w.chargeFen).replace(/^¥/, ''),
                  reason: w.reason,
                  approver: w.approver,
                })}
              </li>
            ))}
          </ul>
        ) : null,
    },
  ];
  const totals = report.data?.totals;

  return (
    <>
      <PageHeader
        title={r('title')}
        extra={<ExportButton path="/api/parking/reports/daily/export.xlsx" query={query} label={r('export')} />}
      />
      <Form layout="inline" className="toolbar parking-report-filters">
        <Form.Item label={r('range')}>
          <DatePicker.RangePicker
            value={[dayjs(from), dayjs(to)]}
            allowClear={false}
            onChange={(v) => list.update({ from: v?.[0]?.format('YYYY-MM-DD') ?? null, to: v?.[1]?.format('YYYY-MM-DD') ?? null })}
          />
        </Form.Item>
        <Form.Item label={r('carPark')} htmlFor="parking-report-car-park">
          <CarParkSelect
            id="parking-report-car-park"
            label={r('allCarParks')}
            allowClear
            value={carParkId}
            onChange={(v) => list.update({ carParkId: v ?? null })}
          />
        </Form.Item>
      </Form>
      {report.isError ? (
        <QueryError error={report.error} onRetry={() => report.refetch()} />
      ) : (
        // the table is wider than a desk's page: its own scroll region, which must be reachable from the keyboard
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region needs focus (axe: scrollable-region-focusable)
        <section className="parking-report-scroll" aria-label={r('title')} tabIndex={0}>
          <Table<ReportRow>
            aria-label={r('title')}
            rowKey={(x) => `${x.date}:${x.carParkId}`}
            columns={columns}
            dataSource={report.data?.rows}
            loading={report.isFetching}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            locale={{ emptyText: <Empty description={r('empty')} /> }}
            summary={() =>
              totals && report.data?.rows.length ? (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0} colSpan={2}>
                    <strong>{r('total')}</strong>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={2} align="right">
                    {totals.stays}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={3} align="right">
                    {fen(totals.chargedFen)}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell
                    index={4}
                    align="right"
                  >{`${fen(totals.collectedFen)} (${totals.collectedCount})`}</Table.Summary.Cell>
                  <Table.Summary.Cell index={5} align="right">
                    {fen(totals.waivedFen)}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={6} align="right">
                    {fen(totals.dueFen)}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={7} align="right">
                    {totals.passCount}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={8} align="right">
                    {totals.freeCount}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={9} align="right">
                    {totals.noStandardCount}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={10} align="right">
                    {totals.unmatchedCount}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={11} colSpan={2} />
                </Table.Summary.Row>
              ) : null
            }
          />
        </section>
      )}
    </>
  );
}
