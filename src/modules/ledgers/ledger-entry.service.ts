import type { z } from 'zod';
import { allowsAt, scopeOf, within } from '../../platform/authz/access.js';
import { inTransaction, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, forbidden, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import { userNames } from '../identity/user.service.js';
import { loadVisibleOrg } from '../orgs/org.service.js';
import * as repo from './ledger-entry.repo.js';
import { checkEntryValues, entryFilter, labelledValues, searchTextOf, valueText } from './ledger-entry.rules.js';
import { kindColumns } from './ledger-kind.rules.js';
import { keptAt, loadKind, parseFields, versionsOf } from './ledger-kind.service.js';
import { LEDGERS_READ, LEDGERS_VOID, LEDGERS_WRITE } from './ledgers.permissions.js';
import type * as s from './ledgers.schemas.js';
import type { LedgerEntryTable } from './ledgers.tables.js';
import type { LedgerField, LedgerValues } from './ledgers.types.js';

type EntryOut = z.infer<typeof s.entrySchema>;
type Versions = Map<string, LedgerField[]>;

const versionKey = (kindId: string, version: number) => `${kindId}@${version}`;

/** The fields of every version the rows were written with, by kind and version. */
async function fieldsOfVersions(ctx: UseCase, rows: readonly repo.EntryRow[]): Promise<Versions> {
  const out: Versions = new Map();
  for (const kindId of new Set(rows.map((r) => r.kind_id)))
    for (const v of await versionsOf(ctx, kindId)) out.set(versionKey(kindId, v.version), v.fields);
  return out;
}

/** The names of the people the rows' person fields name. */
async function namesIn(ctx: UseCase, rows: readonly repo.EntryRow[], versions: Versions) {
  const ids: string[] = [];
  for (const r of rows) {
    const values = JSON.parse(r.field_values) as LedgerValues;
    for (const f of versions.get(versionKey(r.kind_id, r.kind_version)) ?? [])
      if (f.type === 'person' && typeof values[f.key] === 'string') ids.push(values[f.key] as string);
  }
  return userNames(ctx, ids);
}

async function presentAll(ctx: UseCase, rows: readonly repo.EntryRow[]): Promise<EntryOut[]> {
  const versions = await fieldsOfVersions(ctx, rows);
  const names = await namesIn(ctx, rows, versions);
  return rows.map((r) => {
    const fields = versions.get(versionKey(r.kind_id, r.kind_version)) ?? [];
    const values = JSON.parse(r.field_values) as LedgerValues;
    return {
      id: r.id,
      kindId: r.kind_id,
      kindCode: r.kind_code,
      kindName: r.kind_name,
      kindVersion: r.kind_version,
      fields,
      orgId: r.org_id,
      orgName: r.org_name,
      occurredOn: r.occurred_on,
      values,
      display: Object.fromEntries(fields.map((f) => [f.key, valueText(f, values[f.key], (id) => names.get(id))])),
      writtenBy: r.written_by,
      writtenByName: r.written_by_name,
      writtenAt: r.written_at,
      voidedAt: r.voided_at,
      voidedByName: r.voided_by_name,
      voidReason: r.void_reason,
      version: r.version,
      abilities: { void: r.voided_at === null && allowsAt(ctx.actor.access, LEDGERS_VOID, r.org_path) },
    };
  });
}

/** The input of the list and its export. */
export type EntryListInput = Omit<z.infer<typeof s.entryListQuery>, 'includeVoided'> & { includeVoided: boolean };

/**
 * One page of a kind's entries in the caller's stations (A1.4), latest work first: text over the kind's searchable
 * fields, the days of the work, the writer; voided entries as asked. The columns are the kind's fields over all its
 * versions, so older entries still show what they were written with.
 */
export async function listEntries(ctx: UseCase, q: EntryListInput): Promise<z.infer<typeof s.entryPage>> {
  const scope = scopeOf(ctx.actor.access, LEDGERS_READ);
  if (!scope.length) throw forbidden(LEDGERS_READ);
  const kind = await loadKind(ctx, q.kindId).catch((e: unknown) => {
    if (e instanceof DomainError && e.kind === 'not_found')
      throw fieldError('not_found', 'ledger_kind.not_found', 'kindId', 'no such ledger');
    throw e;
  });
  const orgPath = q.orgId ? (await loadVisibleOrg(ctx, q.orgId)).path : undefined;
  const { filter, errors } = entryFilter(q);
  if (errors.length) throw new DomainError('invalid', errors[0]?.code ?? 'ledger_entry.filter_invalid', 'the search is not right', errors);
  const { rows, total } = await repo.listEntries(ctx.db, ctx.actor.tenantId, {
    kindId: kind.id,
    scope,
    orgPath,
    filter,
    page: q.page,
    pageSize: q.pageSize,
  });
  return { items: await presentAll(ctx, rows), total, columns: kindColumns(await versionsOf(ctx, kind.id)) };
}

/** One entry the caller reads (404 outside the caller's stations, 403 there without the read permission). */
async function loadEntry(ctx: UseCase, id: string): Promise<repo.EntryRow> {
  const r = await repo.findEntry(ctx.db, ctx.actor.tenantId, id);
  if (!r) throw notFound('ledger_entry');
  if (!allowsAt(ctx.actor.access, LEDGERS_READ, r.org_path)) {
    if (ctx.actor.access.grants.some((g) => within(r.org_path, g.orgPath))) throw forbidden(LEDGERS_READ);
    throw notFound('ledger_entry');
  }
  return r;
}

/** One entry with the fields it was written with; the history reader of `ledger_entry`. */
export async function getEntry(ctx: UseCase, id: string): Promise<EntryOut> {
  const [out] = await presentAll(ctx, [await loadEntry(ctx, id)]);
  if (!out) throw notFound('ledger_entry');
  return out;
}

/** The people of a station, for its ledgers' person fields. */
export async function stationPeople(ctx: UseCase, orgId: string): Promise<z.infer<typeof s.peopleSchema>> {
  const org = await loadVisibleOrg(ctx, orgId);
  if (!allowsAt(ctx.actor.access, LEDGERS_READ, org.path)) throw forbidden(LEDGERS_READ);
  return (await repo.peopleOf(ctx.db, ctx.actor.tenantId, org.path)).map((p) => ({ id: p.id, name: p.display_name }));
}

/**
 * Writes an entry into a station's ledger (A1.4: 及时做好记录，做到有据可查): the kind's current fields checked by
 * `checkEntryValues` (each refusal on `values.<key>`), the day of the work not still to come; the entry names its
 * writer and the time, and keeps the kind's version it was written with.
 */
export async function writeEntry(ctx: UseCase, body: z.infer<typeof s.entryCreateBody>): Promise<EntryOut> {
  const org = await loadVisibleOrg(ctx, body.orgId).catch(() => {
    throw fieldError('not_found', 'org.not_found', 'orgId', 'no such station in your nodes');
  });
  if (!allowsAt(ctx.actor.access, LEDGERS_WRITE, org.path)) throw forbidden(LEDGERS_WRITE);
  if (org.kind !== 'station') throw fieldError('unprocessable', 'ledger_kind.org_not_station', 'orgId', 'ledgers are kept by a station');
  const kind = await loadKind(ctx, body.kindId).catch(() => {
    throw fieldError('not_found', 'ledger_kind.not_found', 'kindId', 'no such ledger');
  });
  if (!keptAt(kind.org_path, org.path))
    throw fieldError('unprocessable', 'ledger_entry.kind_not_kept', 'kindId', 'the station does not keep this ledger');
  const t = ctx.actor.tenantId;
  const people = await repo.peopleOf(ctx.db, t, org.path);
  const names = new Map(people.map((p) => [p.id, p.display_name]));
  const id = await inTransaction(ctx, async (tx) => {
    const errors = [];
    if (body.occurredOn > businessDate(new Date(tx.now), await tenantZone(tx)))
      errors.push({ field: 'occurredOn', code: 'ledger_entry.occurred_in_future', message: 'the day of the work cannot be still to come' });
    const fields = parseFields(kind.fields);
    const checked = checkEntryValues(fields, body.values, new Set(names.keys()));
    errors.push(...checked.errors);
    if (errors.length) throw new DomainError('invalid', errors[0]?.code ?? 'ledger_entry.values_invalid', 'the entry is not right', errors);
    const row: LedgerEntryTable = {
      tenant_id: t,
      id: newId(),
      kind_id: kind.id,
      kind_version: kind.version,
      org_id: org.id,
      occurred_on: body.occurredOn,
      field_values: JSON.stringify(checked.values),
      search_text: searchTextOf(fields, checked.values, (p) => names.get(p)),
      written_by: tx.actor.userId ?? '',
      written_at: tx.now,
      voided_at: null,
      voided_by: null,
      void_reason: null,
      version: 1,
    };
    if (!row.written_by) throw forbidden(LEDGERS_WRITE);
    await repo.insertEntry(tx.db, row);
    const { tenant_id: _t, search_text: _s, field_values: _v, ...after } = row;
    const fieldValues = labelledValues(fields, checked.values, (p) => names.get(p));
    await tx.audit({ action: 'ledger_entry.write', entity: 'ledger_entry', entityId: row.id, after: { ...after, fieldValues } });
    return row.id;
  });
  return getEntry(ctx, id);
}

/** Voids an entry with a reason (A1.4): it is never deleted; the ledger shows it struck through with the reason. */
export async function voidEntry(ctx: UseCase, id: string, body: z.infer<typeof s.entryVoidBody>): Promise<EntryOut> {
  const r = await loadEntry(ctx, id);
  if (!allowsAt(ctx.actor.access, LEDGERS_VOID, r.org_path)) throw forbidden(LEDGERS_VOID);
  if (r.voided_at) throw new DomainError('conflict', 'ledger_entry.already_voided', 'the entry is already voided');
  if (body.version !== undefined && body.version !== r.version)
    throw new DomainError('conflict', 'ledger_entry.version_conflict', 'someone changed the entry meanwhile');
  await inTransaction(ctx, async (tx) => {
    const change = { voided_at: tx.now, voided_by: tx.actor.userId ?? '', void_reason: body.reason };
    if (!(await repo.voidEntry(tx.db, r.tenant_id, r.id, r.version, change)))
      throw new DomainError('conflict', 'ledger_entry.version_conflict', 'someone changed the entry meanwhile');
    await tx.audit({
      action: 'ledger_entry.void',
      entity: 'ledger_entry',
      entityId: r.id,
      before: { voided_at: null, version: r.version },
      after: { ...change, version: r.version + 1 },
    });
  });
  return getEntry(ctx, id);
}
