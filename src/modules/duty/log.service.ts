import type { z } from 'zod';
import { allowsAt, scopeOf } from '../../platform/authz/access.js';
import { inTransaction, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, forbidden, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { loadVisibleOrg } from '../orgs/org.service.js';
import { DUTY_LOG, DUTY_READ } from './duty.permissions.js';
import { authorizeRead } from './duty.policy.js';
import * as repo from './duty.repo.js';
import { addDays, logState, logWriteRefusal } from './duty.rules.js';
import type * as s from './duty.schemas.js';
import * as logsRepo from './duty-logs.repo.js';
import { todayOf } from './roster.service.js';

type LogOut = z.infer<typeof s.logSchema>;

const staleLog = () => new DomainError('conflict', 'record.version_conflict', 'the duty log was changed by someone else; reload');

export function presentLog(ctx: UseCase, l: logsRepo.LoadedLog): LogOut {
  const { log } = l;
  const state = logState(log);
  const me = ctx.actor.userId;
  return {
    ...log,
    orgName: l.orgName,
    userName: l.userName,
    handedToName: l.handedToName,
    state,
    abilities: {
      edit: state === 'written' && log.userId === me,
      handover: state === 'written' && log.userId === me,
      receive: state === 'handed_over' && log.handedTo === me,
    },
  };
}

async function loadLog(ctx: UseCase, id: string): Promise<logsRepo.LoadedLog> {
  const found = await logsRepo.findLog(ctx.db, ctx.actor.tenantId, { id });
  if (!found) throw notFound('duty_log');
  authorizeRead(ctx.actor.access, found.orgPath, 'duty_log');
  return found;
}

/** Also the history reader of `duty_log`. */
export async function getLog(ctx: UseCase, id: string): Promise<LogOut> {
  return presentLog(ctx, await loadLog(ctx, id));
}

/** The duty logs of the caller's stations between two days (past logs), newest first. */
export async function listLogs(ctx: UseCase, q: z.infer<typeof s.logListQuery>): Promise<z.infer<typeof s.logList>> {
  const scope = scopeOf(ctx.actor.access, DUTY_READ);
  if (!scope.length) throw forbidden(DUTY_READ);
  const orgPath = q.orgId ? (await loadVisibleOrg(ctx, q.orgId)).path : undefined;
  const items = await logsRepo.listLogs(ctx.db, ctx.actor.tenantId, scope, { orgPath, from: q.from, to: q.to });
  return { items: items.map((l) => presentLog(ctx, l)) };
}

/**
 * Writes or changes the duty log of a day (值班日志, A1.5): the person on duty that day writes it — on the day, or
 * late for a past day — patrols, mediation and registration services with counts and notes, and the day's events.
 */
export async function writeLog(ctx: UseCase, body: z.infer<typeof s.logBody>): Promise<LogOut> {
  const org = await loadVisibleOrg(ctx, body.orgId).catch(() => {
    throw fieldError('not_found', 'org.not_found', 'orgId', 'no such station in your nodes');
  });
  authorizeRead(ctx.actor.access, org.path, 'duty_log');
  if (!allowsAt(ctx.actor.access, DUTY_LOG, org.path)) throw forbidden(DUTY_LOG);
  const t = ctx.actor.tenantId;
  const today = await todayOf(ctx);
  const id = await inTransaction(ctx, async (tx) => {
    const [onDuty, existing] = await Promise.all([
      repo.dayAt(tx.db, t, org.id, body.day),
      logsRepo.findLog(tx.db, t, { orgId: org.id, day: body.day }),
    ]);
    const refusal = logWriteRefusal({
      day: body.day,
      today,
      onDuty: onDuty?.userId ?? null,
      caller: tx.actor.userId ?? '',
      state: existing ? logState(existing.log) : null,
    });
    if (refusal === 'duty.day_future') throw fieldError('unprocessable', refusal, 'day', 'a duty log is written on the day or after it');
    if (refusal === 'duty.not_on_duty') throw fieldError('forbidden', refusal, 'day', 'only the person on duty that day writes its log');
    if (refusal) throw fieldError('conflict', refusal, 'day', 'the log was handed over; it can no longer change');
    const content = {
      patrols: body.patrols,
      patrolNotes: body.patrolNotes,
      mediations: body.mediations,
      mediationNotes: body.mediationNotes,
      registrations: body.registrations,
      registrationNotes: body.registrationNotes,
      events: body.events,
    };
    if (existing) {
      const before = existing.log;
      if (body.version !== undefined && body.version !== before.version) throw staleLog();
      const after: logsRepo.Log = { ...before, ...content, userId: tx.actor.userId!, updatedAt: tx.now, version: before.version + 1 };
      if (!(await logsRepo.updateLog(tx.db, t, after, before.version))) throw staleLog();
      await tx.audit({ action: 'duty_log.edit', entity: 'duty_log', entityId: before.id, before, after });
      return before.id;
    }
    const log: logsRepo.Log = {
      id: newId(),
      orgId: org.id,
      day: body.day,
      userId: tx.actor.userId!,
      ...content,
      handoverNote: null,
      handedOverAt: null,
      handedTo: null,
      receivedAt: null,
      createdAt: tx.now,
      updatedAt: tx.now,
      version: 1,
    };
    await logsRepo.insertLog(tx.db, t, log);
    await tx.audit({ action: 'duty_log.write', entity: 'duty_log', entityId: log.id, after: log });
    return log.id;
  });
  return getLog(ctx, id);
}

/**
 * Hands over (交班) to the next person on duty — whoever the roster puts on the next day — with a note; the log
 * can no longer change. Refused when nobody is on duty the next day (the head fills the roster first).
 */
export async function handOver(ctx: UseCase, id: string, body: z.infer<typeof s.handoverBody>): Promise<LogOut> {
  const loaded = await loadLog(ctx, id);
  const before = loaded.log;
  if (body.version !== undefined && body.version !== before.version) throw staleLog();
  if (before.userId !== ctx.actor.userId) throw new DomainError('forbidden', 'duty.not_writer', 'only the person on duty hands over');
  if (logState(before) !== 'written')
    throw fieldError('conflict', 'duty.log_handed_over', 'handoverNote', 'this log was handed over already');
  await inTransaction(ctx, async (tx) => {
    const next = await repo.dayAt(tx.db, tx.actor.tenantId, before.orgId, addDays(before.day, 1));
    if (!next)
      throw fieldError('unprocessable', 'duty.no_successor', 'handoverNote', 'nobody is on duty the next day; ask the station head');
    if (next.userId === before.userId)
      throw fieldError('unprocessable', 'duty.successor_is_self', 'handoverNote', 'you are on duty the next day too: no handover');
    const after: logsRepo.Log = {
      ...before,
      handoverNote: body.handoverNote,
      handedOverAt: tx.now,
      handedTo: next.userId,
      updatedAt: tx.now,
      version: before.version + 1,
    };
    if (!(await logsRepo.updateLog(tx.db, tx.actor.tenantId, after, before.version))) throw staleLog();
    await tx.audit({ action: 'duty_log.handover', entity: 'duty_log', entityId: id, before, after });
  });
  return getLog(ctx, id);
}

/** The next person receives the handover (接班); the time is recorded. */
export async function receive(ctx: UseCase, id: string, body: z.infer<typeof s.receiveBody>): Promise<LogOut> {
  const loaded = await loadLog(ctx, id);
  const before = loaded.log;
  if (body.version !== undefined && body.version !== before.version) throw staleLog();
  if (logState(before) !== 'handed_over')
    throw new DomainError('conflict', 'duty.not_handed_over', 'there is no handover waiting on this log');
  if (before.handedTo !== ctx.actor.userId)
    throw new DomainError('forbidden', 'duty.not_receiver', 'the handover is for the next person on duty');
  await inTransaction(ctx, async (tx) => {
    const after: logsRepo.Log = { ...before, receivedAt: tx.now, updatedAt: tx.now, version: before.version + 1 };
    if (!(await logsRepo.updateLog(tx.db, tx.actor.tenantId, after, before.version))) throw staleLog();
    await tx.audit({ action: 'duty_log.receive', entity: 'duty_log', entityId: id, before, after });
  });
  return getLog(ctx, id);
}

/**
 * The caller's duty page: today's duty (with its log and who takes over tomorrow), their past days of the last 31
 * without a log, and the handovers waiting for them to receive.
 */
export async function myDuty(ctx: UseCase): Promise<z.infer<typeof s.todaySchema>> {
  const t = ctx.actor.tenantId;
  const today = await todayOf(ctx);
  const me = ctx.actor.userId;
  if (!me) return { today, duties: [], toReceive: [] };
  const days = (await repo.myDutyDays(ctx.db, t, me, addDays(today, -31), today)).filter((d) =>
    allowsAt(ctx.actor.access, DUTY_LOG, d.org_path),
  );
  const duties: z.infer<typeof s.todaySchema>['duties'] = [];
  for (const d of [...days].reverse()) {
    const log = await logsRepo.findLog(ctx.db, t, { orgId: d.org_id, day: d.day });
    if (d.day !== today && log) continue;
    const next = await repo.dayAt(ctx.db, t, d.org_id, addDays(d.day, 1));
    duties.push({
      orgId: d.org_id,
      orgName: d.org_name,
      day: d.day,
      log: log ? presentLog(ctx, log) : null,
      next: next ? { userId: next.userId, userName: next.userName, phone: next.phone } : null,
    });
  }
  const toReceive = (await logsRepo.handoversFor(ctx.db, t, me)).map((l) => presentLog(ctx, l));
  return { today, duties, toReceive };
}
