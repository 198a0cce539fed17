import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { EstateSelect } from '../estates/EstateSelect';
import { CAR_PARK_KINDS, type CarPark, useRefresh } from './parking-queries';

interface Values {
  estateId: string;
  code: string;
  name: string;
  kind: (typeof CAR_PARK_KINDS)[number];
}

/** Registers a car park of an estate, or changes one's code, name and kind (its estate is fixed). */
export function CarParkFormModal({ carPark, estateId, onClose }: { carPark?: CarPark; estateId?: string; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const refresh = useRefresh();
  const required = { required: true, message: t('validation:required') };
  return (
    <FormModal
      open
      title={t(carPark ? 'parking:carPark.edit' : 'parking:carPark.new')}
      form={form}
      initialValues={carPark ?? { estateId, kind: 'ground' }}
      onClose={onClose}
      onSubmit={async (v) => {
        const fields = { code: v.code, name: v.name, kind: v.kind };
        if (carPark)
          await unwrap(
            api.PUT('/api/car-parks/{id}', {
              params: { path: { id: carPark.id } },
              body: { ...fields, active: carPark.active, version: carPark.version },
            }),
          );
        else await unwrap(api.POST('/api/car-parks', { body: { estateId: v.estateId, ...fields } }));
        await refresh();
      }}
    >
      {carPark ? null : (
        <Form.Item name="estateId" label={t('parking:fields.estate')} rules={[required]}>
          <EstateSelect label={t('parking:fields.estate')} />
        </Form.Item>
      )}
      <Form.Item name="code" label={t('parking:fields.code')} rules={[{ ...required, max: 20 }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="name" label={t('parking:fields.name')} rules={[{ ...required, max: 40 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="kind" label={t('parking:fields.kind')} rules={[required]}>
        <Select options={CAR_PARK_KINDS.map((k) => ({ value: k, label: t(`parking:kinds.${k}`) }))} />
      </Form.Item>
    </FormModal>
  );
}
