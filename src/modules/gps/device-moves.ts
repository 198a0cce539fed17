import type { Tx } from '../../platform/context.js';
import { DomainError } from '../../platform/http/errors.js';
import { recordMoves } from './device-events.js';
import type { OrderRef, SimCard, Terminal } from './gps.types.js';
import { stale } from './register.access.js';
import * as repo from './register.repo.js';
import { simFittable } from './register.rules.js';

const publicTerminal = ({ tenantId: _t, ...t }: Terminal) => t;
const publicSim = ({ tenantId: _t, ...s }: SimCard) => s;

export { publicSim, publicTerminal };

/** Writes a changed terminal by version, audited. */
export async function saveTerminal(tx: Tx, before: Terminal, next: Terminal, action = 'gps_terminal.update') {
  if (!(await repo.updateTerminal(tx.db, next, before.version))) throw stale('gps_terminal');
  await tx.audit({ action, entity: 'gps_terminal', entityId: next.id, before: publicTerminal(before), after: publicTerminal(next) });
}

/** Writes a changed SIM card by version, audited. */
export async function saveSim(tx: Tx, before: SimCard, next: SimCard, action = 'gps_sim.update') {
  if (!(await repo.updateSim(tx.db, next, before.version))) throw stale('gps_sim');
  await tx.audit({ action, entity: 'gps_sim', entityId: next.id, before: publicSim(before), after: publicSim(next) });
}

/** Takes a SIM card out of its terminal: off the vehicle, in the state given (in stock; suspended when replaced). */
export async function takeOutSim(tx: Tx, sim: SimCard, vehicleId: string | null, state: SimCard['state'], order?: OrderRef | null) {
  await saveSim(tx, sim, { ...sim, terminalId: null, state, version: sim.version + 1, updatedAt: tx.now });
  await recordMoves(tx, 'sim', sim.id, [{ event: 'sim_removed', vehicleId }], { order });
}

/**
 * Fits a SIM card from stock into a terminal (on `vehicleId`, if any). A card in use, suspended or cancelled is
 * refused with `gps.sim_in_use` / `gps.sim_not_in_stock` on `field`.
 */
export async function fitSim(tx: Tx, sim: SimCard, terminalId: string, vehicleId: string | null, field: string, order?: OrderRef | null) {
  if (sim.terminalId && sim.terminalId !== terminalId)
    throw new DomainError('conflict', 'gps.sim_in_use', 'the SIM card is fitted in another terminal', [
      { field, code: 'gps.sim_in_use', message: 'the SIM card is fitted in another terminal' },
    ]);
  if (!simFittable(sim.state))
    throw new DomainError('unprocessable', 'gps.sim_not_in_stock', 'only a SIM card in stock is fitted', [
      { field, code: 'gps.sim_not_in_stock', message: 'only a SIM card in stock is fitted' },
    ]);
  await saveSim(tx, sim, { ...sim, terminalId, state: 'in_use', version: sim.version + 1, updatedAt: tx.now });
  await recordMoves(tx, 'sim', sim.id, [{ event: 'sim_fitted', vehicleId }], { order });
}
