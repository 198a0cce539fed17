import type { Tx } from '../../platform/context.js';
import { DomainError, fieldError } from '../../platform/http/errors.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import type { OrderChanged } from '../orders/order.events.js';
import { normalisePlate } from '../parking/plate.rules.js';
import { swapSim, swapTerminal } from './device.service.js';
import * as installs from './install.repo.js';
import * as register from './register.repo.js';
import { normaliseSerial } from './register.rules.js';
import { underWarranty } from './warranty.rules.js';

type Details = Record<string, string | boolean>;
const text = (d: Details, key: string) => (typeof d[key] === 'string' ? (d[key] as string) : undefined);

/**
 * What the GPS register keeps in step with the department's orders, inside each order step's transaction (a
 * refusal here refuses the step): a repair's warranty as the register has it (A4.2), the terminal and SIM swapped
 * on a repair with both histories (A4.4.5–6), and every vehicle of an installation visit fitted before it finishes
 * (A4.4.1, A4.4.7); a cancelled visit gives its unfitted vehicles back to the request.
 */
export async function onOrderChanged(tx: Tx, e: OrderChanged): Promise<void> {
  const o = e.after;
  if (o.type === 'gps_repair' && e.command === 'create') await checkWarranty(tx, o.details, o.requestedAt);
  if (o.type === 'gps_repair' && e.command === 'finish') await recordSwaps(tx, o.details, { id: o.id, number: o.number });
  if (o.type === 'gps_install' && e.command === 'finish') await checkFitted(tx, o.id);
  if (o.type === 'gps_install' && e.command === 'cancel') await installs.releaseVisit(tx.db, tx.actor.tenantId, o.id);
}

/** The warranty a repair is taken under is the register's: the terminal's warranty end on the day of the call. */
async function checkWarranty(tx: Tx, d: Details, calledAt: string) {
  const serial = text(d, 'terminalSerial');
  const claimed = d.warranty === true;
  if (!serial) {
    if (claimed)
      throw fieldError('unprocessable', 'gps.warranty_unproven', 'details.terminalSerial', 'a repair under warranty names the terminal');
    return;
  }
  const terminal = (await register.terminalBySerial(tx.db, tx.actor.tenantId, normaliseSerial(serial)))?.terminal;
  if (!terminal)
    throw fieldError('unprocessable', 'gps.terminal_not_found', 'details.terminalSerial', `no terminal ${serial} on the register`);
  const day = businessDate(new Date(calledAt), await tenantZone(tx));
  if (underWarranty(terminal.warrantyEnd, day) !== claimed)
    throw new DomainError('unprocessable', 'gps.warranty_mismatch', `terminal ${serial}: warranty until ${terminal.warrantyEnd ?? '—'}`, [
      { field: 'details.warranty', code: 'gps.warranty_mismatch', message: terminal.warrantyEnd ?? '' },
    ]);
}

/**
 * A4.4.5–6: the old and new numbers written on the form move the devices, each history naming the order. The old
 * terminal is the order's own: the one it was taken for when it names one, and in any case one on the order's vehicle
 * (a number mistyped for another customer's terminal would otherwise move that customer's device).
 */
async function recordSwaps(tx: Tx, d: Details, order: { id: string; number: string }) {
  if (d.terminalSwapped === true) {
    const oldSerial = text(d, 'oldTerminal') ?? '';
    const named = text(d, 'terminalSerial');
    if (named && oldSerial && normaliseSerial(named) !== normaliseSerial(oldSerial))
      throw fieldError('unprocessable', 'gps.old_terminal_not_order', 'details.oldTerminal', `this order is for terminal ${named}`);
    // the vehicle: the one the order's own terminal is on as the register has it, else the one of the order's plate
    const plate = text(d, 'plate');
    const vehicleId = named
      ? (await register.terminalBySerial(tx.db, tx.actor.tenantId, normaliseSerial(named)))?.terminal.vehicleId
      : plate
        ? (await register.activeVehicleByPlate(tx.db, tx.actor.tenantId, normalisePlate(plate)))?.vehicle.id
        : undefined;
    await swapTerminal(
      tx,
      { vehicleId: vehicleId ?? '', oldSerial, newSerial: text(d, 'newTerminal') ?? '', fault: text(d, 'fault') ?? '', order },
      { vehicleId: 'details.oldTerminal', oldSerial: 'details.oldTerminal', newSerial: 'details.newTerminal' },
    );
  }
  if (d.simSwapped === true) {
    const terminalField = d.terminalSwapped === true ? 'newTerminal' : 'terminalSerial';
    await swapSim(
      tx,
      { terminalSerial: text(d, terminalField) ?? '', oldNumber: text(d, 'oldSim') ?? '', newNumber: text(d, 'newSim') ?? '', order },
      { terminalSerial: `details.${terminalField}`, oldNumber: 'details.oldSim', newNumber: 'details.newSim' },
    );
  }
}

async function checkFitted(tx: Tx, orderId: string) {
  const vehicles = await installs.vehiclesOfOrder(tx.db, tx.actor.tenantId, orderId);
  if (vehicles.some((v) => !v.fitted_at))
    throw new DomainError(
      'unprocessable',
      'gps.visit_not_fitted',
      'record the terminal and SIM fitted to every vehicle of the visit first',
    );
}
