import type { Access } from './authz/access.js';
import type { PermissionDef, RoleDefaults } from './authz/permissions.js';
import { BUILTIN_ROLES, type BuiltinRoleCode } from './authz/permissions.js';
import type { UseCase } from './context.js';
import type { MigrationSet } from './db/migrator.js';
import type { OrgKind } from './db/schema.js';
import type { UniqueRule } from './db/unique-rules.js';
import type { EventHandler, EventType, Subscriptions } from './events.js';
import type { App } from './http/types.js';
import type { JobKind } from './jobs/job.types.js';
import type { Monitor } from './monitors/monitor.types.js';

/** How to check the caller may read one record (throwing 404/403 as the record's own read would). */
export type HistoryReader = (ctx: UseCase, id: string) => Promise<unknown>;

/**
 * What the reader of an entity hands back, for the entities other modules use (a unit of the estate register on an
 * order): each module adds its own by declaration merging, as `DomainEvents`, so `readRecord` returns it typed and
 * the module using it never imports the module that owns it.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by the modules' declaration merging
export interface RecordViews {}

/**
 * How a page of another module names one record it points to (an infusion visit's patient and physician order): the
 * record's label, what it lists beside it, and where the caller opens it.
 */
export interface RecordRef {
  /** What people call the record: a patient's name, a physician order's number. */
  label: string;
  /** What the record lists beside its label (a physician order's drugs), shown after it; absent when nothing. */
  contents?: string[];
  /** The web page of the record, only when the caller may read it there; otherwise the label is shown without a link. */
  path: string | null;
}

/**
 * Names records of one entity by id for the caller, in one query for all of them (a page of orders never asks once per
 * record); an id of no record of the tenant is left out.
 */
export type RefResolver = (ctx: UseCase, ids: readonly string[]) => Promise<ReadonlyMap<string, RecordRef>>;

/** The readers of entities with a view must return that view; any other entity's reader returns what it likes. */
type TypedReaders = { readonly [K in keyof RecordViews]?: (ctx: UseCase, id: string) => Promise<RecordViews[K]> };

/** A rule the server enforces for a clause: it refuses the breach (named by its error code) and a test shows it. */
export interface EnforcedRule {
  clauseId: string;
  /** The refusal's stable problem+json code, e.g. `order.payment_not_total`. */
  code: string;
  /** One line in English; the web shows the translated `compliance:rules.<code>` key. */
  description: string;
  /** The test that shows the refusal, as a path from the repository root. */
  test: string;
}

/**
 * A feature that fulfils a clause which no refusal or monitor expresses: every record's history (X1), the printed
 * forms (X3), the compliance page itself (X5), the ethics register (A3.2).
 */
export interface ProvidedFeature {
  clauseId: string;
  /** `<module>.<feature>`; the web shows the translated `compliance:features.<key>`. */
  key: string;
  /** One line in English. */
  description: string;
  /** The test that shows the feature at work, as a path from the repository root; it names the clause. */
  test: string;
}

/**
 * Something the caller has to act on, counted (issue 9 item 7): the home page shows it as a card with the count,
 * linking to the list that shows the same records. Only what the caller may act on, in the nodes where they may.
 */
export interface Todo {
  /** `<module>.<what>`, e.g. `orders.toAssign`; the web names it `<namespace>:todos.<what>`. */
  key: string;
  count: number;
  /** The web path of the list that shows these records, e.g. `/orders?state=confirmed`. */
  link: string;
  /** `danger` for a breach of a clause, `warning` for something overdue; absent for ordinary work. */
  severity?: 'warning' | 'danger';
  /** The money involved, in fen (cash to hand over, remittances to confirm). */
  amountFen?: number;
  /** What the to-do is about when the key alone does not say (the clause a breach breaks), in both languages. */
  subject?: { 'zh-CN': string; en: string };
}

/** A key figure for heads of office and HQ: a count, an amount in fen or a rate in permille, optionally by month. */
export interface Figure {
  /** `<module>.<what>`; the web names it `<namespace>:figures.<what>`. */
  key: string;
  unit: 'count' | 'fen' | 'permille';
  /** Null when there is nothing to measure (a rate of a month nobody was reached in). */
  value: number | null;
  link?: string;
  /** The last months, oldest first (`YYYY-MM`), for a chart. */
  series?: { month: string; value: number | null }[];
}

/**
 * What one person did in a period by one module's records, for their year-end assessment (A1.6): training hours,
 * meetings attended, overdue action items, duty logs, the satisfaction of their orders, their cleaning checks' pass rate.
 */
export interface PersonFigure {
  /** `<module>.<what>`; the web names it `<namespace>:personFigures.<what>`. */
  key: string;
  /** `minutes` are shown as hours; `permille` as a percentage. */
  unit: 'count' | 'minutes' | 'permille';
  /** Null when there is nothing to measure (a rate over no checks). */
  value: number | null;
  /** Which way is good: overdue items are better fewer. Absent when neither (days on duty). */
  better?: 'higher' | 'lower';
}

/** The people and the business dates (`YYYY-MM-DD`, inclusive, in the tenant's zone) a person's figures cover. */
export interface PersonFigureQuery {
  userIds: readonly string[];
  from: string;
  to: string;
}

/**
 * Everything one module adds to the server, gathered in one object (issue 9). The tables a module owns are
 * declared in its `*.tables.ts`, which adds them to the platform's `Database` interface by declaration
 * merging, so the platform never imports a module.
 */
export interface ModuleManifest {
  name: string;
  /** Clause ids of ../shared/spec/regulations.md the module implements (a test checks each exists there). */
  clauses: readonly string[];
  migrations?: readonly MigrationSet[];
  permissions?: readonly PermissionDef[];
  /** What each built-in role gets of this module's permissions. */
  roleDefaults?: RoleDefaults;
  /** Registers the module's hooks and routes. */
  routes?: (app: App) => void;
  jobKinds?: readonly JobKind[];
  monitors?: readonly Monitor[];
  /** Clause rules the server enforces by refusing the breach. */
  enforced?: readonly EnforcedRule[];
  /** Features that fulfil a clause no refusal or monitor expresses. */
  provided?: readonly ProvidedFeature[];
  /** A reader for every entity the module writes to the audit log, keyed by the entity name. */
  historyReaders?: TypedReaders & Readonly<Record<string, HistoryReader>>;
  /** What the module's business-rule unique indexes answer when a write runs into one. */
  uniqueRules?: readonly UniqueRule[];
  /**
   * How the module names its records to other modules' pages, keyed by entity: an order type's detail that holds the
   * id of a record (`kind: 'ref'`) is shown by its label and linked to it, without the orders module importing this one.
   */
  recordRefs?: Readonly<Record<string, RefResolver>>;
  /** What the module does when another module publishes an event (inside the publisher's transaction). */
  subscriptions?: Subscriptions;
  /**
   * The kinds of node whose work the module's pages serve (estates and their fees: `office`). Its `abilities` are then
   * given only the caller's grants at, inside or above such a node: a cashier of a GPS department or a health centre,
   * who holds the fee permissions by role, is not offered a fee desk their unit does not run. Absent: every grant.
   */
  runsAt?: readonly OrgKind[];
  /**
   * Which parts of the web the caller may open (the menu's flags), from their access (narrowed by `runsAt`); `at`
   * narrows it for one flag of a module that runs in several kinds of unit (price lists: offices, stations, centres).
   */
  abilities?: (access: Access, ctx: UseCase, at: AccessAt) => Record<string, boolean> | Promise<Record<string, boolean>>;
  /** The caller's to-dos in this module (zero counts are dropped by the workbench). */
  todos?: (ctx: UseCase) => Promise<Todo[]>;
  /**
   * Key figures over `scope`, the subtrees where the caller sees key figures (heads of office and HQ); the module
   * narrows it further to where the caller may read its records.
   */
  figures?: (ctx: UseCase, scope: readonly string[]) => Promise<Figure[]>;
  /**
   * Each person's figures in a period from this module's records (A1.6), for whoever assesses them: the caller's
   * access was checked by the assessment; a module answers only for the given people, and may leave a person out.
   */
  personFigures?: (ctx: UseCase, q: PersonFigureQuery) => Promise<ReadonlyMap<string, readonly PersonFigure[]>>;
  /**
   * Money the module takes outside the orders (fees at the desk, parking charges at the gate) in an office's subtree
   * and a period, for the office's reconciliation: payments ↔ receipts ↔ custody ↔ remittances.
   */
  collections?: (ctx: UseCase, q: CollectionQuery) => Promise<CollectedPayment[]>;
  /** Adds the module's demo records (runs after the demo's org tree and users exist); returns how many it made. */
  demo?: (ctx: UseCase) => Promise<number>;
}

/** The caller's access narrowed to the grants at, inside or above a node of one of `kinds` (`accessNear`). */
export type AccessAt = (kinds: readonly OrgKind[]) => Access;

/** The office subtree (`officePath`) and the instants `[from, to)` a reconciliation covers. */
export interface CollectionQuery {
  officePath: string;
  from: string;
  to: string;
}

/** A payment a module took: its id (the receipt's and the cash holding's `payment_id`) and what people look it up by. */
export interface CollectedPayment {
  id: string;
  ref: string;
  amountFen: number;
  /** Cash, so it went into custody and must reach a remittance. */
  cash: boolean;
}

/** The modules' contributions, gathered once at start and handed to every use case in `AppDeps`. */
export interface ModuleRegistry {
  readonly modules: readonly ModuleManifest[];
  readonly migrations: readonly MigrationSet[];
  readonly permissions: readonly (PermissionDef & { module: string })[];
  readonly permissionCodes: readonly string[];
  readonly jobKinds: readonly JobKind[];
  readonly monitors: readonly Monitor[];
  readonly enforced: readonly (EnforcedRule & { module: string })[];
  readonly provided: readonly (ProvidedFeature & { module: string })[];
  /** For each audited entity, how to check the caller may read one record (history, and modules reading another's record). */
  readonly historyReaders: ReadonlyMap<string, HistoryReader>;
  readonly uniqueRules: readonly UniqueRule[];
  /** For each entity other modules point to, how to name its records for the caller (`resolveRefs`). */
  readonly refResolvers: ReadonlyMap<string, RefResolver>;
  /** Every module's payments outside the orders, for the reconciliation. */
  readonly collectionSources: readonly NonNullable<ModuleManifest['collections']>[];
  /** The handlers subscribed to one event type, in module-list order. */
  subscribers<K extends EventType>(type: K): readonly EventHandler<K>[];
  /** The permission set of each built-in role, gathered from every module (the administrator holds all). */
  builtinRolePermissions(): Record<BuiltinRoleCode, string[]>;
}

export class ModuleListError extends Error {}

function noDuplicates(what: string, names: readonly string[]): void {
  const seen = new Set<string>();
  for (const n of names) {
    if (seen.has(n)) throw new ModuleListError(`${what} ${n} is declared twice`);
    seen.add(n);
  }
}

/** Gathers the manifests; a name declared twice (module, permission, job kind, monitor, history or ref entity) is refused. */
export function gatherModules(list: readonly ModuleManifest[], platformMigrations: readonly MigrationSet[] = []): ModuleRegistry {
  noDuplicates(
    'module',
    list.map((m) => m.name),
  );
  const permissions = list.flatMap((m) => (m.permissions ?? []).map((p) => ({ ...p, module: m.name })));
  noDuplicates(
    'permission',
    permissions.map((p) => p.code),
  );
  const jobKinds = list.flatMap((m) => m.jobKinds ?? []);
  noDuplicates(
    'job kind',
    jobKinds.map((k) => k.kind),
  );
  const monitors = list.flatMap((m) => m.monitors ?? []);
  noDuplicates(
    'monitor',
    monitors.map((m) => m.id),
  );
  const readers = list.flatMap((m) => Object.entries(m.historyReaders ?? {}));
  noDuplicates(
    'history entity',
    readers.map(([entity]) => entity),
  );
  const refResolvers = list.flatMap((m) => Object.entries(m.recordRefs ?? {}));
  noDuplicates(
    'ref entity',
    refResolvers.map(([entity]) => entity),
  );
  const permissionCodes = permissions.map((p) => p.code);
  for (const m of list) {
    for (const [role, perms] of Object.entries(m.roleDefaults ?? {})) {
      if (!(role in BUILTIN_ROLES)) throw new ModuleListError(`${m.name} gives permissions to unknown role ${role}`);
      const unknown = (perms ?? []).find((p) => !permissionCodes.includes(p));
      if (unknown) throw new ModuleListError(`${m.name} gives ${role} the undeclared permission ${unknown}`);
    }
  }
  const subscribersByType = new Map<EventType, readonly unknown[]>();
  return {
    modules: list,
    migrations: [...platformMigrations, ...list.flatMap((m) => m.migrations ?? [])],
    permissions,
    permissionCodes,
    jobKinds,
    monitors,
    enforced: list.flatMap((m) => (m.enforced ?? []).map((r) => ({ ...r, module: m.name }))),
    provided: list.flatMap((m) => (m.provided ?? []).map((f) => ({ ...f, module: m.name }))),
    historyReaders: new Map(readers),
    uniqueRules: list.flatMap((m) => m.uniqueRules ?? []),
    refResolvers: new Map(refResolvers),
    collectionSources: list.flatMap((m) => (m.collections ? [m.collections] : [])),
    subscribers: <K extends EventType>(type: K) => {
      // asked at every published event (each order transition): gathered once per type
      let found = subscribersByType.get(type) as EventHandler<K>[] | undefined;
      if (!found) {
        found = list.flatMap((m) => (m.subscriptions?.[type] ? [m.subscriptions[type] as EventHandler<K>] : []));
        subscribersByType.set(type, found);
      }
      return found;
    },
    builtinRolePermissions() {
      const out = Object.fromEntries(Object.keys(BUILTIN_ROLES).map((c) => [c, [] as string[]])) as Record<BuiltinRoleCode, string[]>;
      for (const m of list) {
        for (const [role, perms] of Object.entries(m.roleDefaults ?? {}) as [BuiltinRoleCode, readonly string[]][])
          out[role].push(...perms);
      }
      out.system_admin = [...permissionCodes];
      return out;
    },
  };
}

/**
 * Checks the caller may read a record another module owns (404/403 as that module's own read would), through
 * the readers the manifests declare — so a module can guard on another's record without importing it. For an
 * entity with a view (`RecordViews`) it returns the view.
 */
export async function readRecord<E extends string>(
  ctx: UseCase,
  entity: E,
  id: string,
): Promise<E extends keyof RecordViews ? RecordViews[E] : unknown> {
  const read = ctx.modules.historyReaders.get(entity);
  if (!read) throw new ModuleListError(`no module reads ${entity} records`);
  return (await read(ctx, id)) as E extends keyof RecordViews ? RecordViews[E] : unknown;
}

/**
 * Names records of another module's entity for the caller (`RecordRef`: label, contents, and a link only where the
 * caller may read the record), through the resolvers the manifests declare, in one call for all the ids. An id that
 * names no record is missing from the answer; an entity no module names is a bug of the module list.
 */
export async function resolveRefs(ctx: UseCase, entity: string, ids: readonly string[]): Promise<ReadonlyMap<string, RecordRef>> {
  const resolve = ctx.modules.refResolvers.get(entity);
  if (!resolve) throw new ModuleListError(`no module names ${entity} records`);
  const unique = [...new Set(ids)];
  return unique.length ? resolve(ctx, unique) : new Map();
}

/** Every source's figures of the given people, joined per person in source order. */
export async function personFiguresOf(
  sources: readonly Pick<ModuleManifest, 'personFigures'>[],
  ctx: UseCase,
  q: PersonFigureQuery,
): Promise<Map<string, PersonFigure[]>> {
  const out = new Map<string, PersonFigure[]>();
  for (const source of sources) {
    const figures = (await source.personFigures?.(ctx, q)) ?? new Map();
    for (const [userId, list] of figures) out.set(userId, [...(out.get(userId) ?? []), ...list]);
  }
  return out;
}
