import { scopeOf } from '../../platform/authz/access.js';
import { inTransaction, type UseCase } from '../../platform/context.js';
import { fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { loadEstate } from '../estates/estate.service.js';
import { PARKING_READ } from './parking.permissions.js';
import type { CarPark, CarParkKind } from './parking.types.js';
import { loadCarPark, mayList, mayRegister, registerCarPark, stale } from './register.access.js';
import { registerAbilities } from './register.policy.js';
import * as repo from './register.repo.js';
import { isCarParkCode, normaliseCarParkCode } from './register.rules.js';
import * as lists from './register-lists.repo.js';

const publicCarPark = ({ tenantId: _t, ...c }: CarPark) => c;

type Row = Awaited<ReturnType<typeof lists.listCarParks>>['items'][number];
const present = (ctx: UseCase, r: Row) => ({
  ...publicCarPark(r.carPark),
  officeName: r.officeName,
  estateName: r.estateName,
  spaceCount: r.spaceCount,
  abilities: registerAbilities(ctx.actor.access, r.officePath),
});

export type CarParkListInput = Omit<lists.CarParkFilter, 'scope' | 'id'>;

/** Car parks of the caller's offices (an estate's, when asked), with their active spaces counted. */
export async function listCarParks(ctx: UseCase, f: CarParkListInput) {
  mayList(ctx);
  if (f.estateId) await loadEstate(ctx, f.estateId);
  const { items, total } = await lists.listCarParks(ctx.db, ctx.actor.tenantId, { ...f, scope: scopeOf(ctx.actor.access, PARKING_READ) });
  return { items: items.map((r) => present(ctx, r)), total, page: f.page, pageSize: f.pageSize };
}

/** One car park as its list row shows it, with what the caller may do. */
export async function getCarPark(ctx: UseCase, id: string) {
  const { officePath } = await loadCarPark(ctx, id);
  const { items } = await lists.listCarParks(ctx.db, ctx.actor.tenantId, { id, scope: [officePath], page: 1, pageSize: 1 });
  if (!items[0]) throw notFound('car_park');
  return present(ctx, items[0]);
}

export interface CarParkFields {
  code: string;
  name: string;
  kind: CarParkKind;
}

async function checkCode(ctx: UseCase, estateId: string, raw: string, except?: string): Promise<string> {
  const code = normaliseCarParkCode(raw);
  if (!isCarParkCode(code)) throw fieldError('unprocessable', 'car_park.code_invalid', 'code', 'a code of 1–20 letters, digits, - or _');
  if (await repo.carParkCodeTaken(ctx.db, ctx.actor.tenantId, estateId, code, except))
    throw fieldError('conflict', 'car_park.code_taken', 'code', 'this estate has a car park of that code');
  return code;
}

/** Registers a car park of an estate, under the estate's office. */
export async function createCarPark(ctx: UseCase, input: CarParkFields & { estateId: string }) {
  return inTransaction(ctx, async (tx) => {
    const { estate, officePath } = await loadEstate(tx, input.estateId);
    mayRegister(tx, officePath, 'estate');
    if (!estate.active) throw fieldError('unprocessable', 'car_park.estate_inactive', 'estateId', 'the estate is deactivated');
    const c: CarPark = {
      tenantId: tx.actor.tenantId,
      id: newId(),
      officeId: estate.officeId,
      estateId: estate.id,
      code: await checkCode(tx, estate.id, input.code),
      name: input.name,
      kind: input.kind,
      active: true,
      version: 1,
      createdAt: tx.now,
      updatedAt: tx.now,
    };
    await repo.insertCarPark(tx.db, c);
    await tx.audit({ action: 'car_park.create', entity: 'car_park', entityId: c.id, after: publicCarPark(c) });
    return getCarPark(tx, c.id);
  });
}

/**
 * Renames, recodes or deactivates a car park (its estate is fixed). Deactivating keeps its spaces as they are; a
 * deactivated car park takes no new spaces.
 */
export async function updateCarPark(ctx: UseCase, id: string, input: CarParkFields & { active: boolean; version: number }) {
  return inTransaction(ctx, async (tx) => {
    const { carPark: before } = await registerCarPark(tx, id);
    if (before.version !== input.version) throw stale('car park');
    const c: CarPark = {
      ...before,
      code: await checkCode(tx, before.estateId, input.code, id),
      name: input.name,
      kind: input.kind,
      active: input.active,
      version: before.version + 1,
      updatedAt: tx.now,
    };
    if (!(await repo.updateCarPark(tx.db, c, before.version))) throw stale('car park');
    await tx.audit({ action: 'car_park.update', entity: 'car_park', entityId: id, before: publicCarPark(before), after: publicCarPark(c) });
    return getCarPark(tx, id);
  });
}
