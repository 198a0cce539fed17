import { hasAnywhere } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import type { UseCase } from '../../platform/context.js';
import { DomainError, forbidden, notFound } from '../../platform/http/errors.js';
import { PARKING_READ, PARKING_REGISTER } from './parking.permissions.js';
import * as repo from './register.repo.js';

/** The refusal of a write that found the record changed since the caller read it. */
export const stale = (what: string) =>
  new DomainError('conflict', 'record.version_conflict', `the ${what} was changed by someone else; reload`);

/** A list needs the register's read somewhere (403 otherwise, e.g. a cleaner); rows are then narrowed to where it holds. */
export function mayList(ctx: UseCase): void {
  if (!hasAnywhere(ctx.actor.access, PARKING_READ)) throw forbidden(PARKING_READ);
}

/** A car park the caller may read (404 outside their offices, 403 inside without the permission). */
export async function loadCarPark(ctx: UseCase, id: string) {
  const found = await repo.findCarPark(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound('car_park');
  authorize(ctx.actor.access, PARKING_READ, found.officePath, 'car_park');
  return found;
}

/** A car park the caller may change (read first, so outsiders still get 404). */
export async function registerCarPark(ctx: UseCase, id: string) {
  const found = await loadCarPark(ctx, id);
  authorize(ctx.actor.access, PARKING_REGISTER, found.officePath, 'car_park');
  return found;
}

/** A parking space the caller may read, with its car park (scoped by the car park's office). */
export async function loadSpace(ctx: UseCase, id: string) {
  const space = await repo.findSpace(ctx.db, ctx.actor.tenantId, id);
  const found = space && (await repo.findCarPark(ctx.db, ctx.actor.tenantId, space.carParkId));
  if (!space || !found) throw notFound('parking_space');
  authorize(ctx.actor.access, PARKING_READ, found.officePath, 'parking_space');
  return { space, ...found };
}

/** A vehicle the caller may read (scoped by the office of the estate it is registered at). */
export async function loadVehicle(ctx: UseCase, id: string) {
  const found = await repo.findVehicle(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound('vehicle');
  authorize(ctx.actor.access, PARKING_READ, found.officePath, 'vehicle');
  return found;
}

/** Throws 403 unless the caller keeps the register where the record is (after a read that answered 404 outside). */
export function mayRegister(ctx: UseCase, officePath: string, what: string): void {
  authorize(ctx.actor.access, PARKING_REGISTER, officePath, what);
}
