/**
 * The residents (住户) of the estate register: owners and tenants of units, listed, added and changed. Only the
 * masked ID number and its hash are kept, and the hash is never shown.
 */
import { scopeOf } from '../../platform/authz/access.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { fieldError } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { ESTATES_READ } from './estate.permissions.js';
import { hashIdNumber, isDate, isIdNumber, isPhone, maskIdNumber, normaliseIdNumber } from './estate.rules.js';
import { loadEstate, loadResident, loadUnit, manageEstate, stale } from './estate.service.js';
import type { Resident, ResidentRole } from './estate.types.js';
import * as residentsRepo from './estate-residents.repo.js';

/** Never the hash: it only finds a person; the masked number is all that is shown. */
export const publicResident = ({ tenantId: _t, idNumberHash: _h, ...r }: Resident) => r;

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
  await residentsRepo.insertResidents(tx.db, rs);
  for (const r of rs) await tx.audit({ action: 'resident.create', entity: 'estate_resident', entityId: r.id, after: publicResident(r) });
  return rs;
}

export async function listResidents(ctx: UseCase, f: residentsRepo.ResidentFilter) {
  if (f.estateId) await loadEstate(ctx, f.estateId);
  const { items, total } = await residentsRepo.listResidents(ctx.db, ctx.actor.tenantId, {
    ...f,
    scope: scopeOf(ctx.actor.access, ESTATES_READ),
  });
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
    if (!(await residentsRepo.updateResident(tx.db, r, before.version))) throw stale('resident');
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
