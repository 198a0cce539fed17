import { scopeOf } from '../../platform/authz/access.js';
import type { UseCase } from '../../platform/context.js';
import { DomainError, fieldError, forbidden, notFound } from '../../platform/http/errors.js';
import { mergePages } from '../../platform/monitors/monitor.sql.js';
import type { Breach, Monitor, MonitorScope } from '../../platform/monitors/monitor.types.js';
import { tenantZone } from '../../platform/tenancy.js';
import { periodBound } from '../../platform/time.js';
import { loadVisibleOrg } from '../orgs/org.service.js';
import { CLAUSES } from './clauses.data.js';
import { COMPLIANCE_READ } from './compliance.permissions.js';
import { clauseStatuses, periodProblem, readablePrefixes } from './compliance.rules.js';

/** What the page is asked: a node (or all of the caller's), and a period of business dates or none (now). */
export interface ComplianceQuery {
  org?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** The subtrees the caller reads compliance in: the node asked for (404 outside, 403 without the permission), or all of theirs. */
async function readScopes(ctx: UseCase, q: ComplianceQuery) {
  const bad = periodProblem(q.from, q.to);
  if (bad) throw fieldError('unprocessable', bad.code, bad.field, 'give both dates of the period, the first not after the last');
  const tz = await tenantZone(ctx);
  const period = q.from && q.to ? { from: periodBound(q.from, tz, 'from'), to: periodBound(q.to, tz, 'to') } : undefined;
  const scopeOfPath = (path: string): MonitorScope => ({ path, nodeId: path.split('/').filter(Boolean).at(-1)!, period });
  const asked = q.from && q.to ? { from: q.from, to: q.to } : null;
  const granted = scopeOf(ctx.actor.access, COMPLIANCE_READ);
  if (!q.org) {
    if (!granted.length) throw forbidden(COMPLIANCE_READ);
    return { org: null, period: asked, scopes: granted.map(scopeOfPath) };
  }
  const node = await loadVisibleOrg(ctx, q.org);
  const prefixes = readablePrefixes(node.path, granted);
  if (!prefixes.length) throw forbidden(COMPLIANCE_READ);
  return { org: { id: node.id, name: node.name }, period: asked, scopes: prefixes.map(scopeOfPath) };
}

async function countOver(ctx: UseCase, monitor: Monitor, scopes: MonitorScope[]): Promise<number> {
  let n = 0;
  for (const s of scopes) n += await monitor.count(ctx, s);
  return n;
}

/**
 * Every clause of the regulations for an org node (X5), as the module manifests cover it: the rules the server
 * enforces (it refuses the breach), the monitors' live status (✓, or ✗ with the breach count), the features that
 * fulfil it, or not yet covered. With a period, monitors of dated breaches (missed deadlines) count the ones of that period.
 */
export async function compliancePage(ctx: UseCase, q: ComplianceQuery) {
  const { org, period, scopes } = await readScopes(ctx, q);
  const counts = [];
  for (const m of ctx.modules.monitors)
    counts.push({
      id: m.id,
      clauseId: m.clauseId,
      title: m.title,
      count: await countOver(ctx, m, scopes),
      periodic: Boolean(period && m.periodic),
    });
  return {
    org,
    period,
    checkedAt: ctx.clock.now().toISOString(),
    clauses: clauseStatuses(CLAUSES, counts, ctx.modules.enforced, ctx.modules.provided),
  };
}

/** The current breaches of one monitor for an org node, a page at a time, each linking to its record. */
export async function monitorBreaches(ctx: UseCase, monitorId: string, q: ComplianceQuery, page: number, pageSize: number) {
  const monitor = ctx.modules.monitors.find((m) => m.id === monitorId);
  if (!monitor) throw notFound('monitor');
  const { org, period, scopes } = await readScopes(ctx, q);
  const window = { limit: pageSize, offset: (page - 1) * pageSize };
  let items: Breach[];
  if (scopes.length === 1) items = await monitor.list(ctx, scopes[0]!, window);
  else {
    const parts: Breach[][] = [];
    for (const s of scopes) parts.push(await monitor.list(ctx, s, { limit: window.offset + window.limit, offset: 0 }));
    items = mergePages(parts, window);
  }
  const clause = CLAUSES.find((c) => c.id === monitor.clauseId);
  if (!clause) throw new DomainError('conflict', 'monitor.unknown_clause', `monitor ${monitor.id} checks an unknown clause`);
  return {
    org,
    period,
    monitor: {
      id: monitor.id,
      clauseId: monitor.clauseId,
      title: monitor.title,
      clauseTitle: clause.title,
      periodic: Boolean(period && monitor.periodic),
    },
    items,
    total: await countOver(ctx, monitor, scopes),
    page,
    pageSize,
  };
}
