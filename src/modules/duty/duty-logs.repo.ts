/**
 * The duty logs (值班日志): one per node and day, written by the person on duty and handed over to the next; read
 * with their node and the names of the writer and the receiver, one at a time, as a list, or as the handovers
 * waiting for someone to receive them.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import type { DutyLogTable } from './duty.tables.js';

type Db = Kysely<Database>;

export interface Log {
  id: string;
  orgId: string;
  day: string;
  userId: string;
  patrols: number;
  patrolNotes: string;
  mediations: number;
  mediationNotes: string;
  registrations: number;
  registrationNotes: string;
  events: string;
  handoverNote: string | null;
  handedOverAt: string | null;
  handedTo: string | null;
  receivedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** A log with its node (name and path: its scope) and the names of the writer and the receiver. */
export interface LoadedLog {
  log: Log;
  orgName: string;
  orgPath: string;
  userName: string;
  handedToName: string | null;
}

const toLog = (r: DutyLogTable): Log => ({
  id: r.id,
  orgId: r.org_id,
  day: r.day,
  userId: r.user_id,
  patrols: Number(r.patrols),
  patrolNotes: r.patrol_notes,
  mediations: Number(r.mediations),
  mediationNotes: r.mediation_notes,
  registrations: Number(r.registrations),
  registrationNotes: r.registration_notes,
  events: r.events,
  handoverNote: r.handover_note,
  handedOverAt: r.handed_over_at,
  handedTo: r.handed_to,
  receivedAt: r.received_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: Number(r.version),
});

const logRow = (tenantId: string, l: Log): DutyLogTable => ({
  tenant_id: tenantId,
  id: l.id,
  org_id: l.orgId,
  day: l.day,
  user_id: l.userId,
  patrols: l.patrols,
  patrol_notes: l.patrolNotes,
  mediations: l.mediations,
  mediation_notes: l.mediationNotes,
  registrations: l.registrations,
  registration_notes: l.registrationNotes,
  events: l.events,
  handover_note: l.handoverNote,
  handed_over_at: l.handedOverAt,
  handed_to: l.handedTo,
  received_at: l.receivedAt,
  created_at: l.createdAt,
  updated_at: l.updatedAt,
  version: l.version,
});

const loadedLogs = (db: Db, tenantId: string) =>
  db
    .selectFrom('duty_logs as l')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'l.tenant_id').onRef('o.id', '=', 'l.org_id'))
    .innerJoin('users as w', (j) => j.onRef('w.tenant_id', '=', 'l.tenant_id').onRef('w.id', '=', 'l.user_id'))
    .leftJoin('users as h', (j) => j.onRef('h.tenant_id', '=', 'l.tenant_id').onRef('h.id', '=', 'l.handed_to'))
    .selectAll('l')
    .select(['o.name as org_name', 'o.path as org_path', 'w.display_name as user_name', 'h.display_name as handed_to_name'])
    .where('l.tenant_id', '=', tenantId);

type LoadedRow = DutyLogTable & { org_name: string; org_path: string; user_name: string; handed_to_name: string | null };
const toLoaded = (r: LoadedRow): LoadedLog => ({
  log: toLog(r),
  orgName: r.org_name,
  orgPath: r.org_path,
  userName: r.user_name,
  handedToName: r.handed_to_name,
});

export async function findLog(
  db: Db,
  tenantId: string,
  by: { id: string } | { orgId: string; day: string },
): Promise<LoadedLog | undefined> {
  let q = loadedLogs(db, tenantId);
  q = 'id' in by ? q.where('l.id', '=', by.id) : q.where('l.org_id', '=', by.orgId).where('l.day', '=', by.day);
  const r = await q.executeTakeFirst();
  return r ? toLoaded(r as LoadedRow) : undefined;
}

export async function listLogs(
  db: Db,
  tenantId: string,
  scope: readonly string[],
  f: { orgPath?: string | undefined; from: string; to: string },
): Promise<LoadedLog[]> {
  let q = loadedLogs(db, tenantId).where(pathWithin('o.path', scope)).where('l.day', '>=', f.from).where('l.day', '<=', f.to);
  if (f.orgPath) q = q.where(pathWithin('o.path', [f.orgPath]));
  const rows = await q.orderBy('l.day', 'desc').orderBy('o.name').limit(500).execute();
  return rows.map((r) => toLoaded(r as LoadedRow));
}

/** Handovers waiting for `userId` to receive them. */
export async function handoversFor(db: Db, tenantId: string, userId: string): Promise<LoadedLog[]> {
  const rows = await loadedLogs(db, tenantId)
    .where('l.handed_to', '=', userId)
    .where('l.handed_over_at', 'is not', null)
    .where('l.received_at', 'is', null)
    .orderBy('l.day')
    .execute();
  return rows.map((r) => toLoaded(r as LoadedRow));
}

export async function insertLog(db: Db, tenantId: string, l: Log): Promise<void> {
  await db.insertInto('duty_logs').values(logRow(tenantId, l)).execute();
}

export async function updateLog(db: Db, tenantId: string, l: Log, version: number): Promise<boolean> {
  const { tenant_id: _t, id: _i, ...set } = logRow(tenantId, l);
  const res = await db
    .updateTable('duty_logs')
    .set(set)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', l.id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
