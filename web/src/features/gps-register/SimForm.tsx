import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { SIM_CARRIERS, SIM_STATES, type Sim, useRefresh } from './gps-queries';

interface Values {
  number: string;
  carrier: Sim['carrier'];
  state: Sim['state'];
  note: string;
}

/** Registers a SIM card (into stock) or changes one: number, carrier, and its state when it is out of a terminal. */
export function SimFormModal({ sim, onClose }: { sim?: Sim; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const refresh = useRefresh();
  const required = { required: true, message: t('validation:required') };
  const states = sim?.terminalId ? ['in_use'] : SIM_STATES.filter((s) => s !== 'in_use');
  return (
    <FormModal
      open
      title={t(sim ? 'gps:form.editSim' : 'gps:form.newSim')}
      form={form}
      initialValues={sim ?? { carrier: 'cmcc', note: '' }}
      onClose={onClose}
      onSubmit={async (v) => {
        const body = { number: v.number, carrier: v.carrier, note: v.note ?? '' };
        if (sim)
          await unwrap(
            api.PUT('/api/gps/sims/{id}', { params: { path: { id: sim.id } }, body: { ...body, state: v.state, version: sim.version } }),
          );
        else await unwrap(api.POST('/api/gps/sims', { body }));
        await refresh();
      }}
    >
      <Form.Item name="number" label={t('gps:fields.simNumber')} rules={[{ ...required, max: 30 }]}>
        <Input inputMode="numeric" autoComplete="off" />
      </Form.Item>
      <Form.Item name="carrier" label={t('gps:fields.carrier')} rules={[required]}>
        <Select options={SIM_CARRIERS.map((c) => ({ value: c, label: t(`gps:carriers.${c}`) }))} />
      </Form.Item>
      {sim ? (
        <Form.Item name="state" label={t('gps:fields.state')} extra={t('gps:form.simStateHelp')} rules={[required]}>
          <Select options={states.map((s) => ({ value: s, label: t(`gps:simStates.${s}`) }))} />
        </Form.Item>
      ) : null}
      <Form.Item name="note" label={t('gps:fields.note')} rules={[{ max: 500 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
