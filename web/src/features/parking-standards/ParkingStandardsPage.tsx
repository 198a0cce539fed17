import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Select, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAbility } from '../../app/auth/use-me';
import { ExportButton } from '../../app/ui/ExportButton';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { useListParams } from '../../app/ui/use-list-params';
import { EstateSelect } from '../estates/EstateSelect';
import { STATES, type StandardState } from '../fee-standards/fee-standard-queries';
import { StandardStateTag } from '../fee-standards/StandardStateTag';
import { CarParkSelect } from '../parking-register/CarParkSelect';
import { ParkingStandardForm } from './ParkingStandardForm';
import { type ParkingStandardListQuery, type ParkingStandardRow, parkingStandardsQuery } from './parking-standard-queries';
import { PassPriceList, RateSummary } from './RateSummary';
import './parking-standards.css';

const FILTERS = ['state', 'estateId', 'carParkId'] as const;

/** 停车收费标准: the standards of the caller's car parks, filtered by estate, car park and state, exported as Excel. */
export function ParkingStandardsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canDraft = useAbility('draftParkingStandards');
  const list = useListParams(FILTERS);
  const [creating, setCreating] = useState(false);
  const state = STATES.includes(list.filters.state as StandardState) ? (list.filters.state as StandardState) : undefined;
  const filters = { state, estateId: list.filters.estateId, carParkId: list.filters.carParkId };
  const query: ParkingStandardListQuery = { page: list.page, pageSize: list.pageSize, ...filters };
  const standards = useQuery(parkingStandardsQuery(query));
  const link = (s: ParkingStandardRow) => (
    <Link to={`/parking-standards/${s.id}`}>
      {s.estateName} {s.carParkCode} {s.carParkName}
    </Link>
  );

  const columns: TableProps<ParkingStandardRow>['columns'] = [
    { key: 'carPark', title: t('parkingStandards:fields.carPark'), render: (_, s) => link(s) },
    { key: 'effectiveMonth', title: t('parkingStandards:fields.effectiveMonth'), dataIndex: 'effectiveMonth' },
    { key: 'temporary', title: t('parkingStandards:fields.temporary'), render: (_, s) => <RateSummary rate={s.rate} /> },
    { key: 'passes', title: t('parkingStandards:fields.passPrices'), render: (_, s) => <PassPriceList prices={s.passPrices} /> },
    { key: 'state', title: t('parkingStandards:fields.state'), render: (_, s) => <StandardStateTag state={s.state} /> },
  ];

  return (
    <div className="parking-standards">
      <PageHeader
        title={t('parkingStandards:title')}
        subtitle={t('parkingStandards:subtitle')}
        extra={
          <>
            <ExportButton path="/api/parking/standards/export.xlsx" query={filters} />
            {canDraft ? (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                {t('parkingStandards:actions.create')}
              </Button>
            ) : null}
          </>
        }
      />
      <div className="parking-standard-filters">
        <EstateSelect
          label={t('parkingStandards:filters.estate')}
          allowClear
          value={filters.estateId}
          onChange={(v) => list.update({ estateId: v ?? null, carParkId: null })}
        />
        <CarParkSelect
          label={t('parkingStandards:filters.carPark')}
          allowClear
          estateId={filters.estateId}
          value={filters.carParkId}
          onChange={(v) => list.update({ carParkId: v ?? null })}
        />
        <Select
          aria-label={t('parkingStandards:filters.state')}
          placeholder={t('parkingStandards:filters.state')}
          allowClear
          value={state}
          onChange={(v) => list.update({ state: v ?? null })}
          options={STATES.map((s) => ({ value: s, label: t(`feeStandards:states.${s}`) }))}
        />
      </div>
      {standards.isError ? (
        <QueryError error={standards.error} onRetry={() => standards.refetch()} />
      ) : (
        <ResponsiveTable<ParkingStandardRow>
          label={t('parkingStandards:title')}
          rowKey="id"
          columns={columns}
          items={standards.data?.items}
          total={standards.data?.total ?? 0}
          page={list.page}
          pageSize={list.pageSize}
          loading={standards.isFetching}
          empty={<Empty description={t('parkingStandards:empty')} />}
          onPageChange={list.onPageChange}
          renderCard={(s) => (
            <>
              {link(s)}
              <div>
                {t('parkingStandards:fields.effectiveMonth')} {s.effectiveMonth}
              </div>
              <RateSummary rate={s.rate} />
              <StandardStateTag state={s.state} />
            </>
          )}
        />
      )}
      {creating ? (
        <ParkingStandardForm open onClose={() => setCreating(false)} onSaved={(s) => navigate(`/parking-standards/${s.id}`)} />
      ) : null}
    </div>
  );
}
