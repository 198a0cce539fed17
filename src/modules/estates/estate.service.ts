import { allowsAt, scopeOf } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { loadVisibleOrg } from '../orgs/org.service.js';
import { ESTATES_MANAGE, ESTATES_READ } from './estate.permissions.js';
import * as repo from './estate.repo.js';
import { hashIdNumber, isDate, isIdNumber, isPhone, maskIdNumber, normaliseIdNumber, roomKey, unitAddress } from './estate.rules.js';
import type { Building, Estate, Occupancy, Resident, ResidentRole, Unit, UnitUse } from './estate.types.js';

export type LoadedEstate = NonNullable<Awaited<ReturnType<typeof repo.findEstate>>>;

/** An estate the caller may read (404 outside their offices, 403 inside without the permission). */
export async function loadEstate(ctx: UseCase, id: string): Promise<LoadedEstate> {
  const found = await repo.findEstate(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound('estate');
  authorize(ctx.actor.access, ESTATES_READ, found.officePath, 'estate');
  return found;
}

/** An estate the caller may change (read first, so outsiders still get 404). */
async function manageEstate(ctx: UseCase, id: string): Promise<LoadedEstate> {
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
  const u = await repo.findUnit(ctx.db, ctx.actor.tenantId, id);
  if (!u) throw notFound('unit');
  return { unit: u, estate: await loadEstate(ctx, u.estateId) };
}

export async function loadResident(ctx: UseCase, id: string) {
  const r = await repo.findResident(ctx.db, ctx.actor.tenantId, id);
  if (!r) throw notFound('resident');
  return { resident: r, estate: await loadEstate(ctx, r.estateId) };
}

const mayManage = (ctx: UseCase, officePath: string) => allowsAt(ctx.actor.access, ESTATES_MANAGE, officePath);
const stale = (what: string) => new DomainError('conflict', 'record.version_conflict', `the ${what} was changed by someone else; reload`);

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

// ---- units ----

const publicUnit = ({ tenantId: _t, ...u }: Unit) => u;

export interface UnitFields {
  buildingId: string;
  entrance: string;
  floor: number;
  room: string;
  areaMilli: number;
  use: UnitUse;
  occupancy: Occupancy;
}

export async function listUnits(ctx: UseCase, f: repo.UnitFilter) {
  if (f.estateId) await loadEstate(ctx, f.estateId);
  const { items, total } = await repo.listUnits(ctx.db, ctx.actor.tenantId, { ...f, scope: scopeOf(ctx.actor.access, ESTATES_READ) });
  return {
    items: items.map((i) => ({
      ...publicUnit(i.unit),
      buildingName: i.buildingName,
      estateName: i.estateName,
      officeName: i.officeName,
      ownerName: i.ownerName,
      ownerPhone: i.ownerPhone,
    })),
    total,
    page: f.page,
    pageSize: f.pageSize,
  };
}

/** A unit with its building, estate, residents (current first) and what the caller may do. */
export async function getUnit(ctx: UseCase, id: string) {
  const { unit, estate } = await loadUnit(ctx, id);
  const building = (await repo.findBuilding(ctx.db, ctx.actor.tenantId, unit.buildingId))!;
  const residents = await repo.residentsOfUnit(ctx.db, ctx.actor.tenantId, id);
  return {
    ...publicUnit(unit),
    buildingName: building.name,
    estateName: estate.estate.name,
    address: unitAddress({ ...unit, estateName: estate.estate.name, buildingName: building.name }),
    officeName: estate.officeName,
    residents: residents.map(publicResident),
    abilities: { manage: mayManage(ctx, estate.officePath) },
  };
}

/** Adds units to an estate in one transaction (their buildings checked by the caller). */
export async function addUnits(tx: Tx, estateId: string, fields: UnitFields[]): Promise<Unit[]> {
  const us = fields.map(
    (f): Unit => ({
      tenantId: tx.actor.tenantId,
      id: newId(),
      estateId,
      ...f,
      active: true,
      version: 1,
      createdAt: tx.now,
      updatedAt: tx.now,
    }),
  );
  await repo.insertUnits(tx.db, us);
  for (const u of us) await tx.audit({ action: 'unit.create', entity: 'estate_unit', entityId: u.id, after: publicUnit(u) });
  return us;
}

async function buildingOfEstate(tx: Tx, estateId: string, buildingId: string) {
  const b = await repo.findBuilding(tx.db, tx.actor.tenantId, buildingId);
  if (!b || b.estateId !== estateId)
    throw fieldError('unprocessable', 'unit.unknown_building', 'buildingId', 'no such building in this estate');
  return b;
}

export async function createUnit(ctx: UseCase, input: UnitFields & { estateId: string }) {
  return inTransaction(ctx, async (tx) => {
    await manageEstate(tx, input.estateId);
    const { estateId, ...fields } = input;
    await buildingOfEstate(tx, estateId, fields.buildingId);
    const [u] = await addUnits(tx, estateId, [fields]);
    return getUnit(tx, u!.id);
  });
}

export async function updateUnit(ctx: UseCase, id: string, input: UnitFields & { active: boolean; version: number }) {
  return inTransaction(ctx, async (tx) => {
    const { unit: before } = await loadUnit(tx, id);
    await manageEstate(tx, before.estateId);
    if (before.version !== input.version) throw stale('unit');
    await buildingOfEstate(tx, before.estateId, input.buildingId);
    const { version: _v, ...fields } = input;
    const u: Unit = { ...before, ...fields, version: before.version + 1, updatedAt: tx.now };
    if (!(await repo.updateUnit(tx.db, u, before.version))) throw stale('unit');
    await tx.audit({ action: 'unit.update', entity: 'estate_unit', entityId: id, before: publicUnit(before), after: publicUnit(u) });
    return getUnit(tx, id);
  });
}

/**
 * The picker's search: units by building/room, owner or tenant name, or phone (at most 20), each written as an
 * address, with its owner and, for a unit without one on the register, its tenant.
 */
export async function searchUnits(ctx: UseCase, f: { q: string; estateId?: string | undefined }) {
  const page = await listUnits(ctx, { q: f.q, estateId: f.estateId, active: true, page: 1, pageSize: 20 });
  const renters = await repo.firstRenters(
    ctx.db,
    ctx.actor.tenantId,
    page.items.filter((u) => !u.ownerName).map((u) => u.id),
  );
  return page.items.map((u) => ({
    id: u.id,
    estateId: u.estateId,
    estateName: u.estateName,
    buildingName: u.buildingName,
    entrance: u.entrance,
    room: u.room,
    address: unitAddress(u),
    areaMilli: u.areaMilli,
    ownerName: u.ownerName,
    ownerPhone: u.ownerPhone,
    renterName: renters.get(u.id)?.name ?? null,
    renterPhone: renters.get(u.id)?.phone ?? null,
  }));
}

/**
 * The estate's units in use, by `roomKey(building, entrance, room)`, and the owners and tenants living in each: what
 * another module's import (parking spaces and vehicles) matches its rows' building, entrance, room and names against.
 */
export async function unitDirectory(ctx: UseCase, estateId: string) {
  await loadEstate(ctx, estateId);
  const rooms = await repo.roomsOf(ctx.db, ctx.actor.tenantId, estateId);
  const residents = new Map<string, { id: string; name: string; phone: string; role: ResidentRole }[]>();
  for (const r of await repo.activeResidentsOf(ctx.db, ctx.actor.tenantId, estateId))
    residents.set(r.unitId, [...(residents.get(r.unitId) ?? []), { id: r.id, name: r.name, phone: r.phone, role: r.role }]);
  return {
    rooms: new Map(rooms.filter((r) => Number(r.active) === 1).map((r) => [roomKey(r.building, r.entrance, r.room), r.id])),
    residents,
  };
}

// ---- residents ----

/** Never the hash: it only finds a person; the masked number is all that is shown. */
const publicResident = ({ tenantId: _t, idNumberHash: _h, ...r }: Resident) => r;

export interface ResidentFields {
  role: ResidentRole;
  name: string;
  phone: string;
  moveInDate: string | null;
  moveOutDate?: string | null | undefined;
}

function checkResident(f: ResidentFields, idNumber: string | null | undefined) {
  if (!isPhone(f.phone))
    throw fieldError('unprocessable', 'resident.phone_invalid', 'phone', 'a mobile (11 digits) or landline with area code');
  if (idNumber && !isIdNumber(idNumber))
    throw fieldError('unprocessable', 'resident.id_number_invalid', 'idNumber', 'not a valid ID number');
  if (f.moveInDate && f.moveOutDate && f.moveOutDate < f.moveInDate)
    throw fieldError('unprocessable', 'resident.move_out_before_move_in', 'moveOutDate', 'the move-out date is before the move-in date');
  for (const [field, d] of [
    ['moveInDate', f.moveInDate],
    ['moveOutDate', f.moveOutDate],
  ] as const)
    if (d && !isDate(d)) throw fieldError('unprocessable', 'resident.date_invalid', field, 'a date YYYY-MM-DD');
}

const idFields = (tenantId: string, idNumber: string | null) =>
  idNumber
    ? { idNumberMasked: maskIdNumber(idNumber), idNumberHash: hashIdNumber(tenantId, idNumber) }
    : { idNumberMasked: null, idNumberHash: null };

/** Adds residents to units in one transaction; only the masked ID number and its hash are kept. */
export async function addResidents(
  tx: Tx,
  estateId: string,
  rows: (ResidentFields & { unitId: string; idNumber: string | null })[],
): Promise<Resident[]> {
  const rs = rows.map(
    ({ idNumber, unitId, ...f }): Resident => ({
      tenantId: tx.actor.tenantId,
      id: newId(),
      estateId,
      unitId,
      role: f.role,
      name: f.name,
      phone: f.phone,
      ...idFields(tx.actor.tenantId, idNumber && normaliseIdNumber(idNumber)),
      moveInDate: f.moveInDate,
      moveOutDate: f.moveOutDate ?? null,
      active: true,
      version: 1,
      createdAt: tx.now,
      updatedAt: tx.now,
    }),
  );
  await repo.insertResidents(tx.db, rs);
  for (const r of rs) await tx.audit({ action: 'resident.create', entity: 'estate_resident', entityId: r.id, after: publicResident(r) });
  return rs;
}

export async function listResidents(ctx: UseCase, f: repo.ResidentFilter) {
  if (f.estateId) await loadEstate(ctx, f.estateId);
  const { items, total } = await repo.listResidents(ctx.db, ctx.actor.tenantId, { ...f, scope: scopeOf(ctx.actor.access, ESTATES_READ) });
  return {
    items: items.map((i) => ({
      ...publicResident(i.resident),
      buildingName: i.buildingName,
      entrance: i.entrance,
      room: i.room,
      estateName: i.estateName,
    })),
    total,
    page: f.page,
    pageSize: f.pageSize,
  };
}

export async function createResident(ctx: UseCase, input: ResidentFields & { unitId: string; idNumber?: string | null | undefined }) {
  return inTransaction(ctx, async (tx) => {
    const { unit } = await loadUnit(tx, input.unitId);
    await manageEstate(tx, unit.estateId);
    checkResident(input, input.idNumber);
    const [r] = await addResidents(tx, unit.estateId, [{ ...input, idNumber: input.idNumber || null }]);
    return publicResident(r!);
  });
}

/**
 * Changes a resident: a move-out date or `active: false` ends their time at the unit (they stay in its history).
 * `idNumber` replaces the kept masked number when given, and clears it when null.
 */
export async function updateResident(
  ctx: UseCase,
  id: string,
  input: ResidentFields & { idNumber?: string | null | undefined; active: boolean; version: number },
) {
  return inTransaction(ctx, async (tx) => {
    const { resident: before } = await loadResident(tx, id);
    await manageEstate(tx, before.estateId);
    if (before.version !== input.version) throw stale('resident');
    checkResident(input, input.idNumber);
    const r: Resident = {
      ...before,
      role: input.role,
      name: input.name,
      phone: input.phone,
      moveInDate: input.moveInDate,
      moveOutDate: input.moveOutDate ?? null,
      ...(input.idNumber === undefined ? {} : idFields(tx.actor.tenantId, input.idNumber && normaliseIdNumber(input.idNumber))),
      active: input.active,
      version: before.version + 1,
      updatedAt: tx.now,
    };
    if (!(await repo.updateResident(tx.db, r, before.version))) throw stale('resident');
    await tx.audit({
      action: 'resident.update',
      entity: 'estate_resident',
      entityId: id,
      before: publicResident(before),
      after: publicResident(r),
    });
    return publicResident(r);
  });
}
