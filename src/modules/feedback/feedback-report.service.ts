import { scopeOf } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import type { UseCase } from '../../platform/context.js';
import { DomainError } from '../../platform/http/errors.js';
import { monthBounds } from '../../platform/months.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import { loadVisibleOrg } from '../orgs/org.service.js';
import { FEEDBACK_READ } from './feedback.permissions.js';
import * as repo from './feedback.repo.js';
import { feedbackReport, quarterMonths, quarterOf } from './feedback.rules.js';

/** The subtrees a report covers: the chosen node (checked) or every node where the caller reads feedback. */
async function readScope(ctx: UseCase, orgId: string | undefined) {
  if (orgId) {
    const node = await loadVisibleOrg(ctx, orgId);
    authorize(ctx.actor.access, FEEDBACK_READ, node.path, 'org');
    return { scope: [node.path], node };
  }
  const scope = scopeOf(ctx.actor.access, FEEDBACK_READ);
  if (!scope.length) throw new DomainError('forbidden', 'auth.forbidden', `missing permission ${FEEDBACK_READ}`);
  return { scope, node: undefined };
}

const thisMonth = async (ctx: UseCase) => businessDate(ctx.clock.now().toISOString(), await tenantZone(ctx)).slice(0, 7);

/** A month's feedback at a node's subtree (A4.5): received by kind and channel, first-reply and outcome times, satisfaction. */
export async function monthReport(ctx: UseCase, q: { month?: string | undefined; orgId?: string | undefined }) {
  const { scope, node } = await readScope(ctx, q.orgId);
  const month = q.month ?? (await thisMonth(ctx));
  const rows = await repo.reportRows(ctx.db, ctx.actor.tenantId, scope, monthBounds(month, await tenantZone(ctx)));
  return { month, orgId: node?.id ?? null, orgName: node?.name ?? null, ...feedbackReport(rows) };
}

/** The suggestions marked valuable in a quarter, with the departments they were forwarded to and their answers. */
export async function valuableSuggestions(ctx: UseCase, q: { quarter?: string | undefined; orgId?: string | undefined }) {
  const { scope } = await readScope(ctx, q.orgId);
  const quarter = q.quarter ?? quarterOf(await thisMonth(ctx));
  const zone = await tenantZone(ctx);
  const [first, , last] = quarterMonths(quarter);
  const items = await repo.valuableSuggestions(ctx.db, ctx.actor.tenantId, scope, {
    from: monthBounds(first, zone).from,
    to: monthBounds(last, zone).to,
  });
  const forwards = await repo.listForwards(
    ctx.db,
    ctx.actor.tenantId,
    items.map((i) => i.feedback.id),
  );
  return {
    quarter,
    items: items.map((l) => ({
      id: l.feedback.id,
      number: l.feedback.number,
      officeId: l.feedback.officeId,
      officeName: l.officeName,
      customerName: l.feedback.customerName,
      content: l.feedback.content,
      state: l.feedback.state,
      receivedAt: l.feedback.receivedAt,
      forwards: forwards
        .filter((w) => w.forward.feedbackId === l.feedback.id)
        .map((w) => ({
          nodeId: w.forward.nodeId,
          nodeName: w.nodeName,
          sentAt: w.forward.sentAt,
          answer: w.forward.answer,
          answeredAt: w.forward.answeredAt,
        })),
    })),
  };
}
