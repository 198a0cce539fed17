import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Input, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { formatFen } from '../../app/ui/money';
import { useToast } from '../../app/ui/toast';
import { placeListErrors } from './list-errors';
import { lineAmount, milliText, milliToQuantity, quantityToMilli } from './money';
import type { Order } from './order-model';
import { publishedListQuery } from './order-queries';
import { useOrderCommand } from './use-order-command';

interface Values {
  lines: { quantity: string }[];
}

/**
 * Quotes the request from the office's posted price list (A7.4.1, A2.4.2.1): each line's posted unit
 * price and amount, and the total the owner is told. An item not on the posted list cannot be quoted.
 */
export function QuoteDialog({ order, open, onClose }: { order: Order; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const send = useOrderCommand(order);
  const [form] = Form.useForm<Values>();
  const posted = useQuery({ ...publishedListQuery(order.officeId), enabled: open });
  const watched = Form.useWatch('lines', form);
  const priceOf = (itemId: string) => posted.data?.lines.find((p) => p.itemId === itemId)?.priceFen;
  const rows = order.lines.map((l, i) => {
    const milli = quantityToMilli(watched?.[i]?.quantity ?? milliText(l.quantityMilli));
    const price = priceOf(l.itemId);
    return { line: l, milli, price, amount: price !== undefined && milli !== null ? lineAmount(price, milli) : null };
  });
  const total = rows.reduce((sum, r) => sum + (r.amount ?? 0), 0);
  const missing = rows.filter((r) => r.price === undefined);

  return (
    <FormModal<Values>
      open={open}
      form={form}
      title={t('orders:quote.title', { number: order.number })}
      okText={t('orders:actions.quote')}
      initialValues={{ lines: order.lines.map((l) => ({ quantity: milliText(l.quantityMilli) })) }}
      onClose={onClose}
      onSubmit={async (v) => {
        try {
          await send((version) =>
            api.POST('/api/orders/{id}/quote', {
              params: { path: { id: order.id } },
              body: {
                version,
                lines: order.lines.map((l, i) => ({
                  itemId: l.itemId,
                  quantity: milliToQuantity(quantityToMilli(v.lines[i]?.quantity ?? '') ?? l.quantityMilli),
                  unitPriceFen: priceOf(l.itemId),
                })),
              },
            }),
          );
        } catch (e) {
          placeListErrors(form, e, t);
          throw e;
        }
        toast.success(t('orders:quote.done', { total: formatFen(total) }));
      }}
    >
      {posted.isPending ? (
        <Skeleton active />
      ) : posted.data === null ? (
        <Alert type="error" showIcon title={t('errors:pricelist.none_published')} />
      ) : (
        <>
          <p className="muted">{t('orders:quote.text', { list: posted.data?.title ?? '' })}</p>
          <table className="quote-table">
            <caption className="sr-only">{t('orders:quote.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('orders:fields.item')}</th>
                <th scope="col" className="num">
                  {t('orders:fields.unitPrice')}
                </th>
                <th scope="col">{t('orders:fields.quantity')}</th>
                <th scope="col" className="num">
                  {t('orders:fields.amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={r.line.lineNo}>
                  <th scope="row">{r.line.itemName}</th>
                  <td className="num">
                    {r.price === undefined ? (
                      <span className="text-danger">{t('orders:quote.notPosted')}</span>
                    ) : (
                      `${formatFen(r.price)} / ${t(`pricelists:units.${r.line.unit}`, { defaultValue: r.line.unit })}`
                    )}
                  </td>
                  <td>
                    <Form.Item
                      name={['lines', i, 'quantity']}
                      noStyle={false}
                      className="quote-quantity"
                      rules={[
                        {
                          validator: async (_r, value: string) => {
                            if (quantityToMilli(value ?? '') === null) throw new Error(t('orders:validation.quantity'));
                          },
                        },
                      ]}
                    >
                      <Input
                        inputMode="decimal"
                        aria-label={t('orders:quote.quantityOf', { item: r.line.itemName })}
                        suffix={t(`pricelists:units.${r.line.unit}`, { defaultValue: r.line.unit })}
                      />
                    </Form.Item>
                  </td>
                  <td className="num money">{r.amount === null ? t('common:empty') : formatFen(r.amount)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={3}>
                  {t('orders:fields.serviceFee')}
                </th>
                <td className="num money money-total">{formatFen(total)}</td>
              </tr>
            </tfoot>
          </table>
          {missing.length ? (
            <Alert
              type="warning"
              showIcon
              title={t('errors:order.price_not_published')}
              description={missing.map((r) => r.line.itemName).join(t('common:listSeparator'))}
            />
          ) : null}
        </>
      )}
    </FormModal>
  );
}
