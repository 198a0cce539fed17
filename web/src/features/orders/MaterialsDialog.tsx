import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { fenToYuan, formatFen, yuanToFen } from '../../app/ui/money';
import { useToast } from '../../app/ui/toast';
import { zodRule } from '../../app/ui/zod-rule';
import { placeListErrors } from './list-errors';
import { lineAmount, milliText, milliToQuantity, quantityToMilli } from './money';
import { orderFieldSchema } from './order.schemas';
import type { Order } from './order-model';
import { useOrderCommand } from './use-order-command';

interface Row {
  name: string;
  unitLabel: string;
  unitPrice: string;
  quantity: string;
}
interface Values {
  materials: Row[];
}

const amountOf = (r: Partial<Row> | undefined) => {
  const price = yuanToFen(r?.unitPrice ?? '');
  const milli = quantityToMilli(r?.quantity ?? '');
  return price !== null && milli !== null ? lineAmount(price, milli) : null;
};

/**
 * The materials used on the job (A2.4.2.2): name, unit, unit price in yuan (read as integer fen) and
 * quantity. The list replaces what was recorded before; the material fee and the total follow.
 */
export function MaterialsDialog({ order, open, onClose }: { order: Order; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  // priced on site (GPS): only the parts used are charged, so what is recorded is named parts (零部件)
  const parts = order.typeDef.pricedAt === 'site';
  const send = useOrderCommand(order);
  const [form] = Form.useForm<Values>();
  const rows = Form.useWatch('materials', form);
  const materialFee = (rows ?? []).reduce((sum, r) => sum + (amountOf(r) ?? 0), 0);
  const s = orderFieldSchema.shape;
  const yuanRule = {
    validator: async (_r: unknown, v: string) => {
      if (yuanToFen(v ?? '') === null) throw new Error(t('orders:validation.yuan'));
    },
  };
  const quantityRule = {
    validator: async (_r: unknown, v: string) => {
      if (quantityToMilli(v ?? '') === null) throw new Error(t('orders:validation.quantity'));
    },
  };

  return (
    <FormModal<Values>
      open={open}
      form={form}
      title={t(parts ? 'orders:materials.partsTitle' : 'orders:materials.title', { number: order.number })}
      okText={t('common:actions.save')}
      initialValues={{
        materials: order.materials.map((m) => ({
          name: m.name,
          unitLabel: m.unitLabel,
          unitPrice: fenToYuan(m.unitPriceFen),
          quantity: milliText(m.quantityMilli),
        })),
      }}
      onClose={onClose}
      onSubmit={async (v) => {
        try {
          await send((version) =>
            api.POST('/api/orders/{id}/materials', {
              params: { path: { id: order.id } },
              body: {
                version,
                materials: (v.materials ?? []).map((m) => ({
                  name: m.name.trim(),
                  unitLabel: m.unitLabel.trim(),
                  unitPriceFen: yuanToFen(m.unitPrice) ?? 0,
                  quantity: milliToQuantity(quantityToMilli(m.quantity) ?? 0),
                })),
              },
            }),
          );
        } catch (e) {
          placeListErrors(form, e, t);
          throw e;
        }
        toast.success(t('orders:materials.done', { fee: formatFen(materialFee) }));
      }}
    >
      <p className="muted">{t(parts ? 'orders:materials.partsText' : 'orders:materials.text')}</p>
      <Form.List name="materials">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <fieldset key={field.key} className="material-row plain-fieldset">
                <legend className="sr-only">{t('orders:materials.row', { n: i + 1 })}</legend>
                <Form.Item
                  name={[field.name, 'name']}
                  label={t(parts ? 'orders:fields.partName' : 'orders:fields.materialName')}
                  className="material-name"
                  rules={[zodRule(s.materialName, t)]}
                >
                  <Input maxLength={100} autoComplete="off" />
                </Form.Item>
                <Form.Item name={[field.name, 'unitLabel']} label={t('orders:fields.unitLabel')} rules={[zodRule(s.unitLabel, t)]}>
                  <Input maxLength={10} placeholder={t('orders:materials.unitExample')} autoComplete="off" />
                </Form.Item>
                <Form.Item name={[field.name, 'unitPrice']} label={t('orders:fields.unitPriceYuan')} rules={[yuanRule]}>
                  <Input inputMode="decimal" prefix="¥" autoComplete="off" />
                </Form.Item>
                <Form.Item name={[field.name, 'quantity']} label={t('orders:fields.quantity')} rules={[quantityRule]}>
                  <Input inputMode="decimal" autoComplete="off" />
                </Form.Item>
                <div className="material-row-end">
                  <div className="money material-amount" aria-live="polite">
                    {(() => {
                      const a = amountOf(rows?.[i]);
                      return a === null ? t('common:empty') : formatFen(a);
                    })()}
                  </div>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t('orders:materials.remove', { n: i + 1 })}
                    onClick={() => remove(field.name)}
                  />
                </div>
              </fieldset>
            ))}
            <Button
              block
              icon={<PlusOutlined aria-hidden />}
              onClick={() => add({ name: '', unitLabel: '', unitPrice: '', quantity: '1' })}
            >
              {t('orders:materials.add')}
            </Button>
          </>
        )}
      </Form.List>
      <dl className="order-totals">
        <dt>{t('orders:fields.serviceFee')}</dt>
        <dd className="money">{formatFen(order.serviceFeeFen)}</dd>
        <dt>{t(parts ? 'orders:fields.partsFee' : 'orders:fields.materialFee')}</dt>
        <dd className="money">{formatFen(materialFee)}</dd>
        <dt>{t('orders:fields.total')}</dt>
        <dd className="money money-total">{formatFen(order.serviceFeeFen + materialFee)}</dd>
      </dl>
    </FormModal>
  );
}
