import type { z } from 'zod';
import { allowsAt, scopeOf, within } from '../../platform/authz/access.js';
import { inTransaction, systemActor, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, forbidden, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { loadVisibleOrg, rootOrg } from '../orgs/org.service.js';
import * as repo from './ledger-kind.repo.js';
import { checkKindFields, kindColumns, normaliseFields } from './ledger-kind.rules.js';
import { BUILTIN_KINDS } from './ledgers.builtins.js';
import { LEDGERS_DEFINE, LEDGERS_READ, LEDGERS_VOID, LEDGERS_WRITE } from './ledgers.permissions.js';
import type * as s from './ledgers.schemas.js';
import type { LedgerKindTable } from './ledgers.tables.js';
import type { LedgerField } from './ledgers.types.js';

type KindOut = z.infer<typeof s.kindSchema>;
type Place = { id: string; path: string };

export const parseFields = (json: string): LedgerField[] => JSON.parse(json) as LedgerField[];

/** Whether a kind at `kindPath` is kept by the station at `placePath`: its own, or one of a node above it (the root's). */
export const keptAt = (kindPath: string, placePath: string) => within(placePath, kindPath);

const present = (ctx: UseCase, k: repo.KindRow, places: readonly Place[]): KindOut => ({
  id: k.id,
  code: k.code,
  name: k.name,
  orgId: k.org_id,
  orgName: k.org_name,
  builtin: k.builtin === 1,
  version: k.version,
  fields: parseFields(k.fields),
  placeIds: places.filter((p) => keptAt(k.org_path, p.path)).map((p) => p.id),
  abilities: { edit: allowsAt(ctx.actor.access, LEDGERS_DEFINE, k.org_path) },
});

/**
 * Seeds the regulation's ledgers at the tenant's root when it has none (A1.4): they are data like a station's own
 * kinds, made by the system on the first look at the ledgers (a new tenant gets them without a step of its own).
 */
export async function ensureBuiltinKinds(ctx: UseCase): Promise<void> {
  const t = ctx.actor.tenantId;
  if ((await repo.builtinCount(ctx.db, t)) > 0) return;
  const root = await rootOrg(ctx);
  if (!root) return;
  try {
    await inTransaction({ ...ctx, actor: systemActor(t) }, async (tx) => {
      for (const b of BUILTIN_KINDS) {
        const row: LedgerKindTable = {
          tenant_id: t,
          id: newId(),
          org_id: root.id,
          code: b.code,
          name: b.name,
          builtin: 1,
          fields: JSON.stringify(b.fields),
          sort_order: b.sortOrder,
          created_at: tx.now,
          created_by: null,
          updated_at: tx.now,
          updated_by: null,
          version: 1,
        };
        await repo.insertKind(tx.db, row);
        await repo.insertKindVersion(tx.db, {
          tenant_id: t,
          kind_id: row.id,
          version: 1,
          name: b.name,
          fields: row.fields,
          created_at: tx.now,
          created_by: null,
        });
        const { tenant_id: _t, ...after } = row;
        // built in, said as yes or no in its history (not the column's 1)
        await tx.audit({ action: 'ledger_kind.seed', entity: 'ledger_kind', entityId: row.id, after: { ...after, builtin: true } });
      }
    });
  } catch (e) {
    // another request seeded them at the same moment: theirs stand
    if ((await repo.builtinCount(ctx.db, t)) === 0) throw e;
  }
}

/** The stations whose ledgers the caller reads, with what the caller may do there. */
async function placesOf(ctx: UseCase) {
  const scope = scopeOf(ctx.actor.access, LEDGERS_READ);
  if (!scope.length) throw forbidden(LEDGERS_READ);
  const a = ctx.actor.access;
  return (await repo.stationsWithin(ctx.db, ctx.actor.tenantId, scope)).map((p) => ({
    ...p,
    mayWrite: allowsAt(a, LEDGERS_WRITE, p.path),
    mayDefine: allowsAt(a, LEDGERS_DEFINE, p.path),
    mayVoid: allowsAt(a, LEDGERS_VOID, p.path),
  }));
}

/** The caller's stations and the kinds they keep (A1.4): the built-in ledgers, then each station's own. */
export async function ledgerOverview(ctx: UseCase): Promise<z.infer<typeof s.overviewSchema>> {
  const places = await placesOf(ctx);
  await ensureBuiltinKinds(ctx);
  const kinds = (await repo.allKinds(ctx.db, ctx.actor.tenantId))
    .filter((k) => places.some((p) => keptAt(k.org_path, p.path)))
    .map((k) => present(ctx, k, places));
  return { places: places.map(({ id, name, mayWrite, mayDefine }) => ({ id, name, mayWrite, mayDefine })), kinds };
}

/** A kind the caller reads: kept by one of the caller's stations, or defined inside the caller's scope; else 404. */
export async function loadKind(ctx: UseCase, id: string) {
  const k = await repo.findKind(ctx.db, ctx.actor.tenantId, id);
  if (!k) throw notFound('ledger_kind');
  const scope = scopeOf(ctx.actor.access, LEDGERS_READ);
  const readable = scope.some((p) => within(k.org_path, p) || within(p, k.org_path));
  if (!readable) {
    if (ctx.actor.access.grants.some((g) => within(k.org_path, g.orgPath) || within(g.orgPath, k.org_path))) throw forbidden(LEDGERS_READ);
    throw notFound('ledger_kind');
  }
  return k;
}

/** The versions of a kind with the fields each had. */
export async function versionsOf(ctx: UseCase, kindId: string) {
  return (await repo.kindVersions(ctx.db, ctx.actor.tenantId, kindId)).map((v) => ({
    version: v.version,
    name: v.name,
    fields: parseFields(v.fields),
    createdAt: v.created_at,
    createdByName: v.created_by_name,
  }));
}

/** One kind with every version of its fields; the history reader of `ledger_kind`. */
export async function getKind(ctx: UseCase, id: string): Promise<z.infer<typeof s.kindDetailSchema>> {
  const k = await loadKind(ctx, id);
  const scope = scopeOf(ctx.actor.access, LEDGERS_READ);
  const places = await repo.stationsWithin(ctx.db, ctx.actor.tenantId, scope);
  const versions = await versionsOf(ctx, id);
  return { ...present(ctx, k, places), versions, columns: kindColumns(versions) };
}

function refuseFields(fields: LedgerField[]): LedgerField[] {
  const errors = checkKindFields(fields);
  if (errors.length) throw new DomainError('invalid', errors[0]?.code ?? 'ledger_kind.fields_invalid', 'the fields are not right', errors);
  return normaliseFields(fields);
}

/**
 * Defines a station's own ledger (A1.4) without code: its name, code and fields. The code is refused when the station
 * already keeps a kind of that code (its own or a built-in one).
 */
export async function defineKind(ctx: UseCase, body: z.infer<typeof s.kindCreateBody>) {
  const org = await loadVisibleOrg(ctx, body.orgId).catch(() => {
    throw fieldError('not_found', 'org.not_found', 'orgId', 'no such station in your nodes');
  });
  if (!allowsAt(ctx.actor.access, LEDGERS_DEFINE, org.path)) throw forbidden(LEDGERS_DEFINE);
  if (org.kind !== 'station') throw fieldError('unprocessable', 'ledger_kind.org_not_station', 'orgId', 'ledgers are kept by a station');
  const fields = refuseFields(body.fields);
  await ensureBuiltinKinds(ctx);
  const t = ctx.actor.tenantId;
  const id = await inTransaction(ctx, async (tx) => {
    const taken = (await repo.allKinds(tx.db, t)).some(
      (k) => k.code === body.code && (keptAt(k.org_path, org.path) || within(k.org_path, org.path)),
    );
    if (taken) throw fieldError('conflict', 'ledger_kind.code_taken', 'code', 'the station already keeps a ledger of this code');
    const row: LedgerKindTable = {
      tenant_id: t,
      id: newId(),
      org_id: org.id,
      code: body.code,
      name: body.name,
      builtin: 0,
      fields: JSON.stringify(fields),
      sort_order: 100,
      created_at: tx.now,
      created_by: tx.actor.userId,
      updated_at: tx.now,
      updated_by: tx.actor.userId,
      version: 1,
    };
    await repo.insertKind(tx.db, row);
    await repo.insertKindVersion(tx.db, {
      tenant_id: t,
      kind_id: row.id,
      version: 1,
      name: row.name,
      fields: row.fields,
      created_at: tx.now,
      created_by: tx.actor.userId,
    });
    const { tenant_id: _t, ...after } = row;
    await tx.audit({ action: 'ledger_kind.define', entity: 'ledger_kind', entityId: row.id, after: { ...after, builtin: false } });
    return row.id;
  });
  return getKind(ctx, id);
}

/**
 * Changes a kind's name or fields as a new version (A1.4): entries already written keep the version they were written
 * with and still show its fields; new entries take the new one.
 */
export async function changeKind(ctx: UseCase, id: string, body: z.infer<typeof s.kindEditBody>) {
  const k = await loadKind(ctx, id);
  if (!allowsAt(ctx.actor.access, LEDGERS_DEFINE, k.org_path)) throw forbidden(LEDGERS_DEFINE);
  if (body.version !== undefined && body.version !== k.version)
    throw new DomainError('conflict', 'ledger_kind.version_conflict', 'someone changed the kind meanwhile');
  const fields = refuseFields(body.fields);
  await inTransaction(ctx, async (tx) => {
    const { org_name: _n, org_path: _p, ...before } = k;
    const next: LedgerKindTable = {
      ...before,
      name: body.name,
      fields: JSON.stringify(fields),
      updated_at: tx.now,
      updated_by: tx.actor.userId,
      version: k.version + 1,
    };
    if (!(await repo.updateKind(tx.db, next, k.version)))
      throw new DomainError('conflict', 'ledger_kind.version_conflict', 'someone changed the kind meanwhile');
    await repo.insertKindVersion(tx.db, {
      tenant_id: k.tenant_id,
      kind_id: k.id,
      version: next.version,
      name: next.name,
      fields: next.fields,
      created_at: tx.now,
      created_by: tx.actor.userId,
    });
    const { tenant_id: _t, ...b } = before;
    const { tenant_id: _u, ...after } = next;
    await tx.audit({ action: 'ledger_kind.change', entity: 'ledger_kind', entityId: k.id, before: b, after });
  });
  return getKind(ctx, id);
}
