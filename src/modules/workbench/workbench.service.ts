import { scopeOf } from '../../platform/authz/access.js';
import type { UseCase } from '../../platform/context.js';
import { WORKBENCH_FIGURES } from './workbench.permissions.js';

/**
 * The home page's workbench: every module's to-dos for the caller (those with nothing waiting left out) and, for
 * heads of office and HQ, every module's key figures over the nodes they head. Each module counts its own records.
 */
export async function workbench(ctx: UseCase) {
  const todos = [];
  const figures = [];
  const figureScope = scopeOf(ctx.actor.access, WORKBENCH_FIGURES);
  for (const m of ctx.modules.modules) {
    if (m.todos) for (const t of await m.todos(ctx)) if (t.count > 0) todos.push({ module: m.name, ...t });
    if (m.figures && figureScope.length) for (const f of await m.figures(ctx, figureScope)) figures.push({ module: m.name, ...f });
  }
  return { todos, figures, asOf: ctx.clock.now().toISOString() };
}
