import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { CUSTOMER_KINDS, type Customer, useRefresh } from './gps-queries';

interface Values {
  kind: Customer['kind'];
  name: string;
  address: string;
  contactName: string;
  phone: string;
  note: string;
}

/** Adds a customer (a fleet company or an individual) or changes one. */
export function CustomerFormModal({ customer, onClose }: { customer?: Customer; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const refresh = useRefresh();
  const required = { required: true, message: t('validation:required') };
  return (
    <FormModal
      open
      title={t(customer ? 'gps:form.editCustomer' : 'gps:form.newCustomer')}
      form={form}
      initialValues={customer ?? { kind: 'fleet', address: '', contactName: '', note: '' }}
      onClose={onClose}
      onSubmit={async (v) => {
        const body = {
          kind: v.kind,
          name: v.name,
          address: v.address ?? '',
          contactName: v.contactName ?? '',
          phone: v.phone,
          note: v.note ?? '',
        };
        if (customer)
          await unwrap(
            api.PUT('/api/gps/customers/{id}', {
              params: { path: { id: customer.id } },
              body: { ...body, active: customer.active, version: customer.version },
            }),
          );
        else await unwrap(api.POST('/api/gps/customers', { body }));
        await refresh();
      }}
    >
      <Form.Item name="kind" label={t('gps:fields.kind')} rules={[required]}>
        <Radio.Group options={CUSTOMER_KINDS.map((k) => ({ value: k, label: t(`gps:kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item name="name" label={t('gps:fields.customerName')} rules={[{ ...required, max: 60 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="contactName" label={t('gps:fields.contactName')} rules={[{ max: 40 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="phone" label={t('gps:fields.phone')} rules={[required]}>
        <Input inputMode="tel" />
      </Form.Item>
      <Form.Item name="address" label={t('gps:fields.address')} rules={[{ max: 200 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="note" label={t('gps:fields.note')} rules={[{ max: 500 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
