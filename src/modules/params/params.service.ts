import { allowsAt } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type UseCase } from '../../platform/context.js';
import { fieldError } from '../../platform/http/errors.js';
import { ancestorsOf, loadVisibleOrg, pathIds } from '../orgs/org.service.js';
import { type ParamKey, paramDef } from './params.catalog.js';
import { PARAMS_MANAGE } from './params.permissions.js';
import * as repo from './params.repo.js';
import { type ResolvedParam, refuseValue, resolveParam, resolveParams } from './params.rules.js';

async function resolveAt(ctx: UseCase, orgPath: string): Promise<(ResolvedParam & { sourceOrgName: string | null })[]> {
  const ancestors = await ancestorsOf(ctx, orgPath);
  const ids = ancestors.map((a) => a.id);
  const resolved = resolveParams(ids, await repo.overridesOnPath(ctx.db, ctx.actor.tenantId, ids));
  return resolved.map((p) => ({ sourceOrgName: ancestors.find((a) => a.id === p.sourceOrgId)?.name ?? null, ...p }));
}

/** The parameters at a node as the caller sees them: each with whether the caller may set it there. */
async function presentAt(ctx: UseCase, orgPath: string) {
  const edit = allowsAt(ctx.actor.access, PARAMS_MANAGE, orgPath);
  return (await resolveAt(ctx, orgPath)).map((p) => ({ abilities: { edit }, ...p }));
}

/** Every parameter at a node: its value, where it comes from, the clause's default. */
export async function getParams(ctx: UseCase, orgId: string) {
  const node = await loadVisibleOrg(ctx, orgId);
  return presentAt(ctx, node.path);
}

/** The value of one parameter in force at a node — what monitors and rules read. */
export async function paramAt(ctx: UseCase, orgPath: string, key: ParamKey): Promise<number> {
  // the path names the node's ancestors root first: no need to read them
  const ids = pathIds(orgPath);
  return resolveParam(paramDef(key), ids, await repo.overridesOnPath(ctx.db, ctx.actor.tenantId, ids)).value;
}

/** Sets (or with null, clears) a node's own value for a parameter; audited. */
export async function setParam(ctx: UseCase, orgId: string, key: ParamKey, value: number | null) {
  return inTransaction(ctx, async (tx) => {
    const node = await loadVisibleOrg(tx, orgId);
    authorize(tx.actor.access, PARAMS_MANAGE, node.path, 'org');
    if (value !== null) {
      const refusal = refuseValue(paramDef(key), value);
      if (refusal) {
        const d = paramDef(key);
        throw fieldError('unprocessable', refusal, 'value', `${key} must be a whole number from ${d.min} to ${d.max}`);
      }
    }
    const before = (await resolveAt(tx, node.path)).find((p) => p.key === key)!;
    await repo.upsertOverride(tx.db, tx.actor.tenantId, node.id, key, value, tx.now, tx.actor.userId);
    await tx.audit({
      action: value === null ? 'params.reset' : 'params.set',
      entity: 'org',
      entityId: node.id,
      before: { key, value: before.value, ownValue: before.ownValue },
      after: { key, ownValue: value },
    });
    return presentAt(tx, node.path);
  });
}
