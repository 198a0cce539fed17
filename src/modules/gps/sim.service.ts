import { scopeOf } from '../../platform/authz/access.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { recordMoves } from './device-events.js';
import { eventsOf } from './device-events.repo.js';
import { publicSim, saveSim } from './device-moves.js';
import { GPS_READ } from './gps.permissions.js';
import type { SimCard, SimCarrier, SimState } from './gps.types.js';
import { keepingOffice, loadSim, mayList, mayRegister, registerAbilities, stale } from './register.access.js';
import * as repo from './register.repo.js';
import { isSimNumber, normaliseSimNumber, simStateRefusal } from './register.rules.js';
import * as lists from './register-lists.repo.js';

type Row = Awaited<ReturnType<typeof lists.listSims>>['items'][number];
const present = (ctx: UseCase, r: Row) => ({
  ...publicSim(r.sim),
  terminalSerial: r.terminalSerial,
  plate: r.plate,
  abilities: registerAbilities(ctx, r.officePath),
});

export type SimListInput = Omit<lists.SimFilter, 'scope' | 'id'>;

/** SIM cards of the caller's nodes: by state or carrier, or found by number, terminal serial or plate. */
export async function listSims(ctx: UseCase, f: SimListInput) {
  mayList(ctx);
  const { items, total } = await lists.listSims(ctx.db, ctx.actor.tenantId, { ...f, scope: scopeOf(ctx.actor.access, GPS_READ) });
  return { items: items.map((r) => present(ctx, r)), total, page: f.page, pageSize: f.pageSize };
}

export async function getSim(ctx: UseCase, id: string) {
  const { officePath } = await loadSim(ctx, id);
  const { items } = await lists.listSims(ctx.db, ctx.actor.tenantId, { id, scope: [officePath], page: 1, pageSize: 1 });
  if (!items[0]) throw notFound('gps_sim');
  return present(ctx, items[0]);
}

/** A SIM card's history (设备履历), oldest first. */
export async function simHistory(ctx: UseCase, id: string) {
  await loadSim(ctx, id);
  return eventsOf(ctx.db, ctx.actor.tenantId, 'sim', id);
}

export interface SimFields {
  number: string;
  carrier: SimCarrier;
  note: string;
}

export async function checkSim(tx: Tx, f: SimFields, exceptId?: string): Promise<SimFields> {
  const number = normaliseSimNumber(f.number);
  if (!isSimNumber(number))
    throw fieldError(
      'unprocessable',
      'gps.sim_number_invalid',
      'number',
      'an ICCID (19–20 digits from 89) or the card’s number (11–13 digits)',
    );
  if (await repo.simNumberTaken(tx.db, tx.actor.tenantId, number, exceptId))
    throw fieldError('conflict', 'gps.sim_number_taken', 'number', 'a SIM card of this number is on the register');
  return { ...f, number };
}

/** Registers a SIM card in stock, its history started, audited. */
export async function addSim(tx: Tx, officeId: string, f: SimFields): Promise<SimCard> {
  const s: SimCard = {
    tenantId: tx.actor.tenantId,
    id: newId(),
    officeId,
    ...f,
    state: 'in_stock',
    terminalId: null,
    version: 1,
    createdAt: tx.now,
    updatedAt: tx.now,
  };
  await repo.insertSim(tx.db, s);
  await tx.audit({ action: 'gps_sim.create', entity: 'gps_sim', entityId: s.id, after: publicSim(s) });
  await recordMoves(tx, 'sim', s.id, [{ event: 'registered', vehicleId: null }]);
  return s;
}

export async function createSim(ctx: UseCase, input: SimFields & { officeId?: string | undefined }) {
  return inTransaction(ctx, async (tx) => {
    const { officeId, ...fields } = input;
    const office = await keepingOffice(tx, officeId);
    const s = await addSim(tx, office.id, await checkSim(tx, fields));
    return getSim(tx, s.id);
  });
}

/**
 * Changes a SIM card's number, carrier or state: in use exactly while fitted (a card is fitted and taken out from
 * its terminal), otherwise in stock, suspended (停机) or cancelled (销户).
 */
export async function updateSim(ctx: UseCase, id: string, input: SimFields & { state: SimState; version: number }) {
  return inTransaction(ctx, async (tx) => {
    const { sim: before, officePath } = await loadSim(tx, id);
    mayRegister(tx, officePath, 'gps_sim');
    if (before.version !== input.version) throw stale('gps_sim');
    const { state, version: _v, ...fields } = input;
    const refusal = simStateRefusal(state, before.terminalId !== null);
    if (refusal) throw fieldError('unprocessable', `gps.${refusal}`, 'state', 'a card is in use exactly while it is fitted in a terminal');
    await saveSim(tx, before, { ...before, ...(await checkSim(tx, fields, id)), state, version: before.version + 1, updatedAt: tx.now });
    return getSim(tx, id);
  });
}
