import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { useToast } from '../../app/ui/toast';
import { type InstallVehicle, useInstallChanged } from './install-queries';
import { StockInput } from './StockInput';

interface Values {
  terminalSerial: string;
  simNumber: string;
}

/**
 * 安装 on a visit (A4.4.1, A4.4.5–6): the terminal and SIM card fitted to one vehicle, both from stock. A device
 * the server does not find in stock is refused on its field.
 */
export function FitDialog({ requestId, vehicle, onClose }: { requestId: string; vehicle: InstallVehicle; onClose(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [form] = Form.useForm<Values>();
  const changed = useInstallChanged();
  const required = { required: true, whitespace: true, message: t('validation:required') };
  return (
    <FormModal<Values>
      open
      form={form}
      title={t('gpsInstall:fit.title', { plate: vehicle.plate })}
      okText={t('gpsInstall:actions.fit')}
      onClose={onClose}
      onSubmit={async (v) => {
        await unwrap(
          api.POST('/api/gps/install-requests/{id}/vehicles/{vehicleId}/fit', {
            params: { path: { id: requestId, vehicleId: vehicle.vehicleId } },
            body: { terminalSerial: v.terminalSerial.trim(), simNumber: v.simNumber.trim() },
          }),
        );
        await changed();
        toast.success(t('gpsInstall:fit.done', { plate: vehicle.plate }));
      }}
    >
      <p className="install-fit">{t('gpsInstall:fit.text')}</p>
      <Form.Item name="terminalSerial" label={t('gpsInstall:fields.terminalSerial')} rules={[{ ...required, min: 4, max: 40 }]}>
        <StockInput kind="terminal" />
      </Form.Item>
      <Form.Item name="simNumber" label={t('gpsInstall:fields.simNumber')} rules={[{ ...required, min: 11, max: 20 }]}>
        <StockInput kind="sim" />
      </Form.Item>
    </FormModal>
  );
}
