import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Empty, Input, Select, type TableProps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExportButton } from '../../app/ui/ExportButton';
import { formatFen } from '../../app/ui/money';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { useListParams } from '../../app/ui/use-list-params';
import {
  AGE_BUCKETS,
  type ArrearsQuery,
  type ArrearsRow,
  arrearsQuery,
  billsLink,
  buildingOptionsQuery,
  estateOptionsQuery,
  noticesUrl,
  noticeUrl,
} from './fee-supervision-queries';
import './fee-supervision.css';

const FILTERS = ['estateId', 'buildingId', 'minMonths'] as const;
const MIN_MONTHS = [2, 4, 7] as const;

/** 欠费催缴: units in arrears with ageing, largest first, a totals line, Excel export and the printed notices. */
export function ArrearsPage() {
  const { t, i18n } = useTranslation();
  const list = useListParams(FILTERS);
  const [search, setSearch] = useState(list.q);
  useEffect(() => setSearch(list.q), [list.q]);
  const minMonths = Number(list.filters.minMonths) || undefined;
  const filters = { estateId: list.filters.estateId, buildingId: list.filters.buildingId, minMonths, q: list.q || undefined };
  const query: ArrearsQuery = { ...filters, page: list.page, pageSize: list.pageSize };
  const arrears = useQuery(arrearsQuery(query));
  const estates = useQuery(estateOptionsQuery());
  const buildings = useQuery({ ...buildingOptionsQuery(list.filters.estateId ?? ''), enabled: Boolean(list.filters.estateId) });
  const unitName = (r: ArrearsRow) =>
    [r.estateName, r.buildingName, r.entrance ? t('feeSupervision:arrears.entranceOf', { entrance: r.entrance }) : '', r.room]
      .filter(Boolean)
      .join(' ');
  const money = (fen: number) => <span className="num">{formatFen(fen)}</span>;
  const columns: TableProps<ArrearsRow>['columns'] = [
    { key: 'estate', title: t('feeSupervision:arrears.estate'), dataIndex: 'estateName' },
    { key: 'building', title: t('feeSupervision:arrears.building'), dataIndex: 'buildingName' },
    {
      key: 'room',
      title: t('feeSupervision:arrears.unit'),
      render: (_, r) => (
        <Link to={`/estates/units/${r.unitId}`}>
          {[r.entrance ? t('feeSupervision:arrears.entranceOf', { entrance: r.entrance }) : '', r.room].filter(Boolean).join(' ')}
        </Link>
      ),
    },
    { key: 'owner', title: t('feeSupervision:arrears.owner'), render: (_, r) => r.ownerName ?? '—' },
    { key: 'phone', title: t('feeSupervision:arrears.phone'), render: (_, r) => r.ownerPhone ?? '—' },
    ...AGE_BUCKETS.map((b) => ({
      key: b,
      title: t(`feeSupervision:arrears.${b}`),
      align: 'right' as const,
      render: (_: unknown, r: ArrearsRow) => (r.buckets[b] ? money(r.buckets[b]) : '—'),
    })),
    {
      key: 'total',
      title: t('feeSupervision:arrears.total'),
      align: 'right',
      render: (_, r) => (
        <Link
          to={billsLink({ officeId: r.officeId, estateId: r.estateId, buildingId: r.buildingId, unitId: r.unitId }, { state: 'open' })}
          aria-label={`${t('feeSupervision:arrears.bills_link', { unit: unitName(r) })}: ${formatFen(r.totalFen)}`}
        >
          <strong>{formatFen(r.totalFen)}</strong>
        </Link>
      ),
    },
    { key: 'bills', title: t('feeSupervision:arrears.bills'), dataIndex: 'bills', align: 'right' },
    { key: 'oldest', title: t('feeSupervision:arrears.oldest'), dataIndex: 'oldestPeriod' },
    {
      key: 'print',
      title: t('feeSupervision:arrears.actions'),
      render: (_, r) => (
        <Button
          size="small"
          icon={<PrinterOutlined aria-hidden />}
          href={noticeUrl(r.unitId, i18n.language)}
          target="_blank"
          rel="noopener"
          aria-label={t('feeSupervision:arrears.printOf', { unit: unitName(r) })}
        >
          {t('feeSupervision:arrears.print')}
        </Button>
      ),
    },
  ];
  const data = arrears.data;
  return (
    <>
      <PageHeader
        title={t('feeSupervision:arrears.title')}
        subtitle={data ? t('feeSupervision:arrears.subtitle', { month: data.asOfMonth }) : undefined}
        extra={
          <>
            <ExportButton path="/api/arrears/export.xlsx" query={filters} label={t('feeSupervision:arrears.export')} />
            <Button
              icon={<PrinterOutlined aria-hidden />}
              href={noticesUrl(filters, i18n.language)}
              target="_blank"
              rel="noopener"
              disabled={!data?.total}
            >
              {t('feeSupervision:arrears.printAll')}
            </Button>
          </>
        }
      />
      <div className="fee-filters">
        <Input.Search
          aria-label={t('feeSupervision:arrears.search')}
          placeholder={t('feeSupervision:arrears.search')}
          allowClear
          value={search}
          onChange={(ev) => setSearch(ev.target.value)}
          onSearch={(q) => list.update({ q: q || null })}
        />
        <Select
          aria-label={t('feeSupervision:arrears.estate')}
          placeholder={t('feeSupervision:arrears.estate')}
          allowClear
          value={list.filters.estateId}
          onChange={(v) => list.update({ estateId: v ?? null, buildingId: null })}
          options={(estates.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }))}
        />
        <Select
          aria-label={t('feeSupervision:arrears.building')}
          placeholder={t('feeSupervision:arrears.building')}
          allowClear
          disabled={!list.filters.estateId}
          value={list.filters.buildingId}
          onChange={(v) => list.update({ buildingId: v ?? null })}
          options={(buildings.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
        />
        <Select
          aria-label={t('feeSupervision:arrears.minMonths')}
          placeholder={t('feeSupervision:arrears.minMonths')}
          allowClear
          value={minMonths}
          onChange={(v) => list.update({ minMonths: v ?? null })}
          options={MIN_MONTHS.map((n) => ({ value: n, label: t('feeSupervision:arrears.minMonthsOption', { count: n }) }))}
        />
      </div>
      {data ? (
        <Descriptions
          className="fee-totals"
          size="small"
          bordered
          column={{ xs: 1, sm: 3, lg: 6 }}
          title={t('feeSupervision:arrears.totals', { count: data.total })}
          items={[
            ...AGE_BUCKETS.map((b) => ({ key: b, label: t(`feeSupervision:arrears.${b}`), children: formatFen(data.totals.buckets[b]) })),
            { key: 'total', label: t('feeSupervision:arrears.total'), children: <strong>{formatFen(data.totals.totalFen)}</strong> },
            { key: 'bills', label: t('feeSupervision:arrears.bills'), children: data.totals.bills },
          ]}
        />
      ) : null}
      {arrears.isError ? (
        <QueryError error={arrears.error} onRetry={() => arrears.refetch()} />
      ) : (
        <ResponsiveTable<ArrearsRow>
          label={t('feeSupervision:arrears.title')}
          rowKey="unitId"
          columns={columns}
          items={data?.items}
          total={data?.total ?? 0}
          page={list.page}
          pageSize={list.pageSize}
          loading={arrears.isFetching}
          empty={<Empty description={t('feeSupervision:arrears.empty')} />}
          onPageChange={list.onPageChange}
          renderCard={(r) => (
            <>
              <strong>{unitName(r)}</strong>
              <div>
                {r.ownerName ?? '—'} {r.ownerPhone ?? ''}
              </div>
              <div>
                {t('feeSupervision:arrears.total')} {formatFen(r.totalFen)} · {t('feeSupervision:arrears.oldest')} {r.oldestPeriod}
              </div>
              <Button
                size="small"
                icon={<PrinterOutlined aria-hidden />}
                href={noticeUrl(r.unitId, i18n.language)}
                target="_blank"
                rel="noopener"
              >
                {t('feeSupervision:arrears.print')}
              </Button>
            </>
          )}
        />
      )}
    </>
  );
}
