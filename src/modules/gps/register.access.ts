import { allowsAt, hasAnywhere } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import type { UseCase } from '../../platform/context.js';
import { DomainError, fieldError, forbidden, notFound } from '../../platform/http/errors.js';
import { loadVisibleOrg } from '../orgs/org.service.js';
import { GPS_READ, GPS_REGISTER } from './gps.permissions.js';
import * as repo from './register.repo.js';

/** The refusal of a write that found the record changed since the caller read it. */
export const stale = (what: string) =>
  new DomainError('conflict', 'record.version_conflict', `the ${what} was changed by someone else; reload`);

/** A list needs the register's read somewhere (403 otherwise, e.g. a cleaner); rows are then narrowed to where it holds. */
export function mayList(ctx: UseCase): void {
  if (!hasAnywhere(ctx.actor.access, GPS_READ)) throw forbidden(GPS_READ);
}

/** Throws 403 unless the caller keeps the register where the record is (after a read that answered 404 outside). */
export function mayRegister(ctx: UseCase, officePath: string, what: string): void {
  authorize(ctx.actor.access, GPS_REGISTER, officePath, what);
}

/** What the caller may do with a record of the register at `officePath`: the buttons the web shows. */
export const registerAbilities = (ctx: UseCase, officePath: string) => ({ register: allowsAt(ctx.actor.access, GPS_REGISTER, officePath) });

/**
 * The node that keeps a new record: the one named, or else the one node where the caller keeps the register (the GPS
 * department's manager has one); a caller keeping it at several must name it.
 */
export async function keepingOffice(ctx: UseCase, officeId: string | undefined): Promise<{ id: string; path: string }> {
  if (!officeId) {
    const nodes = [...new Set(ctx.actor.access.grants.filter((g) => g.permissions.includes(GPS_REGISTER)).map((g) => g.orgId))];
    if (nodes.length !== 1) {
      if (!hasAnywhere(ctx.actor.access, GPS_REGISTER)) throw forbidden(GPS_REGISTER);
      throw fieldError('unprocessable', 'gps.office_required', 'officeId', 'name the node that keeps the record');
    }
    officeId = nodes[0]!;
  }
  const node = await loadVisibleOrg(ctx, officeId);
  mayRegister(ctx, node.path, 'org');
  return { id: node.id, path: node.path };
}

const scoped =
  <T>(what: string, find: (ctx: UseCase, id: string) => Promise<(T & { officePath: string }) | undefined>) =>
  async (ctx: UseCase, id: string): Promise<T & { officePath: string }> => {
    const found = await find(ctx, id);
    if (!found) throw notFound(what);
    authorize(ctx.actor.access, GPS_READ, found.officePath, what);
    return found;
  };

/** Each record the caller may read (404 outside their nodes, 403 inside without the permission). */
export const loadCustomer = scoped('gps_customer', (ctx, id) => repo.findCustomer(ctx.db, ctx.actor.tenantId, id));
export const loadVehicle = scoped('gps_vehicle', (ctx, id) => repo.findVehicle(ctx.db, ctx.actor.tenantId, id));
export const loadProduct = scoped('gps_product', (ctx, id) => repo.findProduct(ctx.db, ctx.actor.tenantId, id));
export const loadTerminal = scoped('gps_terminal', (ctx, id) => repo.findTerminal(ctx.db, ctx.actor.tenantId, id));
export const loadSim = scoped('gps_sim', (ctx, id) => repo.findSim(ctx.db, ctx.actor.tenantId, id));
