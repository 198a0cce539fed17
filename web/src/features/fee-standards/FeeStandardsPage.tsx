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
import {
  estateOptionsQuery,
  feeItemsQuery,
  STATES,
  type StandardListQuery,
  type StandardRow,
  type StandardState,
  standardsQuery,
} from './fee-standard-queries';
import { RateList } from './RateList';
import { StandardFormModal } from './StandardFormModal';
import { StandardStateTag } from './StandardStateTag';
import './fee-standards.css';

const FILTERS = ['state', 'estateId', 'itemId'] as const;

/** 收费标准: every standard of the caller's offices, filtered by state, estate and item, exported as Excel. */
export function FeeStandardsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canDraft = useAbility('draftFeeStandards');
  const list = useListParams(FILTERS);
  const [creating, setCreating] = useState(false);
  const state = STATES.includes(list.filters.state as StandardState) ? (list.filters.state as StandardState) : undefined;
  const filters = { state, estateId: list.filters.estateId, itemId: list.filters.itemId };
  const query: StandardListQuery = { page: list.page, pageSize: list.pageSize, ...filters };
  const standards = useQuery(standardsQuery(query));
  const estates = useQuery(estateOptionsQuery);
  const items = useQuery(feeItemsQuery);

  const columns: TableProps<StandardRow>['columns'] = [
    { key: 'estate', title: t('feeStandards:fields.estate'), render: (_, s) => <Link to={`/fee-standards/${s.id}`}>{s.estateName}</Link> },
    { key: 'item', title: t('feeStandards:fields.item'), dataIndex: 'itemName' },
    { key: 'basis', title: t('feeStandards:fields.basis'), render: (_, s) => t(`feeStandards:basis.${s.basis}`) },
    { key: 'effectiveMonth', title: t('feeStandards:fields.effectiveMonth'), dataIndex: 'effectiveMonth' },
    {
      key: 'rates',
      title: t('feeStandards:fields.rates'),
      render: (_, s) =>
        s.filing ? <span className="muted">{t('feeStandards:filing.rates')}</span> : <RateList basis={s.basis} rates={s.rates} />,
    },
    {
      key: 'state',
      title: t('feeStandards:fields.state'),
      render: (_, s) => <StandardStateTag state={s.state} filing={s.filing} />,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('feeStandards:title')}
        subtitle={t('feeStandards:subtitle')}
        extra={
          <>
            <ExportButton path="/api/fee-standards/export.xlsx" query={filters} />
            {canDraft ? (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                {t('feeStandards:actions.create')}
              </Button>
            ) : null}
          </>
        }
      />
      <div className="fee-standard-filters">
        <Select
          aria-label={t('feeStandards:fields.state')}
          placeholder={t('feeStandards:fields.state')}
          allowClear
          value={state}
          onChange={(v) => list.update({ state: v ?? null })}
          options={STATES.map((s) => ({ value: s, label: t(`feeStandards:states.${s}`) }))}
        />
        <Select
          aria-label={t('feeStandards:fields.estate')}
          placeholder={t('feeStandards:fields.estate')}
          allowClear
          value={filters.estateId}
          onChange={(v) => list.update({ estateId: v ?? null })}
          options={(estates.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }))}
        />
        <Select
          aria-label={t('feeStandards:fields.item')}
          placeholder={t('feeStandards:fields.item')}
          allowClear
          value={filters.itemId}
          onChange={(v) => list.update({ itemId: v ?? null })}
          options={(items.data ?? []).map((i) => ({ value: i.id, label: i.name }))}
        />
      </div>
      {standards.isError ? (
        <QueryError error={standards.error} onRetry={() => standards.refetch()} />
      ) : (
        <ResponsiveTable<StandardRow>
          label={t('feeStandards:title')}
          rowKey="id"
          columns={columns}
          items={standards.data?.items}
          total={standards.data?.total ?? 0}
          page={list.page}
          pageSize={list.pageSize}
          loading={standards.isFetching}
          empty={<Empty description={t('feeStandards:empty')} />}
          onPageChange={list.onPageChange}
          renderCard={(s) => (
            <>
              <Link to={`/fee-standards/${s.id}`}>
                {s.estateName} · {s.itemName}
              </Link>
              <div>
                {t('feeStandards:fields.effectiveMonth')} {s.effectiveMonth}
              </div>
              <StandardStateTag state={s.state} filing={s.filing} />
            </>
          )}
        />
      )}
      {creating ? <StandardFormModal open onClose={() => setCreating(false)} onSaved={(s) => navigate(`/fee-standards/${s.id}`)} /> : null}
    </>
  );
}
