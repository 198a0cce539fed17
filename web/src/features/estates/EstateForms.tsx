import { useQueryClient } from '@tanstack/react-query';
import { DatePicker, Form, Input, InputNumber, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { Org } from '../../api/types';
import { OrgTreeSelect } from '../../app/org-scope/OrgTreeSelect';
import { FormModal } from '../../app/ui/FormModal';
import { numberRange } from '../../app/ui/number-range';
import {
  areaToMilli,
  type Building,
  ESTATES_KEY,
  type Estate,
  formatArea,
  MAX_AREA_M2,
  OCCUPANCIES,
  type Resident,
  ROLES,
  type Unit,
  USES,
} from './estate-queries';

const isOffice = (o: Org) => o.active && o.kind === 'office';

/** After any change: the register's lists and records are read again. */
function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ESTATES_KEY });
}

interface EstateValues {
  officeId: string;
  name: string;
  address: string;
  active: boolean;
}

/** Registers an estate under an office, or changes one (name, address, in use). */
export function EstateFormModal({
  estate,
  open,
  onClose,
  onSaved,
}: {
  estate?: Estate;
  open: boolean;
  onClose(): void;
  onSaved?(e: Estate): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<EstateValues>();
  const refresh = useRefresh();
  return (
    <FormModal
      open={open}
      title={t(estate ? 'estates:estate.edit' : 'estates:estate.new')}
      form={form}
      initialValues={estate ? { name: estate.name, address: estate.address, active: estate.active } : { active: true }}
      onClose={onClose}
      onSubmit={async (v) => {
        const saved = estate
          ? await unwrap(
              api.PUT('/api/estates/{id}', {
                params: { path: { id: estate.id } },
                body: { name: v.name, address: v.address, active: v.active, version: estate.version },
              }),
            )
          : await unwrap(api.POST('/api/estates', { body: { officeId: v.officeId, name: v.name, address: v.address } }));
        await refresh();
        onSaved?.(saved);
      }}
    >
      {estate ? null : (
        <Form.Item name="officeId" label={t('estates:fields.office')} rules={[{ required: true, message: t('validation:required') }]}>
          <OrgTreeSelect selectable={isOffice} />
        </Form.Item>
      )}
      <Form.Item name="name" label={t('estates:fields.estate')} rules={[{ required: true, max: 60, message: t('validation:required') }]}>
        <Input />
      </Form.Item>
      <Form.Item
        name="address"
        label={t('estates:fields.address')}
        rules={[{ required: true, max: 200, message: t('validation:required') }]}
      >
        <Input />
      </Form.Item>
      {estate ? (
        <Form.Item name="active" label={t('estates:fields.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      ) : null}
    </FormModal>
  );
}

/** Adds a building to an estate, or renames / deactivates one. */
export function BuildingFormModal({
  estateId,
  building,
  open,
  onClose,
}: {
  estateId: string;
  building?: Building;
  open: boolean;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ name: string; active: boolean }>();
  const refresh = useRefresh();
  return (
    <FormModal
      open={open}
      title={t(building ? 'estates:building.edit' : 'estates:building.new')}
      form={form}
      initialValues={building ? { name: building.name, active: building.active } : { active: true }}
      onClose={onClose}
      onSubmit={async (v) => {
        if (building)
          await unwrap(
            api.PUT('/api/estate-buildings/{id}', {
              params: { path: { id: building.id } },
              body: { name: v.name, active: v.active, version: building.version },
            }),
          );
        else await unwrap(api.POST('/api/estate-buildings', { body: { estateId, name: v.name } }));
        await refresh();
      }}
    >
      <Form.Item name="name" label={t('estates:fields.building')} rules={[{ required: true, max: 40, message: t('validation:required') }]}>
        <Input />
      </Form.Item>
      {building ? (
        <Form.Item name="active" label={t('estates:fields.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      ) : null}
    </FormModal>
  );
}

interface UnitValues {
  buildingId: string;
  entrance?: string;
  floor: number;
  room: string;
  area: string;
  use: (typeof USES)[number];
  occupancy: (typeof OCCUPANCIES)[number];
  active: boolean;
}

/** Adds a unit to an estate, or changes one (area, use, occupancy, in use). */
export function UnitFormModal({
  estateId,
  buildings,
  unit,
  open,
  onClose,
}: {
  estateId: string;
  buildings: Building[];
  unit?: Unit;
  open: boolean;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<UnitValues>();
  const refresh = useRefresh();
  const initial: Partial<UnitValues> = unit
    ? { ...unit, area: formatArea(unit.areaMilli) }
    : { use: 'residential', occupancy: 'occupied', active: true, entrance: '' };
  return (
    <FormModal
      open={open}
      title={t(unit ? 'estates:unit.edit' : 'estates:unit.new')}
      form={form}
      initialValues={initial}
      onClose={onClose}
      onSubmit={async (v) => {
        const fields = {
          buildingId: v.buildingId,
          entrance: v.entrance ?? '',
          floor: v.floor,
          room: v.room,
          areaMilli: areaToMilli(v.area) ?? 0,
          use: v.use,
          occupancy: v.occupancy,
        };
        if (unit)
          await unwrap(
            api.PUT('/api/estate-units/{id}', {
              params: { path: { id: unit.id } },
              body: { ...fields, active: v.active, version: unit.version },
            }),
          );
        else await unwrap(api.POST('/api/estate-units', { body: { estateId, ...fields } }));
        await refresh();
      }}
    >
      <Form.Item name="buildingId" label={t('estates:fields.building')} rules={[{ required: true, message: t('validation:required') }]}>
        <Select options={buildings.map((b) => ({ value: b.id, label: b.name }))} />
      </Form.Item>
      <Form.Item name="entrance" label={t('estates:fields.entrance')}>
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item
        name="floor"
        label={t('estates:fields.floor')}
        rules={[
          { required: true, message: t('validation:required') },
          // the server's range, refused in words: 300 was made 200 unseen; and it has no floor 0
          ...numberRange(t, { min: -9, max: 200 }),
          { validator: async (_r, v: number | null) => (v === 0 ? Promise.reject(new Error(t('estates:errors.floorZero'))) : undefined) },
        ]}
      >
        <InputNumber precision={0} />
      </Form.Item>
      <Form.Item name="room" label={t('estates:fields.room')} rules={[{ required: true, max: 40, message: t('validation:required') }]}>
        <Input />
      </Form.Item>
      <Form.Item
        name="area"
        label={t('estates:fields.area')}
        rules={[
          {
            validator: async (_r, v: string | undefined) => {
              const milli = v ? areaToMilli(v) : null;
              if (milli === null) throw new Error(t('estates:errors.area'));
              // the server's most (areaMilli ≤ 100,000,000): said here, not as a refusal of a field the form does not have
              if (milli > MAX_AREA_M2 * 1000) throw new Error(t('validation:maxValue', { max: MAX_AREA_M2 }));
            },
          },
        ]}
      >
        <Input inputMode="decimal" suffix="㎡" />
      </Form.Item>
      <Form.Item name="use" label={t('estates:fields.use')}>
        <Select options={USES.map((u) => ({ value: u, label: t(`estates:use.${u}`) }))} />
      </Form.Item>
      <Form.Item name="occupancy" label={t('estates:fields.occupancy')}>
        <Select options={OCCUPANCIES.map((o) => ({ value: o, label: t(`estates:occupancy.${o}`) }))} />
      </Form.Item>
      {unit ? (
        <Form.Item name="active" label={t('estates:fields.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      ) : null}
    </FormModal>
  );
}

interface ResidentValues {
  role: (typeof ROLES)[number];
  name: string;
  phone: string;
  idNumber?: string;
  moveInDate?: Dayjs | null;
  moveOutDate?: Dayjs | null;
  active: boolean;
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/** Adds an owner or tenant to a unit, or changes one (a move-out date ends their time there). */
export function ResidentFormModal({
  unitId,
  resident,
  open,
  onClose,
}: {
  unitId: string;
  resident?: Resident;
  open: boolean;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ResidentValues>();
  const refresh = useRefresh();
  const initial: Partial<ResidentValues> = resident
    ? {
        role: resident.role,
        name: resident.name,
        phone: resident.phone,
        active: resident.active,
        moveInDate: resident.moveInDate ? dayjs(resident.moveInDate) : null,
        moveOutDate: resident.moveOutDate ? dayjs(resident.moveOutDate) : null,
      }
    : { role: 'owner', active: true };
  return (
    <FormModal
      open={open}
      title={t(resident ? 'estates:resident.edit' : 'estates:resident.new')}
      form={form}
      initialValues={initial}
      onClose={onClose}
      onSubmit={async (v) => {
        const fields = {
          role: v.role,
          name: v.name,
          phone: v.phone,
          moveInDate: day(v.moveInDate),
          moveOutDate: day(v.moveOutDate),
          ...(v.idNumber ? { idNumber: v.idNumber } : {}),
        };
        if (resident)
          await unwrap(
            api.PUT('/api/estate-residents/{id}', {
              params: { path: { id: resident.id } },
              body: { ...fields, active: v.active, version: resident.version },
            }),
          );
        else await unwrap(api.POST('/api/estate-residents', { body: { unitId, ...fields } }));
        await refresh();
      }}
    >
      <Form.Item name="role" label={t('estates:fields.role')}>
        <Select options={ROLES.map((r) => ({ value: r, label: t(`estates:role.${r}`) }))} />
      </Form.Item>
      <Form.Item name="name" label={t('estates:fields.name')} rules={[{ required: true, max: 40, message: t('validation:required') }]}>
        <Input />
      </Form.Item>
      <Form.Item name="phone" label={t('estates:fields.phone')} rules={[{ required: true, message: t('validation:required') }]}>
        <Input inputMode="tel" />
      </Form.Item>
      <Form.Item
        name="idNumber"
        label={t('estates:fields.idNumber')}
        extra={resident?.idNumberMasked ? t('estates:resident.idKept', { masked: resident.idNumberMasked }) : t('estates:resident.idHint')}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="moveInDate" label={t('estates:fields.moveInDate')}>
        <DatePicker />
      </Form.Item>
      {resident ? (
        <>
          <Form.Item name="moveOutDate" label={t('estates:fields.moveOutDate')}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="active" label={t('estates:fields.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </>
      ) : null}
    </FormModal>
  );
}
