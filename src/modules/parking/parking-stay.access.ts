import { hasAnywhere } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import type { UseCase } from '../../platform/context.js';
import { forbidden, notFound } from '../../platform/http/errors.js';
import { PARKING_GATE, PARKING_READ } from './parking.permissions.js';
import * as repo from './parking-stay.repo.js';
import { loadCarPark } from './register.access.js';

/** A stay the caller may read (404 outside their offices, 403 inside without parking.read): the history reader too. */
export async function loadStay(ctx: UseCase, id: string) {
  const found = await repo.findStay(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound('parking_stay');
  authorize(ctx.actor.access, PARKING_READ, found.officePath, 'parking_stay');
  return found;
}

/** A car park whose gate the caller keeps (read first, so an outsider still gets 404). */
export async function gateCarPark(ctx: UseCase, id: string) {
  const found = await loadCarPark(ctx, id);
  authorize(ctx.actor.access, PARKING_GATE, found.officePath, 'car_park');
  return found;
}

/** The gate's work needs parking.gate somewhere (403 otherwise). */
export function mayGate(ctx: UseCase): void {
  if (!hasAnywhere(ctx.actor.access, PARKING_GATE)) throw forbidden(PARKING_GATE);
}
