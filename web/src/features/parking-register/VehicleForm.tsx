import { useQuery } from '@tanstack/react-query';
import { Form, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { EstateSelect } from '../estates/EstateSelect';
import { unitQuery } from '../estates/estate-queries';
import { type PickedUnit, UnitPicker } from '../estates/UnitPicker';
import { useRefresh, type Vehicle } from './parking-queries';

interface Values {
  estateId: string;
  plate: string;
  unitId: string | null;
  holderResidentId: string | null;
  holderName: string;
  holderPhone: string;
}

/** The holder choice of a vehicle not held by anyone on the register. */
const NONE = 'none';

/**
 * Registers a vehicle at an estate, or changes one: its plate, the unit picked from the estate register, and the
 * holder — one of the unit's owners or tenants (their name and phone filled in), or someone not on the register.
 */
export function VehicleFormModal({ vehicle, estateId, onClose }: { vehicle?: Vehicle; estateId?: string; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const refresh = useRefresh();
  const chosenEstate = Form.useWatch('estateId', form);
  const unitId = Form.useWatch('unitId', form);
  const unit = useQuery({ ...unitQuery(unitId ?? ''), enabled: Boolean(unitId) });
  const living = (unit.data?.residents ?? []).filter((r) => r.active);
  const required = { required: true, message: t('validation:required') };

  const fillHolder = (residentId: string | null) => {
    const r = living.find((p) => p.id === residentId);
    form.setFieldsValue({ holderResidentId: residentId, ...(r ? { holderName: r.name, holderPhone: r.phone } : {}) });
  };
  // a unit just picked: its owner (or, without one, a tenant) is the likely holder, once its residents are read
  const [picked, setPicked] = useState<string | null>(null);
  useEffect(() => {
    if (!picked || unit.data?.id !== picked) return;
    const living = unit.data.residents.filter((r) => r.active);
    const likely = living.find((r) => r.role === 'owner') ?? living[0];
    form.setFieldsValue(
      likely ? { holderResidentId: likely.id, holderName: likely.name, holderPhone: likely.phone } : { holderResidentId: null },
    );
    setPicked(null);
  }, [picked, unit.data, form]);
  const onPick = (u: PickedUnit | null) => {
    setPicked(u?.id ?? null);
    if (!u) form.setFieldsValue({ holderResidentId: null });
  };

  return (
    <FormModal
      open
      title={t(vehicle ? 'parking:vehicle.edit' : 'parking:vehicle.new')}
      form={form}
      initialValues={vehicle ?? { estateId, unitId: null, holderResidentId: null }}
      onClose={onClose}
      onSubmit={async (v) => {
        const fields = {
          plate: v.plate,
          unitId: v.unitId ?? null,
          holderResidentId: v.unitId ? (v.holderResidentId ?? null) : null,
          holderName: v.holderName,
          holderPhone: v.holderPhone,
        };
        if (vehicle)
          await unwrap(
            api.PUT('/api/vehicles/{id}', {
              params: { path: { id: vehicle.id } },
              body: { ...fields, active: vehicle.active, version: vehicle.version },
            }),
          );
        else await unwrap(api.POST('/api/vehicles', { body: { estateId: v.estateId, ...fields } }));
        await refresh();
      }}
    >
      {vehicle ? null : (
        <Form.Item name="estateId" label={t('parking:fields.estate')} rules={[required]}>
          <EstateSelect label={t('parking:fields.estate')} onChange={() => form.setFieldsValue({ unitId: null, holderResidentId: null })} />
        </Form.Item>
      )}
      <Form.Item name="plate" label={t('parking:fields.plate')} extra={t('parking:vehicle.plateHelp')} rules={[{ ...required, max: 20 }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="unitId" label={t('parking:fields.unit')} extra={t('parking:vehicle.unitHelp')}>
        <UnitPicker estateId={vehicle?.estateId ?? chosenEstate} disabled={!(vehicle?.estateId ?? chosenEstate)} onPick={onPick} />
      </Form.Item>
      {unitId ? (
        <Form.Item
          name="holderResidentId"
          label={t('parking:fields.holderResident')}
          extra={t('parking:vehicle.holderHelp')}
          getValueProps={(v: string | null) => ({ value: v ?? NONE })}
          normalize={(v: string) => (v === NONE ? null : v)}
        >
          <Select
            loading={unit.isFetching}
            onChange={(v: string) => fillHolder(v === NONE ? null : v)}
            options={[
              ...living.map((r) => ({
                value: r.id,
                label: t('parking:vehicle.holderOption', { name: r.name, role: t(`estates:role.${r.role}`), phone: r.phone }),
              })),
              { value: NONE, label: t('parking:vehicle.holderNone') },
            ]}
          />
        </Form.Item>
      ) : null}
      <Form.Item name="holderName" label={t('parking:fields.holderName')} rules={[{ ...required, max: 40 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="holderPhone" label={t('parking:fields.holderPhone')} rules={[required]}>
        <Input inputMode="tel" />
      </Form.Item>
    </FormModal>
  );
}
