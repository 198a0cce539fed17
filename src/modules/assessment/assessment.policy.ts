import { type Access, allowsAt, decide } from '../../platform/authz/access.js';
import type { UseCase } from '../../platform/context.js';
import { fieldError, forbidden, notFound } from '../../platform/http/errors.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import { loadVisibleOrg } from '../orgs/org.service.js';
import { ASSESSMENT_MANAGE, ASSESSMENT_READ } from './assessment.permissions.js';
import { findPerson } from './assessment.repo.js';

/** Whether the caller posts, sets, records and assesses for the staff at `path`. */
export const mayManageAt = (access: Access, path: string): boolean => allowsAt(access, ASSESSMENT_MANAGE, path);

/** A node the caller reads the assessment of: 404 when they cannot see it, 403 without assessment.read there. */
export async function readableNode(ctx: UseCase, orgId: string) {
  const node = await loadVisibleOrg(ctx, orgId);
  if (!allowsAt(ctx.actor.access, ASSESSMENT_READ, node.path)) throw forbidden(ASSESSMENT_READ);
  return { node, mayManage: mayManageAt(ctx.actor.access, node.path) };
}

/**
 * A person's own records (rewards, penalties, the year-end assessment) are read by whoever manages where the person
 * works, and by the person themself with assessment.read there; anyone else who can see the node gets 403, others 404.
 */
export function authorizePersonal(ctx: UseCase, person: { userId: string; path: string }, what: string): void {
  const a = ctx.actor.access;
  if (mayManageAt(a, person.path)) return;
  if (person.userId === ctx.actor.userId && allowsAt(a, ASSESSMENT_READ, person.path)) return;
  if (decide(a, ASSESSMENT_READ, person.path) === 'not_found') throw notFound(what);
  throw forbidden(ASSESSMENT_MANAGE);
}

/** Writing about a person: assessment.manage where they work (404 outside what the caller sees, 403 inside). */
export function authorizeManage(ctx: UseCase, path: string, what: string): void {
  const d = decide(ctx.actor.access, ASSESSMENT_MANAGE, path);
  if (d === 'not_found') throw notFound(what);
  if (d === 'forbidden') throw forbidden(ASSESSMENT_MANAGE);
}

/** Nobody records their own reward or penalty or assesses themself. */
export function refuseSelf(ctx: UseCase, userId: string): void {
  if (userId === ctx.actor.userId)
    throw fieldError('unprocessable', 'assessment.own_record', 'userId', 'you cannot record or assess for yourself');
}

/** The tenant's business date today. */
export async function todayOf(ctx: UseCase): Promise<string> {
  return businessDate(ctx.clock.now(), await tenantZone(ctx));
}

/** A staff member the caller manages: 404 when no such user or outside what they see, 403 without assessment.manage. */
export async function managedPerson(ctx: UseCase, userId: string, what: string) {
  const person = await findPerson(ctx.db, ctx.actor.tenantId, userId);
  if (!person) throw fieldError('not_found', `${what}.not_found`, 'userId', 'no such staff member');
  authorizeManage(ctx, person.path, what);
  return person;
}
