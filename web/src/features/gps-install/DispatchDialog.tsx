import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { DateTimeInput } from '../../app/ui/DateTimeInput';
import { FormModal } from '../../app/ui/FormModal';
import { type InstallRequest, useInstallChanged } from './install-queries';
import { VehiclePicker } from './VehiclePicker';
import { onVehicleList } from './vehicle-errors';

interface Values {
  vehicleIds: string[];
  /** Instants (ISO), typed as the organisation's wall-clock time. */
  appointmentStart: string;
  appointmentEnd?: string | null;
}

/**
 * 派工 from a request (A4.4.1): the vehicles of this visit (those on no visit yet) and when the technician is expected.
 * The server makes the visit a free GPS installation order waiting for the manager's approval; `onSent` gets its id.
 */
export function DispatchDialog({ request, onClose, onSent }: { request: InstallRequest; onClose(): void; onSent(orderId: string): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const changed = useInstallChanged();
  const open = request.vehicles.filter((v) => !v.orderId).map((v) => ({ ...v, id: v.vehicleId }));
  return (
    <FormModal<Values>
      open
      form={form}
      title={t('gpsInstall:dispatch.title', { number: request.number })}
      okText={t('gpsInstall:actions.dispatch')}
      initialValues={{ vehicleIds: open.map((v) => v.id) }}
      onClose={onClose}
      onSubmit={async (v) => {
        try {
          const after = await unwrap(
            api.POST('/api/gps/install-requests/{id}/visits', {
              params: { path: { id: request.id } },
              body: {
                version: request.version,
                vehicleIds: v.vehicleIds,
                appointmentStart: v.appointmentStart,
                ...(v.appointmentEnd ? { appointmentEnd: v.appointmentEnd } : {}),
              },
            }),
          );
          await changed();
          const orderId = after.vehicles.find((x) => x.vehicleId === v.vehicleIds[0])?.orderId;
          if (orderId) onSent(orderId);
        } catch (e) {
          throw onVehicleList(e);
        }
      }}
    >
      <p>{t('gpsInstall:dispatch.text')}</p>
      <Form.Item
        name="vehicleIds"
        label={t('gpsInstall:dispatch.vehicles')}
        rules={[{ required: true, type: 'array', min: 1, message: t('gpsInstall:form.vehiclesRequired') }]}
      >
        <VehiclePicker label={t('gpsInstall:dispatch.vehicles')} vehicles={open} empty={t('gpsInstall:dispatch.none')} />
      </Form.Item>
      <Form.Item
        name="appointmentStart"
        label={t('gpsInstall:dispatch.appointmentStart')}
        rules={[{ required: true, message: t('validation:required') }]}
      >
        <DateTimeInput className="full-width" />
      </Form.Item>
      <Form.Item name="appointmentEnd" label={t('gpsInstall:dispatch.appointmentEnd')}>
        <DateTimeInput className="full-width" />
      </Form.Item>
    </FormModal>
  );
}
