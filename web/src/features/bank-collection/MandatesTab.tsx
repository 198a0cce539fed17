import { DownloadOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Empty, Input, Select, type TableProps, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useAbility } from '../../app/auth/use-me';
import { ConfirmAction } from '../../app/ui/ConfirmAction';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { HistoryButton } from '../history/HistoryButton';
import type { BankList } from './BankCollectionPage';
import { BANK_KEY, href, MANDATE_STATES, type Mandate, mandatesQuery } from './bank-queries';
import { EstateSelect } from './EstateSelect';
import { MandateFormModal } from './MandateFormModal';

type State = (typeof MANDATE_STATES)[number];

/** The units' 托收协议: list with filters, Excel export, add, cancel. */
export function MandatesTab({ list }: { list: BankList }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const keep = useAbility('bankCollectionKeep');
  const [search, setSearch] = useState(list.q);
  const [adding, setAdding] = useState(false);
  const [cancelling, setCancelling] = useState<Mandate | null>(null);
  useEffect(() => setSearch(list.q), [list.q]);
  const state = MANDATE_STATES.includes(list.filters.state as State) ? (list.filters.state as State) : undefined;
  const query = { page: list.page, pageSize: list.pageSize, q: list.q || undefined, estateId: list.filters.estate, state };
  const mandates = useQuery(mandatesQuery(query));
  const { page: _p, pageSize: _s, ...filters } = query;
  const columns: TableProps<Mandate>['columns'] = [
    { key: 'estate', title: t('bankCollection:fields.estate'), dataIndex: 'estateName' },
    { key: 'unit', title: t('bankCollection:fields.unit'), dataIndex: 'unitLabel' },
    { key: 'no', title: t('bankCollection:fields.mandateNo'), dataIndex: 'mandateNo' },
    { key: 'bank', title: t('bankCollection:fields.bankName'), dataIndex: 'bankName' },
    { key: 'holder', title: t('bankCollection:fields.accountHolder'), dataIndex: 'accountHolder' },
    { key: 'account', title: t('bankCollection:fields.accountNo'), dataIndex: 'accountNoMasked' },
    { key: 'signed', title: t('bankCollection:fields.signedDate'), dataIndex: 'signedDate' },
    {
      key: 'state',
      title: t('bankCollection:fields.state'),
      render: (_, m) => (
        <Tag className={`bank-tag ${m.state === 'active' ? 'bank-tag-ok' : ''}`}>{t(`bankCollection:mandateState.${m.state}`)}</Tag>
      ),
    },
    {
      key: 'actions',
      title: t('bankCollection:actions'),
      render: (_, m) => (
        <>
          <HistoryButton entity="bank_mandate" id={m.id} name={m.mandateNo} />
          {m.abilities.cancel ? (
            <Button size="small" danger icon={<StopOutlined aria-hidden />} onClick={() => setCancelling(m)}>
              {t('bankCollection:mandate.cancel')}
            </Button>
          ) : null}
        </>
      ),
    },
  ];
  return (
    <>
      <div className="bank-filters">
        <Input.Search
          aria-label={t('bankCollection:mandate.search')}
          placeholder={t('bankCollection:mandate.search')}
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(q) => list.update({ q: q || null })}
        />
        <EstateSelect allowClear value={list.filters.estate} onChange={(v) => list.update({ estate: v ?? null })} />
        <Select
          aria-label={t('bankCollection:fields.state')}
          placeholder={t('bankCollection:fields.state')}
          allowClear
          value={state}
          onChange={(v) => list.update({ state: v ?? null })}
          options={MANDATE_STATES.map((s) => ({ value: s, label: t(`bankCollection:mandateState.${s}`) }))}
        />
        <Button icon={<DownloadOutlined aria-hidden />} href={href('/api/bank-mandates/export.xlsx', { ...filters, lang: i18n.language })}>
          {t('bankCollection:mandate.export')}
        </Button>
        {keep ? (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
            {t('bankCollection:mandate.new')}
          </Button>
        ) : null}
      </div>
      {mandates.isError ? (
        <QueryError error={mandates.error} onRetry={() => mandates.refetch()} />
      ) : (
        <ResponsiveTable<Mandate>
          label={t('bankCollection:tabs.mandates')}
          rowKey="id"
          columns={columns}
          items={mandates.data?.items}
          total={mandates.data?.total ?? 0}
          page={list.page}
          pageSize={list.pageSize}
          loading={mandates.isFetching}
          empty={<Empty description={t('bankCollection:mandate.empty')} />}
          onPageChange={list.onPageChange}
          renderCard={(m) => (
            <>
              <strong>{m.unitLabel}</strong> · {m.estateName}
              <div>
                {m.mandateNo} · {m.accountHolder} · {m.accountNoMasked}
              </div>
              <div>{t(`bankCollection:mandateState.${m.state}`)}</div>
            </>
          )}
        />
      )}
      {adding ? <MandateFormModal open estateId={list.filters.estate} onClose={() => setAdding(false)} /> : null}
      {cancelling ? (
        <ConfirmAction
          open
          danger
          title={t('bankCollection:mandate.cancelTitle', { no: cancelling.mandateNo })}
          description={t('bankCollection:mandate.cancelHelp', { unit: cancelling.unitLabel })}
          okText={t('bankCollection:mandate.cancel')}
          onConfirm={async () => {
            await unwrap(
              api.POST('/api/bank-mandates/{id}/cancel', {
                params: { path: { id: cancelling.id } },
                body: { version: cancelling.version },
              }),
            );
            await client.invalidateQueries({ queryKey: BANK_KEY });
          }}
          onClose={() => setCancelling(null)}
        />
      ) : null}
    </>
  );
}
