import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { useRefresh, type Vehicle } from './gps-queries';
import { CustomerSelect } from './Pickers';

interface Values {
  customerId: string;
  plate: string;
  model: string;
  driverName: string;
  driverPhone: string;
}

/** Adds a vehicle to a customer, or changes one. */
export function VehicleFormModal({ vehicle, onClose }: { vehicle?: Vehicle; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const refresh = useRefresh();
  const required = { required: true, message: t('validation:required') };
  return (
    <FormModal
      open
      title={t(vehicle ? 'gps:form.editVehicle' : 'gps:form.newVehicle')}
      form={form}
      initialValues={vehicle ?? { model: '', driverName: '', driverPhone: '' }}
      onClose={onClose}
      onSubmit={async (v) => {
        const body = {
          customerId: v.customerId,
          plate: v.plate,
          model: v.model ?? '',
          driverName: v.driverName ?? '',
          driverPhone: v.driverPhone ?? '',
        };
        if (vehicle)
          await unwrap(
            api.PUT('/api/gps/vehicles/{id}', {
              params: { path: { id: vehicle.id } },
              body: { ...body, active: vehicle.active, version: vehicle.version },
            }),
          );
        else await unwrap(api.POST('/api/gps/vehicles', { body }));
        await refresh();
      }}
    >
      <div className="gps-form">
        <Form.Item name="customerId" label={t('gps:fields.customer')} rules={[required]}>
          <CustomerSelect current={vehicle ? { value: vehicle.customerId, label: vehicle.customerName } : null} />
        </Form.Item>
        <Form.Item name="plate" label={t('gps:fields.plate')} extra={t('gps:form.plateHelp')} rules={[{ ...required, max: 20 }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="model" label={t('gps:fields.model')} rules={[{ max: 40 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="driverName" label={t('gps:fields.driverName')} rules={[{ max: 40 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="driverPhone" label={t('gps:fields.driverPhone')}>
          <Input inputMode="tel" />
        </Form.Item>
      </div>
    </FormModal>
  );
}
