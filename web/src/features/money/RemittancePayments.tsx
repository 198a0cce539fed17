import { Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/ui/format';
import { formatFen } from '../../app/ui/money';
import type { Remittance } from './money-queries';

type Line = NonNullable<Remittance['payments']>[number];

/**
 * What a remittance is made of, for finance to count against (A2.4.2.4): each payment with its payer, its receipt, its
 * amount and when it was taken — what the cashier ticked when making it — and their total.
 */
export function RemittancePayments({ remittance }: { remittance: Remittance }) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: TableProps<Line>['columns'] = [
    { key: 'payer', dataIndex: 'payer', title: t('money:receipts.payer') },
    { key: 'receipt', title: t('money:receipts.number'), render: (_, p) => p.receiptNumber ?? '—' },
    { key: 'amount', title: t('money:fields.amount'), align: 'right', render: (_, p) => formatFen(p.amountFen) },
    { key: 'at', title: t('money:remittances.collectedAt'), render: (_, p) => format.dateTime(p.collectedAt) },
  ];
  return (
    <Table<Line>
      aria-label={t('money:remittances.payments')}
      className="remittance-payments"
      size="small"
      rowKey="paymentId"
      columns={columns}
      dataSource={remittance.payments ?? []}
      pagination={false}
      scroll={{ x: 'max-content', y: 240 }}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={2}>
            {t('money:remittances.paymentsCount', { count: remittance.payments?.length ?? 0 })}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right">
            <strong>{formatFen(remittance.totalFen)}</strong>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={3} />
        </Table.Summary.Row>
      )}
    />
  );
}
