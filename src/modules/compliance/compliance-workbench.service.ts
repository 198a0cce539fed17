import { intersectScopes, minimalPrefixes, scopeOf } from '../../platform/authz/access.js';
import type { UseCase } from '../../platform/context.js';
import type { Figure, Todo } from '../../platform/modules.js';
import type { Monitor, MonitorScope } from '../../platform/monitors/monitor.types.js';
import { COMPLIANCE_READ } from './compliance.permissions.js';

const scopeAt = (path: string): MonitorScope => ({ path, nodeId: path.split('/').filter(Boolean).at(-1)! });

async function countOver(ctx: UseCase, monitor: Monitor, paths: readonly string[]) {
  let n = 0;
  for (const p of paths) n += await monitor.count(ctx, scopeAt(p));
  return n;
}

/**
 * Breaches the caller answers for: each monitor's current breaches in the nodes where the caller holds the role
 * the monitor names as responsible (and may read the compliance view, where the breach list is).
 */
export async function breachTodos(ctx: UseCase): Promise<Todo[]> {
  const { access } = ctx.actor;
  const readable = scopeOf(access, COMPLIANCE_READ);
  if (!readable.length) return [];
  const out: Todo[] = [];
  for (const m of ctx.modules.monitors) {
    const held = minimalPrefixes(access.grants.filter((g) => g.roleCode === m.responsibleRole).map((g) => g.orgPath));
    const paths = intersectScopes(held, readable);
    if (!paths.length) continue;
    out.push({
      key: 'compliance.breaches',
      count: await countOver(ctx, m, paths),
      link: `/compliance/${encodeURIComponent(m.id)}`,
      severity: 'danger',
      subject: m.title,
    });
  }
  return out;
}

/** Every monitor's breaches now, added up, over the subtrees where the caller reads the compliance view. */
export async function breachFigures(ctx: UseCase, scope: readonly string[]): Promise<Figure[]> {
  const within = intersectScopes(scope, scopeOf(ctx.actor.access, COMPLIANCE_READ));
  if (!within.length) return [];
  let total = 0;
  for (const m of ctx.modules.monitors) total += await countOver(ctx, m, within);
  return [{ key: 'compliance.breaches', unit: 'count', value: total, link: '/compliance' }];
}
