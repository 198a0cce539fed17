import { createHash } from 'node:crypto';
import { scopeOf } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { tenantZone } from '../../platform/tenancy.js';
import { readGateFile } from './gate-import.read.js';
import { checkGateImport, type GateRow } from './gate-import.rules.js';
import { mappingOf } from './gate-mapping.service.js';
import { PARKING_READ } from './parking.permissions.js';
import type { CarPark } from './parking.types.js';
import { gateCarPark } from './parking-stay.access.js';
import * as repo from './parking-stay.repo.js';
import { newStay, publicStay, settler, withExit } from './parking-stay.service.js';
import type { GateImport } from './parking-stay.types.js';
import { loadCarPark, mayList, stale } from './register.access.js';

type Counts = Pick<GateImport, 'added' | 'completed' | 'unchanged' | 'unmatched'>;
type Settle = ReturnType<typeof settler>;

/** One row against the stays on record: a new stay, the exit of a parked one, nothing new, or an unmatched exit. */
async function applyRow(tx: Tx, carPark: CarPark, importId: string, r: GateRow, settle: Settle): Promise<keyof Counts> {
  const { tenantId } = tx.actor;
  const complete = async (parked: NonNullable<Awaited<ReturnType<typeof repo.parkedStay>>>, exitAt: string) => {
    const after = withExit(tx, parked, exitAt, await settle(parked.plate, parked.enteredAt!, exitAt));
    if (!(await repo.updateStay(tx.db, after, parked.version))) throw stale('parking stay');
    await tx.audit({
      action: 'parking_stay.exit',
      entity: 'parking_stay',
      entityId: parked.id,
      before: publicStay(parked),
      after: publicStay(after),
    });
    return 'completed' as const;
  };
  const known = await repo.stayByKey(tx.db, tenantId, carPark.id, r.key);
  if (known) {
    // the entry came in an earlier export, the exit now; a settled stay is never changed by a later file
    if (known.state === 'parked' && r.exitAt && Date.parse(r.exitAt) >= Date.parse(known.enteredAt!)) return complete(known, r.exitAt);
    return 'unchanged';
  }
  if (!r.entryAt) {
    if (await repo.stayExitedAt(tx.db, tenantId, carPark.id, r.plate, r.exitAt!)) return 'unchanged';
    const parked = await repo.parkedStay(tx.db, tenantId, carPark.id, r.plate, r.exitAt!);
    if (parked) return complete(parked, r.exitAt!);
  }
  const state = r.entryAt ? 'parked' : 'unmatched';
  let stay = newStay(tx, carPark, {
    plate: r.plate,
    enteredAt: r.entryAt,
    exitedAt: null,
    source: 'import',
    recordKey: r.key,
    importId,
    state,
  });
  if (!r.entryAt) stay = { ...stay, exitedAt: r.exitAt };
  else if (r.exitAt) stay = { ...withExit(tx, stay, r.exitAt, await settle(r.plate, r.entryAt, r.exitAt)), version: 1 };
  await repo.insertStay(tx.db, stay);
  await tx.audit({ action: 'parking_stay.import', entity: 'parking_stay', entityId: stay.id, after: publicStay(stay) });
  return state === 'unmatched' ? 'unmatched' : 'added';
}

/**
 * Imports a gate system's export (Excel or CSV) into a car park, read by the car park's mapping, all or nothing: every
 * bad cell is listed (422, `<row>.<column>`) and then nothing is stored. Rows already on record (by their key) change
 * nothing, so importing the same file again only counts them `unchanged`. Each import is kept with its counts.
 */
export async function importGateFile(ctx: UseCase, input: { carParkId: string; fileName: string; file: Buffer }) {
  // the caller's access first: an outsider learns nothing about the car park from how their file is judged
  await gateCarPark(ctx, input.carParkId);
  const table = await readGateFile(input.file);
  const zone = await tenantZone(ctx);
  return inTransaction(ctx, async (tx) => {
    const { carPark } = await gateCarPark(tx, input.carParkId);
    if (!carPark.active) throw fieldError('unprocessable', 'parking_stay.car_park_inactive', 'carParkId', 'the car park is deactivated');
    const { errors, rows } = checkGateImport(table, await mappingOf(tx, carPark.id), zone, tx.now);
    if (errors.length)
      throw new DomainError(
        'unprocessable',
        'gate_import.rows_invalid',
        `${errors.length} problems in the file; nothing was imported`,
        errors,
      );
    const id = newId();
    const counts: Counts = { added: 0, completed: 0, unchanged: 0, unmatched: 0 };
    const settle = settler(tx, carPark.id, zone);
    for (const r of rows) counts[await applyRow(tx, carPark, id, r, settle)]++;
    const record: GateImport = {
      tenantId: tx.actor.tenantId,
      id,
      officeId: carPark.officeId,
      carParkId: carPark.id,
      fileName: input.fileName.slice(0, 200),
      fileSha256: createHash('sha256').update(input.file).digest('hex'),
      rows: rows.length,
      ...counts,
      importedBy: tx.actor.userId ?? 'system',
      importedByName: tx.actor.displayName,
      importedAt: tx.now,
    };
    await repo.insertImport(tx.db, record);
    const { tenantId: _t, ...after } = record;
    await tx.audit({ action: 'parking_gate_import.create', entity: 'parking_gate_import', entityId: id, after });
    return getImport(tx, id);
  });
}

type ImportRow = Awaited<ReturnType<typeof repo.listImports>>['items'][number];
const present = (r: ImportRow) => {
  const { tenantId: _t, ...i } = r.import;
  return { ...i, carParkCode: r.carParkCode, carParkName: r.carParkName };
};

/** Imports of the caller's offices (403 without parking.read anywhere), a car park's when asked, the latest first. */
export async function listImports(ctx: UseCase, f: { carParkId?: string | undefined; page: number; pageSize: number }) {
  mayList(ctx);
  if (f.carParkId) await loadCarPark(ctx, f.carParkId);
  const { items, total } = await repo.listImports(ctx.db, ctx.actor.tenantId, { ...f, scope: scopeOf(ctx.actor.access, PARKING_READ) });
  return { items: items.map(present), total, page: f.page, pageSize: f.pageSize };
}

/** One import (the history reader too). */
export async function getImport(ctx: UseCase, id: string) {
  const { items } = await repo.listImports(ctx.db, ctx.actor.tenantId, { id, scope: ['/'], page: 1, pageSize: 1 });
  const found = items[0];
  if (!found) throw notFound('parking_gate_import');
  authorize(ctx.actor.access, PARKING_READ, found.officePath, 'parking_gate_import');
  return present(found);
}
