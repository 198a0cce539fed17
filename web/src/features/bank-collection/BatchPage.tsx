import { DownloadOutlined, FileDoneOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Descriptions, Empty, Table, type TableProps, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ConfirmAction } from '../../app/ui/ConfirmAction';
import { useFormat } from '../../app/ui/format';
import { formatFen } from '../../app/ui/money';
import { PageHeader } from '../../app/ui/PageHeader';
import { PageSpinner } from '../../app/ui/PageSpinner';
import { QueryError } from '../../app/ui/QueryError';
import { HistoryButton } from '../history/HistoryButton';
import { BANK_KEY, type BatchLine, batchQuery } from './bank-queries';
import { ReturnDialog } from './ReturnDialog';
import './bank-collection.css';

const LINE_CLASS = { pending: 'bank-tag-wait', paid: 'bank-tag-ok', failed: 'bank-tag-bad' } as const;

/** One batch: its files for the bank, the return file's import, and every line with its state. */
export function BatchPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const client = useQueryClient();
  const { id = '' } = useParams();
  const batch = useQuery(batchQuery(id));
  const [importing, setImporting] = useState(false);
  const [closing, setClosing] = useState(false);
  if (batch.isError) return <QueryError error={batch.error} onRetry={() => batch.refetch()} />;
  if (!batch.data) return <PageSpinner />;
  const b = batch.data;
  const columns: TableProps<BatchLine>['columns'] = [
    { key: 'no', title: t('bankCollection:fields.lineNo'), dataIndex: 'lineNo', align: 'right', width: 70 },
    { key: 'unit', title: t('bankCollection:fields.unit'), dataIndex: 'unitLabel' },
    { key: 'period', title: t('bankCollection:fields.billPeriod'), dataIndex: 'period' },
    { key: 'mandate', title: t('bankCollection:fields.mandateNo'), dataIndex: 'mandateNo' },
    { key: 'holder', title: t('bankCollection:fields.accountHolder'), dataIndex: 'accountHolder' },
    { key: 'account', title: t('bankCollection:fields.accountNo'), dataIndex: 'accountNoMasked' },
    { key: 'amount', title: t('bankCollection:fields.amount'), align: 'right', render: (_, l) => formatFen(l.amountFen) },
    {
      key: 'state',
      title: t('bankCollection:fields.state'),
      render: (_, l) => <Tag className={`bank-tag ${LINE_CLASS[l.state]}`}>{t(`bankCollection:lineState.${l.state}`)}</Tag>,
    },
    { key: 'reason', title: t('bankCollection:fields.failReason'), render: (_, l) => l.failReason ?? '' },
  ];
  return (
    <>
      <PageHeader
        title={t('bankCollection:batch.title', { number: b.number })}
        subtitle={<Link to="/bank-collection?tab=batches">{t('bankCollection:title')}</Link>}
        extra={
          <>
            <HistoryButton entity="bank_batch" id={b.id} name={b.number} />
            <Button icon={<DownloadOutlined aria-hidden />} href={`/api/bank-batches/${b.id}/file?format=csv`}>
              {t('bankCollection:batch.downloadCsv')}
            </Button>
            <Button icon={<DownloadOutlined aria-hidden />} href={`/api/bank-batches/${b.id}/file?format=xlsx`}>
              {t('bankCollection:batch.downloadXlsx')}
            </Button>
            {b.abilities.importReturn ? (
              <Button type="primary" icon={<UploadOutlined aria-hidden />} onClick={() => setImporting(true)}>
                {t('bankCollection:return.open')}
              </Button>
            ) : null}
            {b.abilities.close ? (
              <Button icon={<FileDoneOutlined aria-hidden />} onClick={() => setClosing(true)}>
                {t('bankCollection:batch.close')}
              </Button>
            ) : null}
          </>
        }
      />
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          { key: 'estate', label: t('bankCollection:fields.estate'), children: b.estateName },
          { key: 'period', label: t('bankCollection:fields.period'), children: b.period },
          {
            key: 'state',
            label: t('bankCollection:fields.state'),
            children: (
              <Tag className={`bank-tag ${b.state === 'exported' ? 'bank-tag-wait' : 'bank-tag-ok'}`}>
                {t(`bankCollection:batchState.${b.state}`)}
              </Tag>
            ),
          },
          { key: 'total', label: t('bankCollection:fields.total'), children: `${b.lineCount} · ${formatFen(b.totalFen)}` },
          { key: 'paid', label: t('bankCollection:fields.paid'), children: `${b.paidCount} · ${formatFen(b.paidFen)}` },
          { key: 'failed', label: t('bankCollection:fields.failed'), children: b.failedCount },
          { key: 'pending', label: t('bankCollection:fields.pending'), children: b.pendingCount },
          { key: 'exported', label: t('bankCollection:fields.exportedAt'), children: `${fmt.dateTime(b.exportedAt)} ${b.exportedByName}` },
          { key: 'returned', label: t('bankCollection:fields.returnedAt'), children: b.returnedAt ? fmt.dateTime(b.returnedAt) : '—' },
        ]}
      />
      <Table<BatchLine>
        aria-label={t('bankCollection:batch.lines')}
        size="small"
        rowKey="lineNo"
        columns={columns}
        dataSource={b.lines}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={t('bankCollection:batch.noLines')} /> }}
        scroll={{ x: 900 }}
      />
      <ReturnDialog batch={b} open={importing} onClose={() => setImporting(false)} />
      {closing ? (
        <ConfirmAction
          open
          title={t('bankCollection:batch.close')}
          description={t('bankCollection:batch.closeHelp', { n: b.pendingCount })}
          okText={t('bankCollection:batch.close')}
          onConfirm={async () => {
            await unwrap(api.POST('/api/bank-batches/{id}/close', { params: { path: { id: b.id } }, body: { version: b.version } }));
            await client.invalidateQueries({ queryKey: BANK_KEY });
          }}
          onClose={() => setClosing(false)}
        />
      ) : null}
    </>
  );
}
