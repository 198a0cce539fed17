/**
 * The estate register's core (A7): the loaders every estate use case and other modules read through (estate,
 * building, unit, resident, each checked against the caller's offices), and the estates and their buildings.
 * Units are in estate-units.service.ts, residents in estate-residents.service.ts.
 */
import { allowsAt, scopeOf } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { loadVisibleOrg } from '../orgs/org.service.js';
import { ESTATES_MANAGE, ESTATES_READ } from './estate.permissions.js';
import * as repo from './estate.repo.js';
import type { Building, Estate } from './estate.types.js';
import * as residentsRepo from './estate-residents.repo.js';
import * as unitsRepo from './estate-units.repo.js';

export type LoadedEstate = NonNullable<Awaited<ReturnType<typeof repo.findEstate>>>;

/** An estate the caller may read (404 outside their offices, 403 inside without the permission). */
export async function loadEstate(ctx: UseCase, id: string): Promise<LoadedEstate> {
  const found = await repo.findEstate(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound('estate');
  authorize(ctx.actor.access, ESTATES_READ, found.officePath, 'estate');
  return found;
}

/** An estate the caller may change (read first, so outsiders still get 404). */
export async function manageEstate(ctx: UseCase, id: string): Promise<LoadedEstate> {
  const loaded = await loadEstate(ctx, id);
  authorize(ctx.actor.access, ESTATES_MANAGE, loaded.officePath, 'estate');
  return loaded;
}

export async function loadBuilding(ctx: UseCase, id: string) {
  const b = await repo.findBuilding(ctx.db, ctx.actor.tenantId, id);
  if (!b) throw notFound('building');
  return { building: b, estate: await loadEstate(ctx, b.estateId) };
}

export async function loadUnit(ctx: UseCase, id: string) {
  const u = await unitsRepo.findUnit(ctx.db, ctx.actor.tenantId, id);
  if (!u) throw notFound('unit');
  return { unit: u, estate: await loadEstate(ctx, u.estateId) };
}

export async function loadResident(ctx: UseCase, id: string) {
  const r = await residentsRepo.findResident(ctx.db, ctx.actor.tenantId, id);
  if (!r) throw notFound('resident');
  return { resident: r, estate: await loadEstate(ctx, r.estateId) };
}

export const mayManage = (ctx: UseCase, officePath: string) => allowsAt(ctx.actor.access, ESTATES_MANAGE, officePath);
export const stale = (what: string) =>
  new DomainError('conflict', 'record.version_conflict', `the ${what} was changed by someone else; reload`);

// ---- estates ----

export function presentEstate(ctx: UseCase, loaded: LoadedEstate) {
  return { ...publicEstate(loaded.estate), officeName: loaded.officeName, abilities: { manage: mayManage(ctx, loaded.officePath) } };
}
const publicEstate = ({ tenantId: _t, ...e }: Estate) => e;

export async function getEstate(ctx: UseCase, id: string) {
  return presentEstate(ctx, await loadEstate(ctx, id));
}

export interface EstateListInput {
  officeId?: string | undefined;
  active?: boolean | undefined;
  q?: string | undefined;
  sort?: string | undefined;
  page: number;
  pageSize: number;
}

/** Estates of the offices the caller may read, with how many buildings and units each has. */
export async function listEstates(ctx: UseCase, f: EstateListInput) {
  const officePath = f.officeId ? (await loadVisibleOrg(ctx, f.officeId)).path : undefined;
  const { items, total } = await repo.listEstates(ctx.db, ctx.actor.tenantId, {
    ...f,
    officePath,
    scope: scopeOf(ctx.actor.access, ESTATES_READ),
  });
  return {
    items: items.map((i) => ({
      ...publicEstate(i.estate),
      officeName: i.officeName,
      buildingCount: i.buildingCount,
      unitCount: i.unitCount,
    })),
    total,
    page: f.page,
    pageSize: f.pageSize,
  };
}

/** Registers an estate (小区/项目) under an office. */
export async function createEstate(ctx: UseCase, input: { officeId: string; name: string; address: string }) {
  return inTransaction(ctx, async (tx) => {
    const office = await loadVisibleOrg(tx, input.officeId);
    authorize(tx.actor.access, ESTATES_MANAGE, office.path, 'org');
    if (office.kind !== 'office') throw fieldError('unprocessable', 'estate.not_an_office', 'officeId', 'an estate belongs to an office');
    const e: Estate = {
      tenantId: tx.actor.tenantId,
      id: newId(),
      officeId: office.id,
      name: input.name,
      address: input.address,
      active: true,
      version: 1,
      createdAt: tx.now,
      updatedAt: tx.now,
    };
    await repo.insertEstate(tx.db, e);
    await tx.audit({ action: 'estate.create', entity: 'estate', entityId: e.id, after: publicEstate(e) });
    return presentEstate(tx, { estate: e, officePath: office.path, officeName: office.name });
  });
}

/** Renames, re-addresses, deactivates or reactivates an estate (nothing is deleted). */
export async function updateEstate(ctx: UseCase, id: string, input: { name: string; address: string; active: boolean; version: number }) {
  return inTransaction(ctx, async (tx) => {
    const loaded = await manageEstate(tx, id);
    const before = loaded.estate;
    if (before.version !== input.version) throw stale('estate');
    const e: Estate = {
      ...before,
      name: input.name,
      address: input.address,
      active: input.active,
      version: before.version + 1,
      updatedAt: tx.now,
    };
    if (!(await repo.updateEstate(tx.db, e, before.version))) throw stale('estate');
    await tx.audit({ action: 'estate.update', entity: 'estate', entityId: id, before: publicEstate(before), after: publicEstate(e) });
    return presentEstate(tx, { ...loaded, estate: e });
  });
}

// ---- buildings ----

const publicBuilding = ({ tenantId: _t, ...b }: Building) => b;

export async function listBuildings(
  ctx: UseCase,
  f: { estateId: string; active?: boolean | undefined; q?: string | undefined; sort?: string | undefined; page: number; pageSize: number },
) {
  await loadEstate(ctx, f.estateId);
  const { items, total } = await repo.listBuildings(ctx.db, ctx.actor.tenantId, f);
  return {
    items: items.map((i) => ({ ...publicBuilding(i.building), unitCount: i.unitCount })),
    total,
    page: f.page,
    pageSize: f.pageSize,
  };
}

/** Adds buildings to an estate in one transaction (the import adds many, the form one). */
export async function addBuildings(tx: Tx, estateId: string, names: string[]): Promise<Building[]> {
  const bs = names.map(
    (name): Building => ({
      tenantId: tx.actor.tenantId,
      id: newId(),
      estateId,
      name,
      active: true,
      version: 1,
      createdAt: tx.now,
      updatedAt: tx.now,
    }),
  );
  await repo.insertBuildings(tx.db, bs);
  for (const b of bs) await tx.audit({ action: 'building.create', entity: 'estate_building', entityId: b.id, after: publicBuilding(b) });
  return bs;
}

export async function createBuilding(ctx: UseCase, input: { estateId: string; name: string }) {
  return inTransaction(ctx, async (tx) => {
    await manageEstate(tx, input.estateId);
    const [b] = await addBuildings(tx, input.estateId, [input.name]);
    return { ...publicBuilding(b!), unitCount: 0 };
  });
}

export async function updateBuilding(ctx: UseCase, id: string, input: { name: string; active: boolean; version: number }) {
  return inTransaction(ctx, async (tx) => {
    const { building: before } = await loadBuilding(tx, id);
    await manageEstate(tx, before.estateId);
    if (before.version !== input.version) throw stale('building');
    const b: Building = { ...before, name: input.name, active: input.active, version: before.version + 1, updatedAt: tx.now };
    if (!(await repo.updateBuilding(tx.db, b, before.version))) throw stale('building');
    await tx.audit({
      action: 'building.update',
      entity: 'estate_building',
      entityId: id,
      before: publicBuilding(before),
      after: publicBuilding(b),
    });
    return { ...publicBuilding(b), unitCount: 0 };
  });
}
