import { type Access, allowsAt, hasAnywhere, scopeOf, within } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import type { UseCase } from '../../platform/context.js';
import { DomainError, fieldError } from '../../platform/http/errors.js';
import * as estates from '../estates/estate.repo.js';
import { rootOrg } from '../orgs/org.service.js';
import { CLEANING_READ, CLEANING_STANDARDS } from './cleaning.permissions.js';
import type { ThresholdUnit } from './cleaning.types.js';

/**
 * Who reads an office's cleaning records: cleaning.read at the office, or inside it — the cleaner granted at the
 * office's 环境部 reads the checks and plans of the estates she cleans.
 */
export const mayReadAt = (access: Access, officePath: string) =>
  scopeOf(access, CLEANING_READ).some((p) => within(officePath, p) || within(p, officePath));

/** 404 outside the caller's nodes, 403 inside without cleaning.read, for a record of the office at `officePath`. */
export function authorizeRead(access: Access, officePath: string, what: string): void {
  if (!mayReadAt(access, officePath)) authorize(access, CLEANING_READ, officePath, what);
}

/** A library as the rules see it: the group's (estateId null, at the tenant root) or one estate's (at its office). */
export interface LibraryPlace {
  estateId: string | null;
  /** The node whose grants decide: the tenant root for the group's library, the estate's office for an estate's. */
  path: string;
}

/**
 * Where a library lives, for a caller who may read it: the group's for anyone holding cleaning.read somewhere (403
 * otherwise); an estate's with cleaning.read at its office (404 outside the caller's nodes, 403 inside without it).
 */
export async function readablePlace(ctx: UseCase, estateId: string | null): Promise<LibraryPlace> {
  if (estateId === null) {
    if (!hasAnywhere(ctx.actor.access, CLEANING_READ))
      throw new DomainError('forbidden', 'auth.forbidden', `missing permission ${CLEANING_READ}`);
    const root = await rootOrg(ctx);
    if (!root) throw new Error('the tenant has no root node');
    return { estateId: null, path: root.path };
  }
  const found = await estates.findEstate(ctx.db, ctx.actor.tenantId, estateId);
  if (!found) throw new DomainError('not_found', 'estate.not_found', 'estate not found');
  authorizeRead(ctx.actor.access, found.officePath, 'estate');
  return { estateId, path: found.officePath };
}

/** Whether the caller may change a library: cleaning.standards at the estate's office, or at the tenant root for the group's. */
export const mayEditLibrary = (ctx: UseCase, place: LibraryPlace) => allowsAt(ctx.actor.access, CLEANING_STANDARDS, place.path);

/** A library the caller may change (read first, so an estate outside their nodes answers 404, not 403). */
export async function writablePlace(ctx: UseCase, estateId: string | null): Promise<LibraryPlace> {
  const place = await readablePlace(ctx, estateId);
  if (!mayEditLibrary(ctx, place)) throw new DomainError('forbidden', 'auth.forbidden', `missing permission ${CLEANING_STANDARDS} here`);
  return place;
}

/** A numeric check has both its maximum and its unit; a check judged by eye, tissue or smell has neither. */
export function checkThreshold(t: { thresholdMax: number | null; thresholdUnit: ThresholdUnit | null }): void {
  if ((t.thresholdMax === null) !== (t.thresholdUnit === null))
    throw fieldError(
      'unprocessable',
      'cleaning_standard.threshold_unit',
      'thresholdUnit',
      'a maximum needs its unit, and a unit needs its maximum',
    );
}
