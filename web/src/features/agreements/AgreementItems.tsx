import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { fenToYuan, formatFen, yuanToFen } from '../../app/ui/money';
import { lineAmount, quantityToMilli } from '../orders/money';
import { publishedListQuery } from '../orders/order-queries';

export interface ItemValues {
  itemId?: string;
  quantity: string;
  /** The agreed price in 元 as typed; prefilled with the posted price. */
  unitPriceFen: string;
}

/**
 * Items from the office's posted list with quantity per visit and the agreed price, prefilled with the
 * posted one. A different price is marked "negotiated": it needs the office head's approval before signing.
 */
export function AgreementItems({ officeId }: { officeId: string | undefined }) {
  const { t } = useTranslation();
  const posted = useQuery({ ...publishedListQuery(officeId ?? ''), enabled: Boolean(officeId) });
  const form = Form.useFormInstance();
  const items = (Form.useWatch('items', form) ?? []) as ItemValues[];
  const priceOf = (itemId: string | undefined) => posted.data?.lines.find((l) => l.itemId === itemId);
  const perVisit = items.reduce((sum, l) => {
    const price = yuanToFen(l?.unitPriceFen ?? '');
    const milli = quantityToMilli(l?.quantity ?? '');
    return price !== null && milli !== null ? sum + lineAmount(price, milli) : sum;
  }, 0);

  if (officeId && posted.isSuccess && !posted.data) return <Alert type="warning" showIcon title={t('agreements:form.noPostedList')} />;
  return (
    <Form.List name="items">
      {(fields, { add, remove }) => (
        <div className="agreement-items">
          {fields.map((field, i) => {
            const line = items[i];
            const price = priceOf(line?.itemId);
            const agreed = yuanToFen(line?.unitPriceFen ?? '');
            const negotiated = price && agreed !== null && agreed !== price.priceFen;
            return (
              <div key={field.key} className="agreement-item-row">
                <Form.Item
                  name={[field.name, 'itemId']}
                  label={t('agreements:fields.item')}
                  rules={[{ required: true, message: t('agreements:form.itemRequired') }]}
                >
                  <Select
                    showSearch={{ optionFilterProp: 'label' }}
                    loading={posted.isFetching}
                    placeholder={t('agreements:form.pickItem')}
                    options={(posted.data?.lines ?? []).map((l) => ({
                      value: l.itemId,
                      label: t('common:aside', { text: l.itemName, aside: `${formatFen(l.priceFen)}/${t(`pricelists:units.${l.unit}`)}` }),
                    }))}
                    onChange={(itemId: string) => {
                      const p = priceOf(itemId);
                      if (p) form.setFieldValue(['items', field.name, 'unitPriceFen'], fenToYuan(p.priceFen));
                    }}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'quantity']}
                  label={t('agreements:fields.quantity')}
                  rules={[
                    {
                      validator: async (_r, v: string) =>
                        quantityToMilli(v ?? '') === null ? Promise.reject(new Error(t('agreements:form.quantityInvalid'))) : undefined,
                    },
                  ]}
                >
                  <Input inputMode="decimal" suffix={price ? t(`pricelists:units.${price.unit}`) : undefined} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'unitPriceFen']}
                  label={t('agreements:fields.unitPrice')}
                  extra={
                    negotiated ? <Tag color="orange">{t('agreements:form.negotiated', { price: formatFen(price.priceFen) })}</Tag> : null
                  }
                  rules={[
                    {
                      validator: async (_r, v: string) =>
                        yuanToFen(v ?? '') === null ? Promise.reject(new Error(t('agreements:form.priceInvalid'))) : undefined,
                    },
                  ]}
                >
                  <Input inputMode="decimal" prefix="¥" />
                </Form.Item>
                <Button
                  className="agreement-item-remove"
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={t('agreements:form.removeItem')}
                  disabled={fields.length === 1}
                  onClick={() => remove(field.name)}
                />
              </div>
            );
          })}
          <div className="agreement-items-foot">
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ quantity: '1', unitPriceFen: '' })}>
              {t('agreements:form.addItem')}
            </Button>
            <span>
              {t('agreements:fields.perVisit')}
              {t('common:labelSeparator')}
              <strong className="money">{formatFen(perVisit)}</strong>
            </span>
          </div>
        </div>
      )}
    </Form.List>
  );
}
