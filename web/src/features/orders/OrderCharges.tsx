import { Alert, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatFen } from '../../app/ui/money';
import { milliText } from './money';
import type { Order } from './order-model';
import { useQuantityText } from './use-quantity';

const money = (fen: number | null, empty: string) => <span className="money">{fen === null ? empty : formatFen(fen)}</span>;

/** Why an order priced on site (GPS, A4.2) costs what it does: under warranty or an installation free, else parts only. */
const siteNote = (order: Order) =>
  order.details.warranty === true ? 'warranty' : order.type === 'gps_install' ? 'installation' : 'partsOnly';

/**
 * The record's money (A2.4.2.2): service lines from the posted prices, materials, and total = service fee + material
 * fee. An order priced on site (GPS) has no lines: the parts used are its only charge, with the rule that applies.
 */
export function OrderCharges({ order }: { order: Order }) {
  const { t } = useTranslation();
  const empty = t('common:empty');
  const unit = (u: string) => t(`pricelists:units.${u}`, { defaultValue: u });
  const quantity = useQuantityText();
  const parts = order.typeDef.pricedAt === 'site';
  const materialsTitle = t(parts ? 'orders:detail.parts' : 'orders:detail.materials');
  return (
    <section className="panel" aria-labelledby="order-charges">
      <h2 id="order-charges" className="card-heading">
        {t('orders:detail.charges')}
      </h2>
      {parts ? <Alert type="info" showIcon className="form-alert" title={t(`orders:detail.siteNote.${siteNote(order)}`)} /> : null}
      {parts ? null : (
        <Table
          size="small"
          rowKey="lineNo"
          pagination={false}
          aria-label={t('orders:detail.lines')}
          dataSource={order.lines}
          scroll={{ x: 'max-content' }}
          columns={[
            { key: 'item', title: t('orders:fields.item'), dataIndex: 'itemName' },
            {
              key: 'unitPrice',
              title: t('orders:fields.unitPrice'),
              align: 'right',
              render: (_, l) => (l.unitPriceFen === null ? t('orders:detail.notQuoted') : `${formatFen(l.unitPriceFen)} / ${unit(l.unit)}`),
            },
            {
              key: 'quantity',
              title: t('orders:fields.quantity'),
              align: 'right',
              render: (_, l) => quantity(l.quantityMilli, l.unit),
            },
            { key: 'amount', title: t('orders:fields.amount'), align: 'right', render: (_, l) => money(l.amountFen, empty) },
          ]}
        />
      )}
      {order.materials.length ? (
        <>
          <h3 className="sub-heading">{materialsTitle}</h3>
          <Table
            size="small"
            rowKey="lineNo"
            pagination={false}
            aria-label={materialsTitle}
            dataSource={order.materials}
            scroll={{ x: 'max-content' }}
            columns={[
              { key: 'name', title: t(parts ? 'orders:fields.partName' : 'orders:fields.materialName'), dataIndex: 'name' },
              {
                key: 'unitPrice',
                title: t('orders:fields.unitPrice'),
                align: 'right',
                render: (_, m) => `${formatFen(m.unitPriceFen)} / ${m.unitLabel}`,
              },
              {
                key: 'quantity',
                title: t('orders:fields.quantity'),
                align: 'right',
                render: (_, m) => `${milliText(m.quantityMilli)} ${m.unitLabel}`,
              },
              { key: 'amount', title: t('orders:fields.amount'), align: 'right', render: (_, m) => money(m.amountFen, empty) },
            ]}
          />
        </>
      ) : null}
      <dl className="order-totals">
        {parts ? null : (
          <>
            <dt>{t('orders:fields.serviceFee')}</dt>
            <dd>{money(order.serviceFeeFen, empty)}</dd>
          </>
        )}
        <dt>{t(parts ? 'orders:fields.partsFee' : 'orders:fields.materialFee')}</dt>
        <dd>{money(order.materialFeeFen, empty)}</dd>
        <dt>{t('orders:fields.total')}</dt>
        <dd className="money-total">{money(order.totalFen, empty)}</dd>
      </dl>
    </section>
  );
}
