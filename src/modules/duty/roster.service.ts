import type { z } from 'zod';
import { allowsAt, scopeOf } from '../../platform/authz/access.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, forbidden, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import { loadVisibleOrg } from '../orgs/org.service.js';
import type { OrgNode } from '../orgs/org.types.js';
import { paramAt } from '../params/params.service.js';
import { DUTY_LOG, DUTY_READ, DUTY_ROSTER } from './duty.permissions.js';
import { authorizeRead, dutyAbilities, keepsRoster } from './duty.policy.js';
import * as repo from './duty.repo.js';
import { addDays, daysBetween, horizonDays, logState, mayChangeDay, monthDays, rotation } from './duty.rules.js';
import type * as s from './duty.schemas.js';

type RosterOut = z.infer<typeof s.rosterSchema>;

const staleRoster = () => new DomainError('conflict', 'record.version_conflict', 'the roster was changed by someone else; reload');

/** Today's business date in the tenant's zone. */
export async function todayOf(ctx: UseCase): Promise<string> {
  return businessDate(ctx.clock.now(), await tenantZone(ctx));
}

/** A station the caller may see the duty records of (404 outside their nodes, 403 without duty.read). */
async function loadStation(ctx: UseCase, orgId: string, permission = DUTY_READ): Promise<OrgNode> {
  const org = await loadVisibleOrg(ctx, orgId).catch(() => {
    throw fieldError('not_found', 'org.not_found', 'orgId', 'no such station in your nodes');
  });
  authorizeRead(ctx.actor.access, org.path, 'duty_roster');
  if (permission !== DUTY_READ && !allowsAt(ctx.actor.access, permission, org.path)) throw forbidden(permission);
  if (!keepsRoster(org.kind)) throw fieldError('unprocessable', 'duty.org_not_station', 'orgId', 'a duty roster is kept by a station');
  return org;
}

/** The stations of the caller's nodes, for the roster page's picker. */
export async function listStations(ctx: UseCase): Promise<z.infer<typeof s.stationList>> {
  const scope = scopeOf(ctx.actor.access, DUTY_READ);
  if (!scope.length) throw forbidden(DUTY_READ);
  const rows = await repo.rosterNodes(ctx.db, ctx.actor.tenantId, scope);
  return { items: rows.filter((r) => r.kind === 'station').map((r) => ({ id: r.id, name: r.name, keepsRoster: r.roster_id !== null })) };
}

/** The roster of a station for one month: each day after swaps, uncovered days of the horizon, missing logs. */
export async function getRosterMonth(ctx: UseCase, orgId: string, month: string): Promise<RosterOut> {
  const org = await loadStation(ctx, orgId);
  const t = ctx.actor.tenantId;
  const today = await todayOf(ctx);
  const horizon = await paramAt(ctx, org.path, 'rosterHorizonDays');
  const horizonSet = new Set(horizonDays(today, horizon));
  const days = monthDays(month);
  const from = days[0]!;
  const to = days.at(-1)!;
  const roster = await repo.findRoster(ctx.db, t, { orgId });
  const [onDuty, swaps, logs, people, head] = await Promise.all([
    repo.daysOf(ctx.db, t, orgId, from, to),
    repo.swapsOf(ctx.db, t, orgId, from, to),
    ctx.db
      .selectFrom('duty_logs')
      .select(['id', 'day', 'handed_over_at', 'received_at'])
      .where('tenant_id', '=', t)
      .where('org_id', '=', orgId)
      .where('day', '>=', from)
      .where('day', '<=', to)
      .execute(),
    repo.dutyPeople(ctx.db, t, org.path, DUTY_LOG),
    roster
      ? ctx.db.selectFrom('users').select('display_name').where('tenant_id', '=', t).where('id', '=', roster.headUserId).executeTakeFirst()
      : undefined,
  ]);
  const byDay = new Map(onDuty.map((d) => [d.day, d]));
  const logByDay = new Map(logs.map((l) => [l.day, l]));
  const swapped = new Set(swaps.map((x) => x.day));
  return {
    org: { id: org.id, name: org.name },
    month,
    today,
    horizonEnd: addDays(today, horizon - 1),
    roster: roster ? { id: roster.id, headName: head?.display_name ?? '', headPhone: roster.headPhone, version: roster.version } : null,
    days: days.map((day) => {
      const d = byDay.get(day);
      const l = logByDay.get(day);
      return {
        day,
        userId: d?.userId ?? null,
        userName: d?.userName ?? null,
        phone: d?.phone ?? null,
        swapped: swapped.has(day),
        uncovered: !d && roster !== undefined && horizonSet.has(day),
        logMissing: !!d && !l && day < today,
        log: l ? { id: l.id, state: logState({ handedOverAt: l.handed_over_at, receivedAt: l.received_at }) } : null,
      };
    }),
    swaps,
    people,
    abilities: dutyAbilities(ctx.actor.access, org.path),
  };
}

/** Also the history reader of `duty_roster`: the roster's station, head and phone. */
export async function getRoster(ctx: UseCase, id: string) {
  const roster = await repo.findRoster(ctx.db, ctx.actor.tenantId, { id });
  if (!roster) throw notFound('duty_roster');
  await loadStation(ctx, roster.orgId).catch((e: unknown) => {
    throw e instanceof DomainError && e.kind === 'not_found' ? notFound('duty_roster') : e;
  });
  return roster;
}

/** The station's roster, opened on its head's first entry with the head's phone on file. */
async function openRoster(tx: Tx, org: OrgNode, headPhone?: string): Promise<repo.Roster> {
  const found = await repo.findRoster(tx.db, tx.actor.tenantId, { orgId: org.id });
  if (found) return found;
  const me = await tx.db
    .selectFrom('users')
    .select('phone')
    .where('tenant_id', '=', tx.actor.tenantId)
    .where('id', '=', tx.actor.userId ?? '')
    .executeTakeFirst();
  const phone = headPhone ?? me?.phone ?? '';
  if (!tx.actor.userId || !phone)
    throw fieldError('unprocessable', 'duty.head_phone_required', 'headPhone', 'the station head’s 24-hour phone comes first');
  const roster: repo.Roster = {
    id: newId(),
    orgId: org.id,
    headUserId: tx.actor.userId,
    headPhone: phone,
    createdAt: tx.now,
    updatedAt: tx.now,
    version: 1,
  };
  await repo.insertRoster(tx.db, tx.actor.tenantId, roster);
  await tx.audit({ action: 'duty_roster.open', entity: 'duty_roster', entityId: roster.id, after: roster });
  return roster;
}

/** Sets the station head's 24-hour phone printed on the roster (A1.5: 站长保持24小时通信畅通); opens the roster. */
export async function setContact(ctx: UseCase, body: z.infer<typeof s.contactBody>): Promise<RosterOut> {
  const org = await loadStation(ctx, body.orgId, DUTY_ROSTER);
  await inTransaction(ctx, async (tx) => {
    const before = await repo.findRoster(tx.db, tx.actor.tenantId, { orgId: org.id });
    if (!before) {
      await openRoster(tx, org, body.headPhone);
      return;
    }
    if (body.version !== undefined && body.version !== before.version) throw staleRoster();
    const after: repo.Roster = {
      ...before,
      headUserId: tx.actor.userId ?? before.headUserId,
      headPhone: body.headPhone,
      updatedAt: tx.now,
      version: before.version + 1,
    };
    if (!(await repo.updateRoster(tx.db, tx.actor.tenantId, after, before.version))) throw staleRoster();
    await tx.audit({ action: 'duty_roster.contact', entity: 'duty_roster', entityId: before.id, before, after });
  });
  return getRosterMonth(ctx, org.id, (await todayOf(ctx)).slice(0, 7));
}

/** Who may be on duty at the station, by id; refuses anyone else on `field`. */
async function personAt(ctx: UseCase, org: OrgNode, userId: string, field: string) {
  const people = await repo.dutyPeople(ctx.db, ctx.actor.tenantId, org.path, DUTY_LOG);
  const p = people.find((x) => x.id === userId);
  if (!p) throw fieldError('unprocessable', 'duty.person_outside', field, 'this person is not duty staff of this station');
  return p;
}

/** Refuses a roster change of a day before today (`duty.day_past`) on `field`. */
function requireOpenDay(day: string, today: string, field: string): void {
  if (!mayChangeDay(day, today)) throw fieldError('unprocessable', 'duty.day_past', field, 'the roster of a past day is the record');
}

type Assignment = { day: string; userId: string | null; phone?: string | undefined };

/** Puts people on duty (or clears days) at a station, from today on, in one transaction with one audit event. */
async function assign(ctx: UseCase, org: OrgNode, list: Assignment[], action: string, field: (i: number) => string): Promise<void> {
  const today = await todayOf(ctx);
  const seen = new Set<string>();
  const resolved: { day: string; userId: string | null; phone: string }[] = [];
  for (const [i, a] of list.entries()) {
    requireOpenDay(a.day, today, `${field(i)}.day`);
    if (seen.has(a.day)) throw fieldError('invalid', 'duty.day_repeated', `${field(i)}.day`, 'each day once');
    seen.add(a.day);
    if (a.userId === null) {
      resolved.push({ day: a.day, userId: null, phone: '' });
      continue;
    }
    const p = await personAt(ctx, org, a.userId, `${field(i)}.userId`);
    const phone = a.phone ?? p.phone;
    if (!phone) throw fieldError('unprocessable', 'duty.phone_required', `${field(i)}.phone`, 'the 24-hour phone of the person on duty');
    resolved.push({ day: a.day, userId: a.userId, phone });
  }
  await inTransaction(ctx, async (tx) => {
    const roster = await openRoster(tx, org);
    const t = tx.actor.tenantId;
    const days = resolved.map((r) => r.day).sort();
    const before = await repo.daysOf(tx.db, t, org.id, days[0]!, days.at(-1)!);
    for (const r of resolved) {
      if (r.userId === null) await repo.clearDay(tx.db, t, org.id, r.day);
      else
        await repo.setDay(tx.db, t, {
          id: newId(),
          rosterId: roster.id,
          orgId: org.id,
          day: r.day,
          userId: r.userId,
          phone: r.phone,
          by: tx.actor.userId ?? '',
          at: tx.now,
        });
    }
    const picked = new Set(days);
    await tx.audit({
      action,
      entity: 'duty_roster',
      entityId: roster.id,
      before: { days: before.filter((d) => picked.has(d.day)).map((d) => ({ day: d.day, userId: d.userId, phone: d.phone })) },
      after: { days: resolved },
    });
  });
}

/** The station head picks the person on duty (or nobody) for each of some days (A1.5). */
export async function setDays(ctx: UseCase, body: z.infer<typeof s.rosterDaysBody>): Promise<RosterOut> {
  const org = await loadStation(ctx, body.orgId, DUTY_ROSTER);
  await assign(ctx, org, body.days, 'duty_roster.assign', (i) => `days.${i}`);
  return getRosterMonth(ctx, org.id, body.days[0]!.day.slice(0, 7));
}

/** Fills a range of days by rotation among the chosen people (轮值), overwriting what was there. */
export async function fillRotation(ctx: UseCase, body: z.infer<typeof s.rotationBody>): Promise<RosterOut> {
  const org = await loadStation(ctx, body.orgId, DUTY_ROSTER);
  if (body.to < body.from) throw fieldError('invalid', 'duty.range_reversed', 'to', 'the last day comes after the first');
  if (daysBetween(body.from, body.to).length > 62) throw fieldError('invalid', 'duty.range_too_long', 'to', 'at most 62 days at once');
  for (const [i, id] of body.userIds.entries()) await personAt(ctx, org, id, `userIds.${i}`);
  await assign(ctx, org, rotation(body.from, body.to, body.userIds), 'duty_roster.rotate', () => 'from');
  return getRosterMonth(ctx, org.id, body.from.slice(0, 7));
}

/**
 * Records a swap (换班): the day passes from the person on duty to another of the station, with the reason, who
 * recorded it and when; the roster then shows the new person.
 */
export async function recordSwap(ctx: UseCase, body: z.infer<typeof s.swapBody>): Promise<RosterOut> {
  const org = await loadStation(ctx, body.orgId, DUTY_ROSTER);
  requireOpenDay(body.day, await todayOf(ctx), 'day');
  const to = await personAt(ctx, org, body.toUserId, 'toUserId');
  const phone = body.phone ?? to.phone;
  if (!phone) throw fieldError('unprocessable', 'duty.phone_required', 'phone', 'the 24-hour phone of the person on duty');
  await inTransaction(ctx, async (tx) => {
    const t = tx.actor.tenantId;
    const current = await repo.dayAt(tx.db, t, org.id, body.day);
    if (!current) throw fieldError('unprocessable', 'duty.day_uncovered', 'day', 'nobody is on duty that day to swap with');
    if (current.userId === body.toUserId)
      throw fieldError('unprocessable', 'duty.swap_same_person', 'toUserId', 'this person is on duty that day already');
    const roster = await openRoster(tx, org);
    const swap = {
      id: newId(),
      rosterId: roster.id,
      orgId: org.id,
      day: body.day,
      fromUserId: current.userId,
      toUserId: body.toUserId,
      reason: body.reason,
      by: tx.actor.userId ?? '',
      at: tx.now,
    };
    await repo.insertSwap(tx.db, t, swap);
    await repo.setDay(tx.db, t, { ...swap, userId: body.toUserId, phone, id: current.id });
    await tx.audit({
      action: 'duty_roster.swap',
      entity: 'duty_roster',
      entityId: roster.id,
      before: { day: body.day, userId: current.userId, phone: current.phone },
      after: { day: body.day, userId: body.toUserId, phone, reason: body.reason, swapId: swap.id },
    });
  });
  return getRosterMonth(ctx, org.id, body.day.slice(0, 7));
}
