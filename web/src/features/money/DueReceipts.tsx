import { useQuery } from '@tanstack/react-query';
import { Button, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ConfirmAction } from '../../app/ui/ConfirmAction';
import { useFormat } from '../../app/ui/format';
import { formatFen } from '../../app/ui/money';
import { QueryError } from '../../app/ui/QueryError';
import { useToast } from '../../app/ui/toast';
import { LocalTable } from './LocalTable';
import { type DueReceipt, dueReceiptsQuery, useRefreshMoney } from './money-queries';

/**
 * 待开收据: payments a cleaner, a nurse or a technician took in the field by WeChat, transfer or card — the money is in
 * the office's account, nobody holds it — waiting for the cashier to write their receipt with the order's lines.
 * Shown only while there are some.
 */
export function DueReceipts() {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const refresh = useRefreshMoney();
  const due = useQuery(dueReceiptsQuery);
  const [writing, setWriting] = useState<DueReceipt | null>(null);
  if (!due.isError && !due.data?.length) return null;

  const method = (d: DueReceipt) => t(`orders:methods.${d.method}`, { defaultValue: d.method });
  const write = (d: DueReceipt) => (
    <Button type="primary" onClick={() => setWriting(d)}>
      {t('money:due.write')}
    </Button>
  );
  const columns: TableProps<DueReceipt>['columns'] = [
    { key: 'ref', dataIndex: 'ref', title: t('money:due.ref') },
    { key: 'office', dataIndex: 'officeName', title: t('money:receipts.office') },
    { key: 'payer', dataIndex: 'payer', title: t('money:receipts.payer') },
    { key: 'amount', title: t('money:fields.amount'), align: 'right', render: (_, d) => formatFen(d.amountFen) },
    { key: 'method', title: t('money:receipts.method'), render: (_, d) => method(d) },
    { key: 'by', dataIndex: 'collectedByName', title: t('money:due.collectedBy') },
    { key: 'at', title: t('money:due.collectedAt'), render: (_, d) => format.dateTime(d.collectedAt) },
    { key: 'actions', title: t('common:fields.actions'), render: (_, d) => write(d) },
  ];
  return (
    <section aria-labelledby="due-receipts-title" className="money-section">
      <h2 id="due-receipts-title">{t('money:due.title')}</h2>
      <p className="muted">{t('money:due.help')}</p>
      {due.isError ? (
        <QueryError error={due.error} onRetry={() => due.refetch()} />
      ) : (
        <LocalTable<DueReceipt>
          label={t('money:due.title')}
          rowKey="paymentId"
          columns={columns}
          items={due.data}
          loading={due.isFetching}
          empty={null}
          renderCard={(d) => (
            <>
              <div className="record-card-title">
                <span>
                  {d.ref} · {d.payer}
                </span>
                <span className="money-total">{formatFen(d.amountFen)}</span>
              </div>
              <div className="record-card-line muted">
                {method(d)} · {d.collectedByName} · {format.dateTime(d.collectedAt)}
              </div>
              {write(d)}
            </>
          )}
        />
      )}
      <ConfirmAction
        open={writing !== null}
        title={t('money:due.writeTitle', { ref: writing?.ref ?? '', amount: writing ? formatFen(writing.amountFen) : '' })}
        description={t('money:due.writeText', {
          method: writing ? method(writing) : '',
          lines: writing?.items
            .map((i) => `${i.key ? t(`money:due.lines.${i.key}`) : i.name} ${formatFen(i.amountFen)}`)
            .join(t('common:listSeparator')),
        })}
        okText={t('money:due.write')}
        onClose={() => setWriting(null)}
        onConfirm={async () => {
          if (!writing) return;
          const made = await unwrap(api.POST('/api/receipts/due/{id}', { params: { path: { id: writing.paymentId } } }));
          await refresh();
          toast.success(t('money:due.written', { number: made.number }));
        }}
      />
    </section>
  );
}
