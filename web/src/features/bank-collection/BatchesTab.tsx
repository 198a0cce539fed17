import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Select, type TableProps, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAbility } from '../../app/auth/use-me';
import { useFormat } from '../../app/ui/format';
import { formatFen } from '../../app/ui/money';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import type { BankList } from './BankCollectionPage';
import { BATCH_STATES, type Batch, batchesQuery } from './bank-queries';
import { CreateBatchModal } from './CreateBatchModal';
import { EstateSelect } from './EstateSelect';

type State = (typeof BATCH_STATES)[number];

/** The batches sent to the bank: state, amounts, link to each batch's lines and files. */
export function BatchesTab({ list }: { list: BankList }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const keep = useAbility('bankCollectionKeep');
  const [creating, setCreating] = useState(false);
  const state = BATCH_STATES.includes(list.filters.state as State) ? (list.filters.state as State) : undefined;
  const batches = useQuery(batchesQuery({ page: list.page, pageSize: list.pageSize, estateId: list.filters.estate, state }));
  const columns: TableProps<Batch>['columns'] = [
    {
      key: 'number',
      title: t('bankCollection:fields.number'),
      render: (_, b) => <Link to={`/bank-collection/batches/${b.id}`}>{b.number}</Link>,
    },
    { key: 'estate', title: t('bankCollection:fields.estate'), dataIndex: 'estateName' },
    { key: 'period', title: t('bankCollection:fields.period'), dataIndex: 'period' },
    { key: 'lines', title: t('bankCollection:fields.lineCount'), dataIndex: 'lineCount', align: 'right' },
    { key: 'total', title: t('bankCollection:fields.total'), align: 'right', render: (_, b) => formatFen(b.totalFen) },
    { key: 'paid', title: t('bankCollection:fields.paid'), align: 'right', render: (_, b) => `${b.paidCount} · ${formatFen(b.paidFen)}` },
    { key: 'failed', title: t('bankCollection:fields.failed'), dataIndex: 'failedCount', align: 'right' },
    {
      key: 'exported',
      title: t('bankCollection:fields.exportedAt'),
      render: (_, b) => `${fmt.dateTime(b.exportedAt)} ${b.exportedByName}`,
    },
    {
      key: 'state',
      title: t('bankCollection:fields.state'),
      render: (_, b) => (
        <Tag className={`bank-tag ${b.state === 'exported' ? 'bank-tag-wait' : 'bank-tag-ok'}`}>
          {t(`bankCollection:batchState.${b.state}`)}
        </Tag>
      ),
    },
  ];
  return (
    <>
      <div className="bank-filters">
        <EstateSelect allowClear value={list.filters.estate} onChange={(v) => list.update({ estate: v ?? null })} />
        <Select
          aria-label={t('bankCollection:fields.state')}
          placeholder={t('bankCollection:fields.state')}
          allowClear
          value={state}
          onChange={(v) => list.update({ state: v ?? null })}
          options={BATCH_STATES.map((s) => ({ value: s, label: t(`bankCollection:batchState.${s}`) }))}
        />
        {keep ? (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
            {t('bankCollection:batch.new')}
          </Button>
        ) : null}
      </div>
      {batches.isError ? (
        <QueryError error={batches.error} onRetry={() => batches.refetch()} />
      ) : (
        <ResponsiveTable<Batch>
          label={t('bankCollection:tabs.batches')}
          rowKey="id"
          columns={columns}
          items={batches.data?.items}
          total={batches.data?.total ?? 0}
          page={list.page}
          pageSize={list.pageSize}
          loading={batches.isFetching}
          empty={<Empty description={t('bankCollection:batch.empty')} />}
          onPageChange={list.onPageChange}
          renderCard={(b) => (
            <>
              <Link to={`/bank-collection/batches/${b.id}`}>{b.number}</Link> · {b.estateName} · {b.period}
              <div>
                {formatFen(b.totalFen)} · {t(`bankCollection:batchState.${b.state}`)}
              </div>
            </>
          )}
        />
      )}
      {creating ? <CreateBatchModal open estateId={list.filters.estate} onClose={() => setCreating(false)} /> : null}
    </>
  );
}
