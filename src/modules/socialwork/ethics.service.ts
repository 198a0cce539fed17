import type { z } from 'zod';
import { allowsAt, scopeOf } from '../../platform/authz/access.js';
import { inTransaction, type UseCase } from '../../platform/context.js';
import { fieldError, forbidden, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import { loadVisibleOrg } from '../orgs/org.service.js';
import * as repo from './activity.repo.js';
import type * as s from './activity.schemas.js';
import { authorizeRead, mayRunProjects } from './project.policy.js';
import { findProject, peopleHolding } from './project.repo.js';
import { SW_ETHICS, SW_EXECUTE, SW_READ } from './socialwork.permissions.js';
import type { SwEthicsEntryTable } from './socialwork.tables.js';

type EntryOut = z.infer<typeof s.ethicsEntrySchema>;

const present = (r: repo.EthicsRow): EntryOut => ({
  id: r.id,
  orgId: r.org_id,
  orgName: r.org_name,
  projectId: r.project_id,
  projectNumber: r.project_number,
  projectTitle: r.project_title,
  offeredTo: r.offered_to,
  offeredToName: r.offered_to_name,
  offeredBy: r.offered_by,
  offeredOn: r.offered_on,
  kind: r.kind,
  description: r.description,
  valueFen: r.value_fen === null ? null : Number(r.value_fen),
  declinedHow: r.declined_how,
  recordedByName: r.recorded_by_name,
  recordedAt: r.recorded_at,
});

/** The ethics register of the caller's centres and stations (A3.2), latest offer first. */
export async function listEthics(ctx: UseCase, q: z.infer<typeof s.ethicsListQuery>): Promise<z.infer<typeof s.ethicsList>> {
  const scope = scopeOf(ctx.actor.access, SW_READ);
  if (!scope.length) throw forbidden(SW_READ);
  const orgPath = q.orgId ? (await loadVisibleOrg(ctx, q.orgId)).path : undefined;
  const rows = await repo.listEthicsEntries(ctx.db, ctx.actor.tenantId, scope, { orgPath, from: q.from, to: q.to });
  return { items: rows.map(present) };
}

/** One entry; the history reader of `sw_ethics_entry`. */
export async function getEthicsEntry(ctx: UseCase, id: string): Promise<EntryOut> {
  const r = await repo.findEthicsEntry(ctx.db, ctx.actor.tenantId, id);
  if (!r) throw notFound('sw_ethics_entry');
  authorizeRead(ctx.actor.access, r.org_path, 'sw_ethics_entry');
  return present(r);
}

/**
 * Records a gift, payment, loan or benefit offered to a social worker and how it was declined (A3.2: 不得向服务对象
 * 收取报酬、接受服务对象的捐赠…). The social worker is one of the node's; the project, when named, is the node's.
 * Entries are final: the register is a record of what happened, so a mistake is corrected by a further entry.
 */
export async function recordEthicsEntry(ctx: UseCase, body: z.infer<typeof s.ethicsCreateBody>): Promise<EntryOut> {
  const org = await loadVisibleOrg(ctx, body.orgId).catch(() => {
    throw fieldError('not_found', 'org.not_found', 'orgId', 'no such centre or station in your nodes');
  });
  if (!allowsAt(ctx.actor.access, SW_ETHICS, org.path)) throw forbidden(SW_ETHICS);
  if (!mayRunProjects(org.kind))
    throw fieldError('unprocessable', 'socialwork.org_not_centre', 'orgId', 'the register is kept by a centre or a station');
  const t = ctx.actor.tenantId;
  const workers = await peopleHolding(ctx.db, t, [SW_EXECUTE]);
  if (!workers.some((w) => w.id === body.offeredTo && w.homePath.startsWith(org.path)))
    throw fieldError('unprocessable', 'socialwork.person_outside', 'offeredTo', 'not a social worker of this centre or station');
  if (body.projectId) {
    const p = await findProject(ctx.db, t, body.projectId);
    if (!p?.orgPath.startsWith(org.path))
      throw fieldError('not_found', 'socialwork.project_outside', 'projectId', 'no such project of this centre or station');
  }
  const id = await inTransaction(ctx, async (tx) => {
    if (body.offeredOn > businessDate(new Date(tx.now), await tenantZone(tx)))
      throw fieldError('unprocessable', 'socialwork.offered_in_future', 'offeredOn', 'the day it was offered cannot be still to come');
    const row: SwEthicsEntryTable = {
      tenant_id: t,
      id: newId(),
      org_id: org.id,
      project_id: body.projectId,
      offered_to: body.offeredTo,
      offered_by: body.offeredBy,
      offered_on: body.offeredOn,
      kind: body.kind,
      description: body.description,
      value_fen: body.valueFen,
      declined_how: body.declinedHow,
      recorded_by: tx.actor.userId!,
      recorded_at: tx.now,
    };
    await repo.insertEthicsEntry(tx.db, row);
    const { tenant_id: _t, ...after } = row;
    await tx.audit({ action: 'sw_ethics_entry.record', entity: 'sw_ethics_entry', entityId: row.id, after });
    return row.id;
  });
  return getEthicsEntry(ctx, id);
}
