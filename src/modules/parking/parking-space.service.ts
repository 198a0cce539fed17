import { scopeOf } from '../../platform/authz/access.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { unitAddress } from '../estates/estate.rules.js';
import { loadUnit } from '../estates/estate.service.js';
import { PARKING_READ } from './parking.permissions.js';
import type { ParkingSpace, SpaceOwnership } from './parking.types.js';
import { loadCarPark, loadSpace, mayList, mayRegister, registerCarPark, stale } from './register.access.js';
import { registerAbilities } from './register.policy.js';
import * as repo from './register.repo.js';
import { isSpaceNumber, normaliseSpaceNumber, spaceUnitRefusal } from './register.rules.js';
import * as lists from './register-lists.repo.js';

const publicSpace = ({ tenantId: _t, ...s }: ParkingSpace) => s;

type Row = Awaited<ReturnType<typeof lists.listSpaces>>['items'][number];
const present = (ctx: UseCase, r: Row) => ({
  ...publicSpace(r.space),
  carParkCode: r.carParkCode,
  carParkName: r.carParkName,
  estateId: r.estateId,
  estateName: r.estateName,
  unitAddress: r.unit && unitAddress(r.unit),
  abilities: registerAbilities(ctx.actor.access, r.officePath),
});

export type SpaceListInput = Omit<lists.SpaceFilter, 'scope' | 'id'>;

/** Spaces of the caller's offices: of a car park, an estate or a unit, by ownership, or found by number or room. */
export async function listSpaces(ctx: UseCase, f: SpaceListInput) {
  mayList(ctx);
  if (f.carParkId) await loadCarPark(ctx, f.carParkId);
  if (f.unitId) await loadUnit(ctx, f.unitId);
  const { items, total } = await lists.listSpaces(ctx.db, ctx.actor.tenantId, {
    ...f,
    q: f.q && normaliseSpaceNumber(f.q),
    scope: scopeOf(ctx.actor.access, PARKING_READ),
  });
  return { items: items.map((r) => present(ctx, r)), total, page: f.page, pageSize: f.pageSize };
}

export async function getSpace(ctx: UseCase, id: string) {
  const { officePath } = await loadSpace(ctx, id);
  const { items } = await lists.listSpaces(ctx.db, ctx.actor.tenantId, { id, scope: [officePath], page: 1, pageSize: 1 });
  if (!items[0]) throw notFound('parking_space');
  return present(ctx, items[0]);
}

export interface SpaceFields {
  number: string;
  ownership: SpaceOwnership;
  unitId: string | null;
}

/** The number normalised and free in the car park, and the unit fit for the ownership (checked only when changed). */
async function checkSpace(tx: Tx, estateId: string, carParkId: string, f: SpaceFields, before?: ParkingSpace): Promise<SpaceFields> {
  const number = normaliseSpaceNumber(f.number);
  if (!isSpaceNumber(number))
    throw fieldError('unprocessable', 'parking_space.number_invalid', 'number', 'a space number of 1–20 letters, digits or dashes');
  if (await repo.spaceNumberTaken(tx.db, tx.actor.tenantId, carParkId, number, before?.id))
    throw fieldError('conflict', 'parking_space.number_taken', 'number', 'this car park has a space of that number');
  const refusal = spaceUnitRefusal(f.ownership, f.unitId !== null);
  if (refusal === 'unit_required')
    throw fieldError('unprocessable', 'parking_space.unit_required', 'unitId', 'an owned space names the unit that owns it');
  if (refusal === 'unit_not_allowed')
    throw fieldError('unprocessable', 'parking_space.unit_not_allowed', 'unitId', 'a public space belongs to no unit');
  if (f.unitId && f.unitId !== before?.unitId) {
    const { unit } = await loadUnit(tx, f.unitId);
    if (unit.estateId !== estateId)
      throw fieldError('unprocessable', 'parking_space.unit_other_estate', 'unitId', 'the unit is not in the car park’s estate');
    if (!unit.active) throw fieldError('unprocessable', 'parking_space.unit_inactive', 'unitId', 'the unit is deactivated');
  }
  return { ...f, number };
}

/** Adds spaces to a car park in one transaction (the import adds many, the form one), each audited. */
export async function addSpaces(tx: Tx, carParkId: string, fields: SpaceFields[]): Promise<ParkingSpace[]> {
  const ss = fields.map(
    (f): ParkingSpace => ({
      tenantId: tx.actor.tenantId,
      id: newId(),
      carParkId,
      ...f,
      active: true,
      version: 1,
      createdAt: tx.now,
      updatedAt: tx.now,
    }),
  );
  await repo.insertSpaces(tx.db, ss);
  for (const s of ss) await tx.audit({ action: 'parking_space.create', entity: 'parking_space', entityId: s.id, after: publicSpace(s) });
  return ss;
}

/** Adds one numbered space to an active car park. */
export async function createSpace(ctx: UseCase, input: SpaceFields & { carParkId: string }) {
  return inTransaction(ctx, async (tx) => {
    const { carPark } = await registerCarPark(tx, input.carParkId);
    if (!carPark.active) throw fieldError('unprocessable', 'parking_space.car_park_inactive', 'carParkId', 'the car park is deactivated');
    const { carParkId: _c, ...fields } = input;
    const [s] = await addSpaces(tx, carPark.id, [await checkSpace(tx, carPark.estateId, carPark.id, fields)]);
    return getSpace(tx, s!.id);
  });
}

/** Renumbers a space, changes whose it is, or deactivates it (its car park is fixed). */
export async function updateSpace(ctx: UseCase, id: string, input: SpaceFields & { active: boolean; version: number }) {
  return inTransaction(ctx, async (tx) => {
    const { space: before, carPark, officePath } = await loadSpace(tx, id);
    mayRegister(tx, officePath, 'parking_space');
    if (before.version !== input.version) throw stale('parking space');
    const checked = await checkSpace(tx, carPark.estateId, carPark.id, input, before);
    const s: ParkingSpace = { ...before, ...checked, active: input.active, version: before.version + 1, updatedAt: tx.now };
    if (!(await repo.updateSpace(tx.db, s, before.version))) throw stale('parking space');
    await tx.audit({
      action: 'parking_space.update',
      entity: 'parking_space',
      entityId: id,
      before: publicSpace(before),
      after: publicSpace(s),
    });
    return getSpace(tx, id);
  });
}
