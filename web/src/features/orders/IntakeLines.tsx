import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatFen } from '../../app/ui/money';
import { useItemName } from '../pricelists/use-item-name';
import { lineAmount, quantityToMilli } from './money';
import type { OrderType } from './order-model';
import { orderTypesQuery, publishedListQuery, serviceItemsQuery } from './order-queries';

export interface IntakeLine {
  itemId?: string;
  quantity: string;
}

/**
 * The items asked for, with quantities. Items come from the catalogue for the order type; only those
 * on the office's posted list can be chosen (only a posted price can be quoted, A2.4.2.1), and the
 * posted price and an estimate show as the operator types.
 */
export function IntakeLines({ type, officeId }: { type: OrderType; officeId: string | undefined }) {
  const { t } = useTranslation();
  const itemName = useItemName();
  // the catalogue category the type takes its items from (a repair's labour is a paid-service item)
  const category = useQuery(orderTypesQuery()).data?.find((x) => x.code === type)?.itemCategory;
  const items = useQuery({ ...serviceItemsQuery(category), enabled: Boolean(category) });
  const posted = useQuery({ ...publishedListQuery(officeId ?? ''), enabled: Boolean(officeId) });
  const form = Form.useFormInstance();
  const lines = (Form.useWatch('lines', form) ?? []) as IntakeLine[];
  const priceOf = (itemId: string | undefined) => posted.data?.lines.find((l) => l.itemId === itemId);
  const unitOf = (itemId: string | undefined) => items.data?.find((i) => i.id === itemId)?.unit;
  const unitText = (u: string | undefined) => (u ? t(`pricelists:units.${u}`) : '');
  const estimate = lines.reduce((sum, l) => {
    const price = priceOf(l?.itemId)?.priceFen;
    const milli = quantityToMilli(l?.quantity ?? '');
    return sum + (price !== undefined && milli !== null ? lineAmount(price, milli) : 0);
  }, 0);

  return (
    <fieldset className="plain-fieldset intake-section">
      <legend className="card-heading">{t('orders:intake.items')}</legend>
      {officeId && posted.data === null ? <Alert type="warning" showIcon title={t('errors:pricelist.none_published')} /> : null}
      <Form.List
        name="lines"
        rules={[
          {
            validator: async (_r, value: unknown[]) => {
              if (!value?.length) throw new Error(t('errors:order.no_items'));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, i) => {
              const line = lines[i];
              const price = priceOf(line?.itemId);
              return (
                <div key={field.key} className="line-row">
                  <div>
                    <Form.Item
                      name={[field.name, 'itemId']}
                      label={t('orders:fields.item')}
                      rules={[{ required: true, message: t('validation:required') }]}
                    >
                      <Select
                        showSearch={{ optionFilterProp: 'label' }}
                        loading={items.isPending || posted.isPending}
                        placeholder={t('orders:intake.chooseItem')}
                        options={(items.data ?? []).map((item) => {
                          const p = priceOf(item.id);
                          return {
                            value: item.id,
                            label: p
                              ? t('orders:intake.itemWithPrice', {
                                  name: itemName(item),
                                  price: formatFen(p.priceFen),
                                  unit: unitText(p.unit),
                                })
                              : t('orders:intake.notPosted', { name: itemName(item) }),
                            disabled: !p,
                          };
                        })}
                      />
                    </Form.Item>
                    {price ? (
                      <div className="posted-price">
                        {t('orders:intake.postedPrice', { price: formatFen(price.priceFen), unit: unitText(price.unit) })}
                        {price.note ? ` · ${price.note}` : ''}
                      </div>
                    ) : null}
                  </div>
                  <Form.Item
                    name={[field.name, 'quantity']}
                    label={t('orders:fields.quantity')}
                    rules={[
                      {
                        validator: async (_r, v: string) => {
                          if (quantityToMilli(v ?? '') === null) throw new Error(t('orders:validation.quantity'));
                        },
                      },
                    ]}
                  >
                    <Input inputMode="decimal" suffix={unitText(unitOf(line?.itemId))} autoComplete="off" />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    className="line-remove"
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t('orders:intake.removeItem', { n: i + 1 })}
                    disabled={fields.length === 1}
                    onClick={() => remove(field.name)}
                  />
                </div>
              );
            })}
            <Form.ErrorList errors={errors} />
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ quantity: '1' })}>
              {t('orders:intake.addItem')}
            </Button>
          </>
        )}
      </Form.List>
      {estimate ? <p className="intake-estimate">{t('orders:intake.estimate', { total: formatFen(estimate) })}</p> : null}
    </fieldset>
  );
}
