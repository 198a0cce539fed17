import type { ModuleManifest } from './modules.js';
import { personFiguresOf } from './modules.js';

/** What one part of a larger module adds (its own routes, readers, jobs…); `composeModule` joins the parts. */
export type ModulePart = Omit<ModuleManifest, 'name' | 'clauses' | 'migrations' | 'permissions' | 'roleDefaults' | 'subscriptions'>;

/**
 * One manifest from a module's base (name, clauses, tables, permissions) and its parts, so a module with several
 * records (property fees: standards, bills, desk, bank, arrears) keeps one file per part instead of one long list.
 * Lists are joined in part order, abilities merged, demos run one after another.
 */
export function composeModule(base: Omit<ModuleManifest, keyof ModulePart>, parts: readonly ModulePart[]): ModuleManifest {
  const all = <T>(pick: (p: ModulePart) => readonly T[] | undefined): T[] => parts.flatMap((p) => pick(p) ?? []);
  const withTodos = parts.filter((p) => p.todos);
  const withFigures = parts.filter((p) => p.figures);
  const withDemo = parts.filter((p) => p.demo);
  const withAbilities = parts.filter((p) => p.abilities);
  const withCollections = parts.filter((p) => p.collections);
  const withPersonFigures = parts.filter((p) => p.personFigures);
  return {
    ...base,
    routes: (app) => {
      for (const p of parts) p.routes?.(app);
    },
    jobKinds: all((p) => p.jobKinds),
    monitors: all((p) => p.monitors),
    enforced: all((p) => p.enforced),
    provided: all((p) => p.provided),
    uniqueRules: all((p) => p.uniqueRules),
    historyReaders: Object.assign({}, ...parts.map((p) => p.historyReaders ?? {})),
    recordRefs: Object.assign({}, ...parts.map((p) => p.recordRefs ?? {})),
    // each part's flags from the grants where that part's work is done
    abilities: withAbilities.length
      ? async (access, ctx, at) =>
          Object.assign({}, ...(await Promise.all(withAbilities.map((p) => p.abilities?.(p.runsAt ? at(p.runsAt) : access, ctx, at)))))
      : undefined,
    todos: withTodos.length ? async (ctx) => (await Promise.all(withTodos.map((p) => p.todos?.(ctx) ?? []))).flat() : undefined,
    figures: withFigures.length
      ? async (ctx, scope) => (await Promise.all(withFigures.map((p) => p.figures?.(ctx, scope) ?? []))).flat()
      : undefined,
    collections: withCollections.length
      ? async (ctx, q) => (await Promise.all(withCollections.map((p) => p.collections?.(ctx, q) ?? []))).flat()
      : undefined,
    personFigures: withPersonFigures.length ? (ctx, q) => personFiguresOf(withPersonFigures, ctx, q) : undefined,
    demo: withDemo.length
      ? async (ctx) => {
          let made = 0;
          for (const p of withDemo) made += (await p.demo?.(ctx)) ?? 0;
          return made;
        }
      : undefined,
  };
}
