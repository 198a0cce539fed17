/**
 * The units (房屋) of the estate register: listing, one unit with its residents, adding and changing units, the
 * picker's search, and the directory of rooms and residents that another module's import matches its rows against.
 */
import { scopeOf } from '../../platform/authz/access.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { fieldError } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { ESTATES_READ } from './estate.permissions.js';
import * as repo from './estate.repo.js';
import { roomKey, unitAddress } from './estate.rules.js';
import { loadEstate, loadUnit, manageEstate, mayManage, stale } from './estate.service.js';
import type { Occupancy, ResidentRole, Unit, UnitUse } from './estate.types.js';
import * as residentsRepo from './estate-residents.repo.js';
import { publicResident } from './estate-residents.service.js';
import * as unitsRepo from './estate-units.repo.js';

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

export async function listUnits(ctx: UseCase, f: unitsRepo.UnitFilter) {
  if (f.estateId) await loadEstate(ctx, f.estateId);
  const { items, total } = await unitsRepo.listUnits(ctx.db, ctx.actor.tenantId, { ...f, scope: scopeOf(ctx.actor.access, ESTATES_READ) });
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
  const residents = await residentsRepo.residentsOfUnit(ctx.db, ctx.actor.tenantId, id);
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
  await unitsRepo.insertUnits(tx.db, us);
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
    if (!(await unitsRepo.updateUnit(tx.db, u, before.version))) throw stale('unit');
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
  const renters = await residentsRepo.firstRenters(
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
  const rooms = await unitsRepo.roomsOf(ctx.db, ctx.actor.tenantId, estateId);
  const residents = new Map<string, { id: string; name: string; phone: string; role: ResidentRole }[]>();
  for (const r of await residentsRepo.activeResidentsOf(ctx.db, ctx.actor.tenantId, estateId))
    residents.set(r.unitId, [...(residents.get(r.unitId) ?? []), { id: r.id, name: r.name, phone: r.phone, role: r.role }]);
  return {
    rooms: new Map(rooms.filter((r) => Number(r.active) === 1).map((r) => [roomKey(r.building, r.entrance, r.room), r.id])),
    residents,
  };
}
