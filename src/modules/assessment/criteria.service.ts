import type { z } from 'zod';
import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import type { RecordRef } from '../../platform/modules.js';
import { ASSESSMENT_READ } from './assessment.permissions.js';
import { authorizeManage, readableNode } from './assessment.policy.js';
import * as repo from './assessment.repo.js';
import { criteriaProblem } from './assessment.rules.js';
import type * as s from './assessment.schemas.js';
import type { AssessmentCriteriaTable } from './assessment.tables.js';
import type { CriterionItem } from './assessment.types.js';

type Out = z.infer<typeof s.criteriaSchema>;

export const presentCriteria = (r: repo.CriteriaRow): Out => ({
  id: r.id,
  orgId: r.org_id,
  orgName: r.org_name,
  year: Number(r.year),
  items: JSON.parse(r.items) as CriterionItem[],
  setByName: r.set_by_name,
  setAt: r.set_at,
  version: Number(r.version),
});

/** The criteria in force at a node path for a year: the node's own, else the nearest superior's that set some. */
export async function criteriaInForce(ctx: UseCase, path: string, year: number): Promise<repo.CriteriaRow | undefined> {
  const all = await repo.criteriaOfYear(ctx.db, ctx.actor.tenantId, year);
  return all.filter((c) => path.startsWith(c.path)).sort((a, b) => b.path.length - a.path.length)[0];
}

/** The assessment criteria in force at a node for a year (考核标准, A1.6), to every reader there. */
export async function getCriteria(ctx: UseCase, orgId: string, year: number): Promise<z.infer<typeof s.criteriaAnswer>> {
  const { node, mayManage } = await readableNode(ctx, orgId);
  const c = await criteriaInForce(ctx, node.path, year);
  return { mayManage, criteria: c ? presentCriteria(c) : null, inherited: Boolean(c && c.org_id !== node.id) };
}

/** One criteria set; the history reader of `assessment_criteria`. */
export async function readCriteria(ctx: UseCase, id: string): Promise<Out> {
  const r = await repo.findCriteria(ctx.db, ctx.actor.tenantId, id);
  if (!r) throw notFound('assessment_criteria');
  authorize(ctx.actor.access, ASSESSMENT_READ, r.path, 'assessment_criteria');
  return presentCriteria(r);
}

/**
 * Criteria sets named on other pages (`recordRefs`: the set a year-end assessment was scored by, in its history) by
 * their node and year, as the criteria page heads them; no page of one set to link to.
 */
export async function criteriaRefs(ctx: UseCase, ids: readonly string[]): Promise<Map<string, RecordRef>> {
  const rows = await repo.criteriaByIds(ctx.db, ctx.actor.tenantId, ids);
  return new Map(rows.map((r) => [r.id, { label: `${r.org_name} ${r.year}`, path: null }]));
}

/**
 * Sets a node's criteria for a year (制定考核奖惩标准, A1.6): items with weights adding up to 100. Setting them again
 * replaces them; an assessment already saved keeps the criteria it was scored by.
 */
export async function setCriteria(ctx: UseCase, body: z.infer<typeof s.criteriaBody>): Promise<Out> {
  const { node } = await readableNode(ctx, body.orgId);
  authorizeManage(ctx, node.path, 'assessment_criteria');
  const items = body.items.map((i) => ({ name: i.name.trim(), weight: i.weight, description: i.description }));
  const problem = criteriaProblem(items);
  if (problem) throw fieldError('unprocessable', problem.code, problem.field, problem.message);
  const t = ctx.actor.tenantId;
  const id = await inTransaction(ctx, async (tx) => {
    const before = (await repo.criteriaOfYear(tx.db, t, body.year)).find((c) => c.org_id === node.id);
    const row: AssessmentCriteriaTable = {
      tenant_id: t,
      id: before?.id ?? newId(),
      org_id: node.id,
      year: body.year,
      items: JSON.stringify(items),
      set_by: tx.actor.userId!,
      set_at: tx.now,
      version: before ? Number(before.version) + 1 : 1,
    };
    if (before) {
      // the version seen is compared here, not in SQL: one past the column's range would fail PostgreSQL's query
      const stored = Number(before.version);
      if ((body.version ?? stored) !== stored || !(await repo.updateCriteria(tx.db, row, stored)))
        throw new DomainError('conflict', 'record.version_conflict', 'the criteria were changed meanwhile; reload');
    } else await repo.insertCriteria(tx.db, row);
    const { tenant_id: _t, ...after } = row;
    await tx.audit({
      action: before ? 'assessment_criteria.reset' : 'assessment_criteria.set',
      entity: 'assessment_criteria',
      entityId: row.id,
      ...(before ? { before: { items: before.items, set_by: before.set_by } } : {}),
      after,
    });
    return row.id;
  });
  return readCriteria(ctx, id);
}
