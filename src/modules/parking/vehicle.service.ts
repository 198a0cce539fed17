import { scopeOf } from '../../platform/authz/access.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { isPhone, unitAddress } from '../estates/estate.rules.js';
import { loadEstate, loadResident, loadUnit } from '../estates/estate.service.js';
import { PARKING_READ } from './parking.permissions.js';
import type { Vehicle } from './parking.types.js';
import { normalisePlate, parsePlate, plateKind } from './plate.rules.js';
import { loadVehicle, mayList, mayRegister, stale } from './register.access.js';
import { registerAbilities } from './register.policy.js';
import * as repo from './register.repo.js';
import * as lists from './register-lists.repo.js';

const publicVehicle = ({ tenantId: _t, ...v }: Vehicle) => v;

type Row = Awaited<ReturnType<typeof lists.listVehicles>>['items'][number];
const present = (ctx: UseCase, r: Row) => ({
  ...publicVehicle(r.vehicle),
  plateKind: plateKind(r.vehicle.plate),
  estateName: r.estateName,
  unitAddress: r.unit && unitAddress(r.unit),
  holderRole: r.holderRole,
  abilities: registerAbilities(ctx.actor.access, r.officePath),
});

export type VehicleListInput = Omit<lists.VehicleFilter, 'scope' | 'id' | 'plateQ'>;

/** Vehicles of the caller's offices: of an estate or a unit, or found by plate, holder's name or phone, or room. */
export async function listVehicles(ctx: UseCase, f: VehicleListInput) {
  mayList(ctx);
  if (f.estateId) await loadEstate(ctx, f.estateId);
  if (f.unitId) await loadUnit(ctx, f.unitId);
  const { items, total } = await lists.listVehicles(ctx.db, ctx.actor.tenantId, {
    ...f,
    plateQ: f.q && normalisePlate(f.q),
    scope: scopeOf(ctx.actor.access, PARKING_READ),
  });
  return { items: items.map((r) => present(ctx, r)), total, page: f.page, pageSize: f.pageSize };
}

export async function getVehicle(ctx: UseCase, id: string) {
  const { officePath } = await loadVehicle(ctx, id);
  const { items } = await lists.listVehicles(ctx.db, ctx.actor.tenantId, { id, scope: [officePath], page: 1, pageSize: 1 });
  if (!items[0]) throw notFound('vehicle');
  return present(ctx, items[0]);
}

export interface VehicleFields {
  plate: string;
  unitId: string | null;
  holderResidentId: string | null;
  holderName: string;
  holderPhone: string;
}

/**
 * The plate normalised, valid and free among active vehicles; the phone a phone; the unit one of the estate's in use
 * and the holder one of its owners or tenants living there (both checked only when they change, so a holder who has
 * since moved out does not block a new phone number).
 */
async function checkVehicle(tx: Tx, estateId: string, f: VehicleFields, active: boolean, before?: Vehicle): Promise<VehicleFields> {
  const parsed = parsePlate(f.plate);
  if (!parsed) throw fieldError('unprocessable', 'vehicle.plate_invalid', 'plate', 'not a plate of the mainland (沪A12345, 浙AD12345)');
  if (active && (await repo.plateTaken(tx.db, tx.actor.tenantId, parsed.plate, before?.id)))
    throw fieldError('conflict', 'vehicle.plate_taken', 'plate', 'a vehicle in use has this plate already');
  const phone = f.holderPhone.replace(/\s+/g, '');
  if (!isPhone(phone))
    throw fieldError('unprocessable', 'vehicle.phone_invalid', 'holderPhone', 'a mobile (11 digits) or landline with area code');
  if (f.unitId && f.unitId !== before?.unitId) {
    const { unit } = await loadUnit(tx, f.unitId);
    if (unit.estateId !== estateId)
      throw fieldError('unprocessable', 'vehicle.unit_other_estate', 'unitId', 'the unit is not in the vehicle’s estate');
    if (!unit.active) throw fieldError('unprocessable', 'vehicle.unit_inactive', 'unitId', 'the unit is deactivated');
  }
  if (f.holderResidentId && (f.holderResidentId !== before?.holderResidentId || f.unitId !== before?.unitId)) {
    const { resident } = await loadResident(tx, f.holderResidentId);
    if (resident.unitId !== f.unitId || !resident.active)
      throw fieldError(
        'unprocessable',
        'vehicle.holder_not_of_unit',
        'holderResidentId',
        'the holder is no owner or tenant living at the unit',
      );
  }
  return { ...f, plate: parsed.plate, holderPhone: phone };
}

/** Registers vehicles at an estate in one transaction (the import adds many, the form one), each audited. */
export async function addVehicles(tx: Tx, estate: { id: string; officeId: string }, fields: VehicleFields[]): Promise<Vehicle[]> {
  const vs = fields.map(
    (f): Vehicle => ({
      tenantId: tx.actor.tenantId,
      id: newId(),
      officeId: estate.officeId,
      estateId: estate.id,
      ...f,
      active: true,
      version: 1,
      createdAt: tx.now,
      updatedAt: tx.now,
    }),
  );
  await repo.insertVehicles(tx.db, vs);
  for (const v of vs) await tx.audit({ action: 'vehicle.create', entity: 'vehicle', entityId: v.id, after: publicVehicle(v) });
  return vs;
}

/** Registers a vehicle at an estate: its plate, the unit and the owner or tenant who holds it. */
export async function createVehicle(ctx: UseCase, input: VehicleFields & { estateId: string }) {
  return inTransaction(ctx, async (tx) => {
    const { estate, officePath } = await loadEstate(tx, input.estateId);
    mayRegister(tx, officePath, 'estate');
    if (!estate.active) throw fieldError('unprocessable', 'vehicle.estate_inactive', 'estateId', 'the estate is deactivated');
    const { estateId: _e, ...fields } = input;
    const [v] = await addVehicles(tx, estate, [await checkVehicle(tx, estate.id, fields, true)]);
    return getVehicle(tx, v!.id);
  });
}

/** Changes a vehicle's plate, unit or holder, or deactivates it (which frees its plate); its estate is fixed. */
export async function updateVehicle(ctx: UseCase, id: string, input: VehicleFields & { active: boolean; version: number }) {
  return inTransaction(ctx, async (tx) => {
    const { vehicle: before, officePath } = await loadVehicle(tx, id);
    mayRegister(tx, officePath, 'vehicle');
    if (before.version !== input.version) throw stale('vehicle');
    const checked = await checkVehicle(tx, before.estateId, input, input.active, before);
    const v: Vehicle = { ...before, ...checked, active: input.active, version: before.version + 1, updatedAt: tx.now };
    if (!(await repo.updateVehicle(tx.db, v, before.version))) throw stale('vehicle');
    await tx.audit({ action: 'vehicle.update', entity: 'vehicle', entityId: id, before: publicVehicle(before), after: publicVehicle(v) });
    return getVehicle(tx, id);
  });
}
