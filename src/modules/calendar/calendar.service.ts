import { allowsAt } from '../../platform/authz/access.js';
import { inTransaction, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, forbidden, notFound } from '../../platform/http/errors.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import { rootOrg } from '../orgs/org.service.js';
import { paramAt } from '../params/params.service.js';
import { CALENDAR_MANAGE } from './calendar.permissions.js';
import * as repo from './calendar.repo.js';
import { checkYearImport, isDay, refuseDay } from './calendar.rules.js';
import type { BusinessCalendar, DayKind, SpecialDay } from './calendar.types.js';

/** The organisation's root: the calendar and its working hours are the whole organisation's, kept there. */
async function root(ctx: UseCase): Promise<{ id: string; path: string }> {
  const node = await rootOrg(ctx);
  if (!node) throw notFound('org');
  return node;
}
const rootPath = async (ctx: UseCase) => (await root(ctx)).path;

/** The working hours in force at the root (A4.7's parameters), in minutes after local midnight. */
async function workingHours(ctx: UseCase, path: string): Promise<{ startMinutes: number; endMinutes: number }> {
  return {
    startMinutes: await paramAt(ctx, path, 'workdayStartMinutes'),
    endMinutes: await paramAt(ctx, path, 'workdayEndMinutes'),
  };
}

/**
 * The organisation's calendar from `fromDay` to `toDay` (business dates, both included), for other modules' rules:
 * the working hours in force at the organisation's root (`workdayStartMinutes`, `workdayEndMinutes`) and the
 * special days in that range, ready for `businessMinutesBetween(calendar, await tenantZone(ctx), from, to)`. Give
 * the range the instants cover (their business dates in the tenant's zone); a day outside it counts as an ordinary
 * weekday or weekend. No permission is checked: the calendar is read by anyone signed in.
 */
export async function loadCalendar(ctx: UseCase, fromDay: string, toDay: string): Promise<BusinessCalendar> {
  const hours = await workingHours(ctx, await rootPath(ctx));
  const days = await repo.daysBetween(ctx.db, ctx.actor.tenantId, fromDay, toDay);
  return { ...hours, days: Object.fromEntries(days.map((d) => [d.day, d.kind])) };
}

const yearBounds = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

/**
 * A year of the calendar as the page shows it: its special days, the working hours in force at the root, whether the
 * next year (after today's) has any days entered yet, and whether the caller may change it.
 */
export async function getCalendar(ctx: UseCase, year: number) {
  const { id, path } = await root(ctx);
  const { from, to } = yearBounds(year);
  const nextYear = Number(businessDate(ctx.clock.now(), await tenantZone(ctx)).slice(0, 4)) + 1;
  const next = yearBounds(nextYear);
  return {
    id,
    year,
    ...(await workingHours(ctx, path)),
    days: await repo.daysBetween(ctx.db, ctx.actor.tenantId, from, to),
    nextYear: { year: nextYear, dayCount: await repo.countBetween(ctx.db, ctx.actor.tenantId, next.from, next.to) },
    abilities: { manage: allowsAt(ctx.actor.access, CALENDAR_MANAGE, path) },
  };
}

/** Refuses (403) a caller who may not keep the calendar: everyone signed in reads it, so it is no secret. */
async function authorizeManage(ctx: UseCase): Promise<string> {
  const node = await root(ctx);
  if (!allowsAt(ctx.actor.access, CALENDAR_MANAGE, node.path)) throw forbidden(CALENDAR_MANAGE);
  return node.id;
}

function refuseDayInput(day: string): void {
  if (!isDay(day)) throw fieldError('invalid', 'calendar.day_invalid', 'day', `${day} is not a date YYYY-MM-DD`);
}

/** Marks a date a holiday or a make-up working day (or changes its kind or name); audited. */
export async function putDay(ctx: UseCase, day: string, input: { kind: DayKind; name: string }): Promise<SpecialDay> {
  return inTransaction(ctx, async (tx) => {
    const calendarId = await authorizeManage(tx);
    refuseDayInput(day);
    const refusal = refuseDay(day, input.kind, input.name);
    if (refusal) throw fieldError('unprocessable', refusal.code, refusal.field, `${day}: ${refusal.code}`);
    const before = await repo.findDay(tx.db, tx.actor.tenantId, day);
    const after: SpecialDay = { day, kind: input.kind, name: input.name.trim() };
    await repo.upsertDay(tx.db, tx.actor.tenantId, after, tx.actor.userId, tx.now);
    await tx.audit({ action: 'calendar.day_set', entity: 'calendar', entityId: calendarId, before: before ?? null, after });
    return after;
  });
}

/** Makes a date an ordinary day again (a weekday works, a weekend rests); audited. */
export async function removeDay(ctx: UseCase, day: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const calendarId = await authorizeManage(tx);
    refuseDayInput(day);
    const before = await repo.findDay(tx.db, tx.actor.tenantId, day);
    if (!before) throw notFound('calendar_day');
    await repo.deleteDay(tx.db, tx.actor.tenantId, day);
    await tx.audit({ action: 'calendar.day_remove', entity: 'calendar', entityId: calendarId, before, after: null });
  });
}

/**
 * Replaces a year's special days with `days` (an office pastes the State Council's notice): every line is checked
 * first and one wrong line writes nothing, each named on `days.<line>.<field>`; audited once for the year.
 */
export async function importYear(ctx: UseCase, year: number, days: readonly SpecialDay[]) {
  return inTransaction(ctx, async (tx) => {
    const calendarId = await authorizeManage(tx);
    const refusals = checkYearImport(year, days);
    if (refusals.length > 0) {
      throw new DomainError(
        'unprocessable',
        'calendar.import_invalid',
        `${refusals.length} line(s) of the import are wrong; nothing was written`,
        refusals.map((r) => ({ field: `days.${r.index}.${r.field}`, code: r.code, message: `line ${r.index + 1}: ${r.code}` })),
      );
    }
    const { from, to } = yearBounds(year);
    const before = await repo.daysBetween(tx.db, tx.actor.tenantId, from, to);
    const after = [...days].map((d) => ({ day: d.day, kind: d.kind, name: d.name.trim() })).sort((a, b) => a.day.localeCompare(b.day));
    await repo.replaceBetween(tx.db, tx.actor.tenantId, from, to, after, tx.actor.userId, tx.now);
    await tx.audit({
      action: 'calendar.year_import',
      entity: 'calendar',
      entityId: calendarId,
      before: { year, days: before },
      after: { year, days: after },
    });
    return getCalendar(tx, year);
  });
}

/**
 * History reader of the calendar, one record per organisation kept at its root node's id (the history route takes
 * record ids, and a date is none): anyone signed in may read the calendar and so its history.
 */
export async function readCalendar(ctx: UseCase, id: string): Promise<{ id: string }> {
  const node = await rootOrg(ctx);
  if (!node || node.id !== id) throw notFound('calendar');
  return { id };
}
