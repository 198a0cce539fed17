import { Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { numberRange } from '../../app/ui/number-range';
import { type Product, useRefresh } from './gps-queries';

interface Values {
  modelCode: string;
  name: string;
  warrantyMonths: number;
}

/** Adds a terminal model (产品型号) with its warranty, or changes one. */
export function ProductFormModal({ product, onClose }: { product?: Product; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const refresh = useRefresh();
  const required = { required: true, message: t('validation:required') };
  return (
    <FormModal
      open
      title={t(product ? 'gps:form.editProduct' : 'gps:form.newProduct')}
      form={form}
      initialValues={product ?? { warrantyMonths: 12 }}
      onClose={onClose}
      onSubmit={async (v) => {
        if (product)
          await unwrap(
            api.PUT('/api/gps/products/{id}', {
              params: { path: { id: product.id } },
              body: { ...v, active: product.active, version: product.version },
            }),
          );
        else await unwrap(api.POST('/api/gps/products', { body: v }));
        await refresh();
      }}
    >
      <Form.Item name="modelCode" label={t('gps:fields.modelCode')} rules={[{ ...required, max: 20 }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="name" label={t('gps:fields.productName')} rules={[{ ...required, max: 60 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="warrantyMonths" label={t('gps:fields.warrantyMonths')} rules={[required, ...numberRange(t, { min: 0, max: 120 })]}>
        <InputNumber precision={0} />
      </Form.Item>
    </FormModal>
  );
}
