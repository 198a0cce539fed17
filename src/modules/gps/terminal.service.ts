import { scopeOf } from '../../platform/authz/access.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { normalisePlate } from '../parking/plate.rules.js';
import { recordMoves } from './device-events.js';
import { eventsOf } from './device-events.repo.js';
import { fitSim, publicTerminal, saveTerminal, takeOutSim } from './device-moves.js';
import { GPS_READ } from './gps.permissions.js';
import type { Terminal } from './gps.types.js';
import {
  keepingOffice,
  loadProduct,
  loadSim,
  loadTerminal,
  loadVehicle,
  mayList,
  mayRegister,
  registerAbilities,
  stale,
} from './register.access.js';
import * as repo from './register.repo.js';
import { inWarranty, isDate, isSerial, normaliseSerial, terminalMoves, warrantyEnd } from './register.rules.js';
import * as lists from './register-lists.repo.js';

type Row = Awaited<ReturnType<typeof lists.listTerminals>>['items'][number];
const present = (ctx: UseCase, r: Row) => ({
  ...publicTerminal(r.terminal),
  modelCode: r.modelCode,
  productName: r.productName,
  plate: r.plate,
  customerName: r.customerName,
  simId: r.simId,
  simNumber: r.simNumber,
  inWarranty: inWarranty(r.terminal.warrantyEnd, ctx.clock.now().toISOString().slice(0, 10)),
  abilities: registerAbilities(ctx, r.officePath),
});

export type TerminalListInput = Omit<lists.TerminalFilter, 'scope' | 'id' | 'plateQ'>;

/** Terminals of the caller's nodes: by state, model or vehicle, or found by serial, plate, SIM number or customer. */
export async function listTerminals(ctx: UseCase, f: TerminalListInput) {
  mayList(ctx);
  const { items, total } = await lists.listTerminals(ctx.db, ctx.actor.tenantId, {
    ...f,
    plateQ: f.q && normalisePlate(f.q),
    scope: scopeOf(ctx.actor.access, GPS_READ),
  });
  return { items: items.map((r) => present(ctx, r)), total, page: f.page, pageSize: f.pageSize };
}

export async function getTerminal(ctx: UseCase, id: string) {
  const { officePath } = await loadTerminal(ctx, id);
  const { items } = await lists.listTerminals(ctx.db, ctx.actor.tenantId, { id, scope: [officePath], page: 1, pageSize: 1 });
  if (!items[0]) throw notFound('gps_terminal');
  return present(ctx, items[0]);
}

/** A terminal by its serial, as an intake form looks it up (scoped: 404 when the caller cannot read it). */
export async function terminalBySerial(ctx: UseCase, serial: string) {
  const found = await repo.terminalBySerial(ctx.db, ctx.actor.tenantId, normaliseSerial(serial));
  if (!found) throw notFound('gps_terminal');
  return getTerminal(ctx, found.terminal.id);
}

/** A terminal's history (设备履历), oldest first. */
export async function terminalHistory(ctx: UseCase, id: string) {
  await loadTerminal(ctx, id);
  return eventsOf(ctx.db, ctx.actor.tenantId, 'terminal', id);
}

export interface TerminalFields {
  serial: string;
  productId: string;
  vehicleId: string | null;
  simId: string | null;
  soldOn: string | null;
  /** null: the sold date plus the model's warranty months. */
  warrantyEnd: string | null;
  note: string;
}

/** The serial valid and free, the model and vehicle readable and in use, the dates real and in order. */
async function checkTerminal(tx: Tx, f: TerminalFields, before?: Terminal) {
  const serial = normaliseSerial(f.serial);
  if (!isSerial(serial)) throw fieldError('unprocessable', 'gps.serial_invalid', 'serial', '4–30 letters, digits or dashes (an IMEI)');
  if (await repo.serialTaken(tx.db, tx.actor.tenantId, serial, before?.id))
    throw fieldError('conflict', 'gps.serial_taken', 'serial', 'a terminal of this serial is on the register');
  const { product } = await loadProduct(tx, f.productId);
  if (!product.active && f.productId !== before?.productId)
    throw fieldError('unprocessable', 'gps.product_inactive', 'productId', 'the model is deactivated');
  if (f.vehicleId && f.vehicleId !== before?.vehicleId) {
    const { vehicle } = await loadVehicle(tx, f.vehicleId);
    if (!vehicle.active) throw fieldError('unprocessable', 'gps.vehicle_inactive', 'vehicleId', 'the vehicle is deactivated');
  }
  for (const field of ['soldOn', 'warrantyEnd'] as const) {
    const d = f[field];
    if (d !== null && !isDate(d)) throw fieldError('unprocessable', 'gps.date_invalid', field, 'a date YYYY-MM-DD');
  }
  const end = f.warrantyEnd ?? (f.soldOn ? warrantyEnd(f.soldOn, product.warrantyMonths) : null);
  if (f.soldOn && end && end < f.soldOn)
    throw fieldError('unprocessable', 'gps.warranty_before_sale', 'warrantyEnd', 'the warranty ends after the sale');
  return { ...f, serial, warrantyEnd: end };
}

/** Moves the SIM card of a terminal to `simId` (out of the old card, into the new), each move in the cards' history. */
async function moveSim(tx: Tx, terminal: Terminal, simId: string | null) {
  const current = await repo.simOfTerminal(tx.db, tx.actor.tenantId, terminal.id);
  if ((current?.id ?? null) === simId) return;
  if (current) await takeOutSim(tx, current, terminal.vehicleId, 'in_stock');
  if (simId) {
    const { sim, officePath } = await loadSim(tx, simId);
    mayRegister(tx, officePath, 'gps_sim');
    await fitSim(tx, sim, terminal.id, terminal.vehicleId, 'simId');
  }
}

/** Registers a terminal (in stock, or on a vehicle with its SIM card), its history started, audited. */
export async function addTerminal(tx: Tx, officeId: string, f: Awaited<ReturnType<typeof checkTerminal>>): Promise<Terminal> {
  const moved = terminalMoves(null, f.vehicleId)!;
  const { simId, ...fields } = f;
  const t: Terminal = {
    tenantId: tx.actor.tenantId,
    id: newId(),
    officeId,
    ...fields,
    state: moved.state,
    version: 1,
    createdAt: tx.now,
    updatedAt: tx.now,
  };
  await repo.insertTerminal(tx.db, t);
  await tx.audit({ action: 'gps_terminal.create', entity: 'gps_terminal', entityId: t.id, after: publicTerminal(t) });
  await recordMoves(tx, 'terminal', t.id, moved.moves);
  await moveSim(tx, t, simId);
  return t;
}

/** Changes a terminal from the register's form (its vehicle and SIM card too, each move in the history). */
export async function changeTerminal(tx: Tx, before: Terminal, f: Awaited<ReturnType<typeof checkTerminal>>) {
  const moved = terminalMoves(before, f.vehicleId);
  if (!moved) throw fieldError('unprocessable', 'gps.terminal_not_in_stock', 'vehicleId', 'a terminal in repair or scrapped is not fitted');
  const { simId, ...fields } = f;
  const next: Terminal = { ...before, ...fields, state: moved.state, version: before.version + 1, updatedAt: tx.now };
  await saveTerminal(tx, before, next);
  await recordMoves(tx, 'terminal', next.id, moved.moves);
  await moveSim(tx, next, simId);
  return next;
}

export async function createTerminal(ctx: UseCase, input: TerminalFields & { officeId?: string | undefined }) {
  return inTransaction(ctx, async (tx) => {
    const { officeId, ...fields } = input;
    const office = await keepingOffice(tx, officeId);
    const t = await addTerminal(tx, office.id, await checkTerminal(tx, fields));
    return getTerminal(tx, t.id);
  });
}

export async function updateTerminal(ctx: UseCase, id: string, input: TerminalFields & { version: number }) {
  return inTransaction(ctx, async (tx) => {
    const { terminal: before, officePath } = await loadTerminal(tx, id);
    mayRegister(tx, officePath, 'gps_terminal');
    if (before.version !== input.version) throw stale('gps_terminal');
    const { version: _v, ...fields } = input;
    if (before.state === 'scrapped')
      throw fieldError('unprocessable', 'gps.terminal_scrapped', 'serial', 'a scrapped terminal is not changed');
    await changeTerminal(tx, before, await checkTerminal(tx, fields, before));
    return getTerminal(tx, id);
  });
}

/**
 * A terminal back from repair (维修完成): in stock again; or scrapped (报废) — from repair or from stock, its SIM card
 * (if any) taken out into stock. Anything else is refused with `gps.terminal_not_in_repair` / `gps.terminal_installed`.
 */
export async function settleTerminal(ctx: UseCase, id: string, input: { outcome: 'repaired' | 'scrapped'; note: string; version: number }) {
  return inTransaction(ctx, async (tx) => {
    const { terminal: before, officePath } = await loadTerminal(tx, id);
    mayRegister(tx, officePath, 'gps_terminal');
    if (before.version !== input.version) throw stale('gps_terminal');
    if (input.outcome === 'repaired' && before.state !== 'in_repair')
      throw fieldError('unprocessable', 'gps.terminal_not_in_repair', 'outcome', 'only a terminal in repair comes back repaired');
    if (input.outcome === 'scrapped' && before.state !== 'in_repair' && before.state !== 'in_stock')
      throw fieldError('unprocessable', 'gps.terminal_installed', 'outcome', 'take the terminal off its vehicle before scrapping it');
    const state = input.outcome === 'repaired' ? 'in_stock' : 'scrapped';
    const sim = await repo.simOfTerminal(tx.db, tx.actor.tenantId, id);
    if (sim && state === 'scrapped') await takeOutSim(tx, sim, null, 'in_stock');
    await saveTerminal(
      tx,
      before,
      { ...before, state, version: before.version + 1, updatedAt: tx.now },
      `gps_terminal.${input.outcome === 'repaired' ? 'repair' : 'scrap'}`,
    );
    await recordMoves(tx, 'terminal', id, [{ event: input.outcome, vehicleId: null }], { note: input.note });
    return getTerminal(tx, id);
  });
}
