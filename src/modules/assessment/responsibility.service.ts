import type { z } from 'zod';
import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { ASSESSMENT_READ } from './assessment.permissions.js';
import { managedPerson, readableNode, todayOf } from './assessment.policy.js';
import * as repo from './assessment.repo.js';
import type * as s from './assessment.schemas.js';
import type { PostResponsibilityTable } from './assessment.tables.js';

type Out = z.infer<typeof s.responsibilitySchema>;

export const presentResponsibility = (r: repo.ResponsibilityRow): Out => ({
  id: r.id,
  userId: r.user_id,
  userName: r.user_name,
  postTitle: r.post_title,
  duties: r.duties,
  postedOn: r.posted_on,
  postedByName: r.posted_by_name,
  postedAt: r.posted_at,
  version: Number(r.version),
});

/** The staff of a node (its subtree) with the responsibility in force of each (岗位职责, A1.6): every reader sees them. */
export async function listStaff(ctx: UseCase, orgId: string): Promise<z.infer<typeof s.staffList>> {
  const { node, mayManage } = await readableNode(ctx, orgId);
  const staff = await repo.staffUnder(ctx.db, ctx.actor.tenantId, node.path);
  const posted = new Map(
    (
      await repo.responsibilitiesOf(
        ctx.db,
        ctx.actor.tenantId,
        staff.map((p) => p.id),
      )
    ).map((r) => [r.user_id, r]),
  );
  return {
    mayManage,
    items: staff.map((p) => {
      const r = posted.get(p.id);
      return {
        userId: p.id,
        name: p.display_name,
        orgId: p.org_id,
        orgName: p.org_name,
        responsibility: r ? presentResponsibility(r) : null,
      };
    }),
  };
}

/** One responsibility; the history reader of `post_responsibility`. */
export async function readResponsibility(ctx: UseCase, id: string): Promise<Out> {
  const r = await repo.findResponsibility(ctx.db, ctx.actor.tenantId, id);
  if (!r) throw notFound('post_responsibility');
  authorize(ctx.actor.access, ASSESSMENT_READ, r.path, 'post_responsibility');
  return presentResponsibility(r);
}

/**
 * Posts a staff member's responsibilities (明确工作人员的岗位责任, A1.6): the post, its duties and the day posted.
 * Posting again replaces the one in force; the audit keeps every earlier version.
 */
export async function postResponsibility(ctx: UseCase, body: z.infer<typeof s.responsibilityBody>): Promise<Out> {
  const person = await managedPerson(ctx, body.userId, 'post_responsibility');
  if (body.postedOn > (await todayOf(ctx)))
    throw fieldError('unprocessable', 'assessment.date_in_future', 'postedOn', 'the day posted cannot be still to come');
  const t = ctx.actor.tenantId;
  const id = await inTransaction(ctx, async (tx) => {
    const [before] = await repo.responsibilitiesOf(tx.db, t, [person.id]);
    const row: PostResponsibilityTable = {
      tenant_id: t,
      id: before?.id ?? newId(),
      user_id: person.id,
      org_id: person.org_id,
      post_title: body.postTitle,
      duties: body.duties,
      posted_on: body.postedOn,
      posted_by: tx.actor.userId!,
      posted_at: tx.now,
      version: before ? Number(before.version) + 1 : 1,
    };
    if (before) {
      // the version seen is compared here, not in SQL: one past the column's range would fail PostgreSQL's query
      const stored = Number(before.version);
      if ((body.version ?? stored) !== stored || !(await repo.updateResponsibility(tx.db, row, stored)))
        throw new DomainError('conflict', 'record.version_conflict', 'the responsibility was posted anew meanwhile; reload');
    } else await repo.insertResponsibility(tx.db, row);
    const { tenant_id: _t, ...after } = row;
    const old = before
      ? { post_title: before.post_title, duties: before.duties, posted_on: before.posted_on, posted_by: before.posted_by }
      : undefined;
    await tx.audit({
      action: before ? 'post_responsibility.repost' : 'post_responsibility.post',
      entity: 'post_responsibility',
      entityId: row.id,
      ...(old ? { before: old } : {}),
      after,
    });
    return row.id;
  });
  return readResponsibility(ctx, id);
}
