import { useQuery } from '@tanstack/react-query';
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { UnitPicker } from '../estates/UnitPicker';
import { CarParkSelect } from './CarParkSelect';
import { carParksQuery, OWNERSHIPS, type Ownership, type Space, useRefresh } from './parking-queries';

interface Values {
  carParkId: string;
  number: string;
  ownership: Ownership;
  unitId: string | null;
}

/** Adds a space to a car park, or renumbers one and changes whose it is (its car park is fixed). */
export function SpaceFormModal({ space, carParkId, onClose }: { space?: Space; carParkId?: string; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const refresh = useRefresh();
  const parks = useQuery(carParksQuery({ pageSize: 100, active: 'true' }));
  const ownership = Form.useWatch('ownership', form);
  const chosenPark = Form.useWatch('carParkId', form);
  const estateId = space?.estateId ?? parks.data?.items.find((c) => c.id === chosenPark)?.estateId;
  const required = { required: true, message: t('validation:required') };
  return (
    <FormModal
      open
      title={t(space ? 'parking:space.edit' : 'parking:space.new')}
      form={form}
      initialValues={space ?? { carParkId, ownership: 'public', unitId: null }}
      onClose={onClose}
      onSubmit={async (v) => {
        const fields = { number: v.number, ownership: v.ownership, unitId: v.ownership === 'public' ? null : (v.unitId ?? null) };
        if (space)
          await unwrap(
            api.PUT('/api/parking-spaces/{id}', {
              params: { path: { id: space.id } },
              body: { ...fields, active: space.active, version: space.version },
            }),
          );
        else await unwrap(api.POST('/api/parking-spaces', { body: { carParkId: v.carParkId, ...fields } }));
        await refresh();
      }}
    >
      {space ? null : (
        <Form.Item name="carParkId" label={t('parking:fields.carPark')} rules={[required]}>
          <CarParkSelect label={t('parking:fields.carPark')} />
        </Form.Item>
      )}
      <Form.Item name="number" label={t('parking:fields.number')} rules={[{ ...required, max: 30 }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="ownership" label={t('parking:fields.ownership')} extra={t('parking:ownershipHelp')} rules={[required]}>
        <Select
          options={OWNERSHIPS.map((o) => ({ value: o, label: t(`parking:ownership.${o}`) }))}
          onChange={(o) => {
            if (o === 'public') form.setFieldValue('unitId', null);
          }}
        />
      </Form.Item>
      <Form.Item
        name="unitId"
        label={t('parking:fields.unit')}
        extra={t('parking:vehicle.unitHelp')}
        rules={[{ required: ownership === 'owned', message: t('validation:required') }]}
      >
        <UnitPicker estateId={estateId} disabled={ownership === 'public' || !estateId} />
      </Form.Item>
    </FormModal>
  );
}
