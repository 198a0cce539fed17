import { allowsAt } from '../../platform/authz/access.js';
import type { Tx } from '../../platform/context.js';
import { DomainError, type ErrorKind } from '../../platform/http/errors.js';
import { recordMoves } from './device-events.js';
import { fitSim, saveSim, saveTerminal, takeOutSim } from './device-moves.js';
import { GPS_READ } from './gps.permissions.js';
import type { OrderRef, SimCard, Terminal } from './gps.types.js';
import * as repo from './register.repo.js';
import { normaliseSerial, normaliseSimNumber, warrantyEnd } from './register.rules.js';

export { terminalBySerial } from './terminal.service.js';
export { vehicleByPlate } from './vehicle.service.js';

/**
 * The register's side of the GPS orders (A4.4.5, A4.4.6): the order side calls these INSIDE its own transaction, so the
 * order's step and the devices' moves commit together. Each checks the devices are ones the caller may read (the
 * order step's own permission decides who may act), writes the devices and their history with the order's number,
 * and refuses bad input with a `DomainError` on the caller's field names (`fields`, default the input's keys).
 */

type Fields<K extends string> = Partial<Record<K, string>>;

const refuse = (kind: ErrorKind, code: string, field: string, message: string) =>
  new DomainError(kind, code, message, [{ field, code, message }]);

async function vehicleFor(tx: Tx, vehicleId: string, field: string) {
  const found = await repo.findVehicle(tx.db, tx.actor.tenantId, vehicleId);
  if (!found || !allowsAt(tx.actor.access, GPS_READ, found.officePath) || !found.vehicle.active)
    throw refuse('unprocessable', 'gps.vehicle_not_found', field, 'no vehicle in use of that id on the register');
  return found.vehicle;
}

async function terminalFor(tx: Tx, serial: string, field: string): Promise<Terminal> {
  const found = await repo.terminalBySerial(tx.db, tx.actor.tenantId, normaliseSerial(serial));
  if (!found || !allowsAt(tx.actor.access, GPS_READ, found.officePath))
    throw refuse('unprocessable', 'gps.terminal_not_found', field, `no terminal ${serial} on the register`);
  return found.terminal;
}

async function simFor(tx: Tx, number: string, field: string): Promise<SimCard> {
  const found = await repo.simByNumber(tx.db, tx.actor.tenantId, normaliseSimNumber(number));
  if (!found || !allowsAt(tx.actor.access, GPS_READ, found.officePath))
    throw refuse('unprocessable', 'gps.sim_not_found', field, `no SIM card ${number} on the register`);
  return found.sim;
}

function inStock(t: Terminal, field: string) {
  if (t.state !== 'in_stock')
    throw refuse('conflict', 'gps.terminal_not_in_stock', field, `terminal ${t.serial} is ${t.state}, not in stock`);
}

/** A terminal going onto a vehicle: installed there; one never sold counts as sold today (its warranty from today). */
async function mount(tx: Tx, t: Terminal, vehicleId: string): Promise<Terminal> {
  let soldOn = t.soldOn;
  let end = t.warrantyEnd;
  if (!soldOn) {
    soldOn = tx.now.slice(0, 10);
    const found = await repo.findProduct(tx.db, tx.actor.tenantId, t.productId);
    end = end ?? warrantyEnd(soldOn, found?.product.warrantyMonths ?? 12);
  }
  const next: Terminal = { ...t, vehicleId, state: 'installed', soldOn, warrantyEnd: end, version: t.version + 1, updatedAt: tx.now };
  await saveTerminal(tx, t, next);
  return next;
}

export interface InstallInput {
  vehicleId: string;
  terminalSerial: string;
  simNumber: string;
  order: OrderRef;
}

/**
 * 安装: a terminal from stock and a SIM card from stock fitted to a vehicle. Refuses `gps.vehicle_not_found`,
 * `gps.terminal_not_found`, `gps.terminal_not_in_stock`, `gps.sim_not_found`, `gps.sim_in_use`, `gps.sim_not_in_stock`.
 */
export async function installDevices(tx: Tx, input: InstallInput, fields: Fields<'vehicleId' | 'terminalSerial' | 'simNumber'> = {}) {
  const f = { vehicleId: 'vehicleId', terminalSerial: 'terminalSerial', simNumber: 'simNumber', ...fields };
  const vehicle = await vehicleFor(tx, input.vehicleId, f.vehicleId);
  const terminal = await terminalFor(tx, input.terminalSerial, f.terminalSerial);
  inStock(terminal, f.terminalSerial);
  const sim = await simFor(tx, input.simNumber, f.simNumber);
  const mounted = await mount(tx, terminal, vehicle.id);
  await recordMoves(tx, 'terminal', terminal.id, [{ event: 'installed', vehicleId: vehicle.id }], { order: input.order });
  const present = await repo.simOfTerminal(tx.db, tx.actor.tenantId, terminal.id);
  if (present && present.id !== sim.id) await takeOutSim(tx, present, null, 'in_stock', input.order);
  if (present?.id !== sim.id) await fitSim(tx, sim, terminal.id, vehicle.id, f.simNumber, input.order);
  return { terminal: mounted, simId: sim.id };
}

export interface SwapTerminalInput {
  vehicleId: string;
  oldSerial: string;
  newSerial: string;
  fault: string;
  order: OrderRef;
}

/**
 * 更换终端: the old terminal comes off the vehicle into repair (sent_for_repair with the fault, and removed), a terminal
 * from stock goes on as its replacement (replaced), and the old one's SIM card moves into the new one (a card the new
 * one carried goes back to stock). Refuses as `installDevices`, and `gps.terminal_not_on_vehicle`.
 */
export async function swapTerminal(tx: Tx, input: SwapTerminalInput, fields: Fields<'vehicleId' | 'oldSerial' | 'newSerial'> = {}) {
  const f = { vehicleId: 'vehicleId', oldSerial: 'oldSerial', newSerial: 'newSerial', ...fields };
  const vehicle = await vehicleFor(tx, input.vehicleId, f.vehicleId);
  const old = await terminalFor(tx, input.oldSerial, f.oldSerial);
  if (old.vehicleId !== vehicle.id || old.state !== 'installed')
    throw refuse('unprocessable', 'gps.terminal_not_on_vehicle', f.oldSerial, `terminal ${old.serial} is not on ${vehicle.plate}`);
  const fresh = await terminalFor(tx, input.newSerial, f.newSerial);
  inStock(fresh, f.newSerial);
  const order = input.order;
  await saveTerminal(tx, old, { ...old, vehicleId: null, state: 'in_repair', version: old.version + 1, updatedAt: tx.now });
  await recordMoves(tx, 'terminal', old.id, [{ event: 'sent_for_repair', vehicleId: vehicle.id }], { order, note: input.fault });
  await recordMoves(tx, 'terminal', old.id, [{ event: 'removed', vehicleId: vehicle.id }], { order });
  const mounted = await mount(tx, fresh, vehicle.id);
  await recordMoves(tx, 'terminal', fresh.id, [{ event: 'replaced', vehicleId: vehicle.id }], { order, note: old.serial });
  const carried = await repo.simOfTerminal(tx.db, tx.actor.tenantId, fresh.id);
  if (carried) await takeOutSim(tx, carried, null, 'in_stock', order);
  const sim = await repo.simOfTerminal(tx.db, tx.actor.tenantId, old.id);
  if (sim) {
    // the card moves from the old terminal into the new one on the same vehicle: one move in its history
    await saveSim(tx, sim, { ...sim, terminalId: fresh.id, version: sim.version + 1, updatedAt: tx.now });
    await recordMoves(tx, 'sim', sim.id, [{ event: 'sim_fitted', vehicleId: vehicle.id }], { order, note: fresh.serial });
  }
  return { terminal: mounted, simId: sim?.id ?? null };
}

export interface SwapSimInput {
  terminalSerial: string;
  oldNumber: string;
  newNumber: string;
  order: OrderRef;
}

/**
 * 更换SIM卡: the old card comes out of the terminal (suspended, 停机 until the carrier cancels it), a card from stock
 * goes in. Refuses `gps.terminal_not_found`, `gps.sim_not_found`, `gps.sim_not_in_terminal`, `gps.sim_in_use`,
 * `gps.sim_not_in_stock`.
 */
export async function swapSim(tx: Tx, input: SwapSimInput, fields: Fields<'terminalSerial' | 'oldNumber' | 'newNumber'> = {}) {
  const f = { terminalSerial: 'terminalSerial', oldNumber: 'oldNumber', newNumber: 'newNumber', ...fields };
  const terminal = await terminalFor(tx, input.terminalSerial, f.terminalSerial);
  const old = await simFor(tx, input.oldNumber, f.oldNumber);
  if (old.terminalId !== terminal.id)
    throw refuse('unprocessable', 'gps.sim_not_in_terminal', f.oldNumber, `SIM card ${old.number} is not in terminal ${terminal.serial}`);
  const fresh = await simFor(tx, input.newNumber, f.newNumber);
  await takeOutSim(tx, old, terminal.vehicleId, 'suspended', input.order);
  await fitSim(tx, fresh, terminal.id, terminal.vehicleId, f.newNumber, input.order);
  return { terminalId: terminal.id, simId: fresh.id };
}
