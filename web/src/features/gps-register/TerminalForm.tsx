import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { type Terminal, useRefresh } from './gps-queries';
import { ProductSelect, SimSelect, VehicleSelect } from './Pickers';

interface Values {
  serial: string;
  productId: string;
  vehicleId: string | null;
  simId: string | null;
  soldOn: string;
  warrantyEnd: string;
  note: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Registers a terminal or changes one: its model, the vehicle it is installed on and the SIM card fitted (each move
 * goes into the device history), the sale date and the warranty's end (empty: computed from the model).
 */
export function TerminalFormModal({ terminal, onClose }: { terminal?: Terminal; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const refresh = useRefresh();
  const required = { required: true, message: t('validation:required') };
  const date = { pattern: DATE, message: t('errors:gps.date_invalid') };
  const fixed = terminal && (terminal.state === 'in_repair' || terminal.state === 'scrapped');
  return (
    <FormModal
      open
      title={t(terminal ? 'gps:form.editTerminal' : 'gps:form.newTerminal')}
      form={form}
      initialValues={
        terminal
          ? { ...terminal, soldOn: terminal.soldOn ?? '', warrantyEnd: terminal.warrantyEnd ?? '' }
          : { vehicleId: null, simId: null, soldOn: '', warrantyEnd: '', note: '' }
      }
      onClose={onClose}
      onSubmit={async (v) => {
        const body = {
          serial: v.serial,
          productId: v.productId,
          vehicleId: v.vehicleId ?? null,
          simId: v.simId ?? null,
          soldOn: v.soldOn?.trim() || null,
          warrantyEnd: v.warrantyEnd?.trim() || null,
          note: v.note ?? '',
        };
        if (terminal)
          await unwrap(
            api.PUT('/api/gps/terminals/{id}', { params: { path: { id: terminal.id } }, body: { ...body, version: terminal.version } }),
          );
        else await unwrap(api.POST('/api/gps/terminals', { body }));
        await refresh();
      }}
    >
      <div className="gps-form">
        <Form.Item name="serial" label={t('gps:fields.serial')} rules={[{ ...required, max: 30 }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="productId" label={t('gps:fields.product')} rules={[required]}>
          <ProductSelect
            current={terminal ? { value: terminal.productId, label: `${terminal.modelCode} ${terminal.productName}` } : null}
          />
        </Form.Item>
        {fixed ? null : (
          <>
            <Form.Item name="vehicleId" label={t('gps:fields.vehicle')} extra={t('gps:form.vehicleHelp')}>
              <VehicleSelect
                noneLabel={t('gps:form.noneVehicle')}
                current={terminal?.vehicleId && terminal.plate ? { value: terminal.vehicleId, label: terminal.plate } : null}
              />
            </Form.Item>
            <Form.Item name="simId" label={t('gps:fields.sim')} extra={t('gps:form.simHelp')}>
              <SimSelect
                noneLabel={t('gps:form.noneSim')}
                current={terminal?.simId && terminal.simNumber ? { value: terminal.simId, label: terminal.simNumber } : null}
              />
            </Form.Item>
          </>
        )}
        <Form.Item name="soldOn" label={t('gps:fields.soldOn')} rules={[date]}>
          <Input placeholder="2026-01-15" inputMode="numeric" />
        </Form.Item>
        <Form.Item name="warrantyEnd" label={t('gps:fields.warrantyEnd')} extra={t('gps:form.warrantyEndHelp')} rules={[date]}>
          <Input inputMode="numeric" />
        </Form.Item>
        <Form.Item name="note" label={t('gps:fields.note')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </div>
    </FormModal>
  );
}
