import { scopeOf } from '../../platform/authz/access.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { isPhone } from '../estates/estate.rules.js';
import { normalisePlate, parsePlate } from '../parking/plate.rules.js';
import { GPS_READ } from './gps.permissions.js';
import type { GpsVehicle } from './gps.types.js';
import { loadCustomer, loadVehicle, mayList, mayRegister, registerAbilities, stale } from './register.access.js';
import * as repo from './register.repo.js';
import * as lists from './register-lists.repo.js';

const publicVehicle = ({ tenantId: _t, ...v }: GpsVehicle) => v;

type Row = Awaited<ReturnType<typeof lists.listVehicles>>['items'][number];
const present = (ctx: UseCase, r: Row) => ({
  ...publicVehicle(r.vehicle),
  customerName: r.customerName,
  terminalSerial: r.terminalSerial,
  abilities: registerAbilities(ctx, r.officePath),
});

export type VehicleListInput = Omit<lists.VehicleFilter, 'scope' | 'id' | 'plateQ'>;

/** Vehicles of the caller's nodes: of a customer, or found by plate (however typed), driver, phone or customer. */
export async function listVehicles(ctx: UseCase, f: VehicleListInput) {
  mayList(ctx);
  if (f.customerId) await loadCustomer(ctx, f.customerId);
  const { items, total } = await lists.listVehicles(ctx.db, ctx.actor.tenantId, {
    ...f,
    plateQ: f.q && normalisePlate(f.q),
    scope: scopeOf(ctx.actor.access, GPS_READ),
  });
  return { items: items.map((r) => present(ctx, r)), total, page: f.page, pageSize: f.pageSize };
}

export async function getVehicle(ctx: UseCase, id: string) {
  const { officePath } = await loadVehicle(ctx, id);
  const { items } = await lists.listVehicles(ctx.db, ctx.actor.tenantId, { id, scope: [officePath], page: 1, pageSize: 1 });
  if (!items[0]) throw notFound('gps_vehicle');
  return present(ctx, items[0]);
}

/** The active vehicle of a plate the caller may read (an intake form's look-up); 404 when there is none. */
export async function vehicleByPlate(ctx: UseCase, plate: string) {
  const found = await repo.activeVehicleByPlate(ctx.db, ctx.actor.tenantId, normalisePlate(plate));
  if (!found) throw notFound('gps_vehicle');
  return getVehicle(ctx, found.vehicle.id);
}

export interface VehicleFields {
  plate: string;
  model: string;
  driverName: string;
  driverPhone: string;
}

/** The plate a plate (normalised) and free among active vehicles; the driver's phone, when given, a phone. */
export async function checkVehicle(tx: Tx, f: VehicleFields, active: boolean, exceptId?: string): Promise<VehicleFields> {
  const parsed = parsePlate(f.plate);
  if (!parsed) throw fieldError('unprocessable', 'gps.plate_invalid', 'plate', 'not a plate of the mainland (粤B12345, 粤BD12345)');
  if (active && (await repo.plateTaken(tx.db, tx.actor.tenantId, parsed.plate, exceptId)))
    throw fieldError('conflict', 'gps.plate_taken', 'plate', 'a vehicle in use has this plate already');
  const phone = f.driverPhone.replace(/\s+/g, '');
  if (phone && !isPhone(phone))
    throw fieldError('unprocessable', 'gps.phone_invalid', 'driverPhone', 'a mobile (11 digits) or landline with area code');
  return { ...f, plate: parsed.plate, driverPhone: phone };
}

/** Adds a vehicle to a customer (kept where the customer is), audited. */
export async function addVehicle(tx: Tx, customer: { id: string; officeId: string }, f: VehicleFields): Promise<GpsVehicle> {
  const v: GpsVehicle = {
    tenantId: tx.actor.tenantId,
    id: newId(),
    officeId: customer.officeId,
    customerId: customer.id,
    ...f,
    active: true,
    version: 1,
    createdAt: tx.now,
    updatedAt: tx.now,
  };
  await repo.insertVehicle(tx.db, v);
  await tx.audit({ action: 'gps_vehicle.create', entity: 'gps_vehicle', entityId: v.id, after: publicVehicle(v) });
  return v;
}

export async function saveVehicle(tx: Tx, before: GpsVehicle, next: GpsVehicle) {
  if (!(await repo.updateVehicle(tx.db, next, before.version))) throw stale('gps_vehicle');
  await tx.audit({
    action: 'gps_vehicle.update',
    entity: 'gps_vehicle',
    entityId: next.id,
    before: publicVehicle(before),
    after: publicVehicle(next),
  });
}

/** The customer a vehicle is added to or moved to: readable, kept by the caller, in use. */
async function customerFor(tx: Tx, customerId: string) {
  const { customer, officePath } = await loadCustomer(tx, customerId);
  mayRegister(tx, officePath, 'gps_customer');
  if (!customer.active) throw fieldError('unprocessable', 'gps.customer_inactive', 'customerId', 'the customer is deactivated');
  return customer;
}

export async function createVehicle(ctx: UseCase, input: VehicleFields & { customerId: string }) {
  return inTransaction(ctx, async (tx) => {
    const { customerId, ...fields } = input;
    const customer = await customerFor(tx, customerId);
    const v = await addVehicle(tx, customer, await checkVehicle(tx, fields, true));
    return getVehicle(tx, v.id);
  });
}

/**
 * Changes a vehicle (its customer too, within the customer's office), or deactivates it: a vehicle with a terminal
 * on it is not deactivated (take the terminal off first, so the device's history says where it went).
 */
export async function updateVehicle(
  ctx: UseCase,
  id: string,
  input: VehicleFields & { customerId: string; active: boolean; version: number },
) {
  return inTransaction(ctx, async (tx) => {
    const { vehicle: before, officePath } = await loadVehicle(tx, id);
    mayRegister(tx, officePath, 'gps_vehicle');
    if (before.version !== input.version) throw stale('gps_vehicle');
    const { customerId, active, version: _v, ...fields } = input;
    if (customerId !== before.customerId) {
      const customer = await customerFor(tx, customerId);
      if (customer.officeId !== before.officeId)
        throw fieldError('unprocessable', 'gps.customer_other_office', 'customerId', 'the customer is kept by another node');
    }
    if (!active && before.active && (await repo.terminalsOnVehicle(tx.db, tx.actor.tenantId, id)).length)
      throw fieldError('unprocessable', 'gps.vehicle_has_terminal', 'active', 'take the terminal off the vehicle first');
    const checked = await checkVehicle(tx, fields, active, id);
    await saveVehicle(tx, before, { ...before, ...checked, customerId, active, version: before.version + 1, updatedAt: tx.now });
    return getVehicle(tx, id);
  });
}
