import { businessDate, nextBusinessDate, startOfBusinessDay } from '../../platform/time.js';
import type { StayState } from './parking.types.js';

/** The longest range of days one daily report covers (a quarter): a longer one is asked for in parts. */
export const REPORT_MAX_DAYS = 92;

/** The business dates from `from` to `to`, both included (YYYY-MM-DD); empty when `to` is before `from`. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to && days.length <= REPORT_MAX_DAYS; d = nextBusinessDate(d)) days.push(d);
  return days;
}

/** A stay as the report counts it. */
export interface ReportStay {
  id: string;
  carParkId: string;
  plate: string;
  state: StayState;
  enteredAt: string | null;
  exitedAt: string | null;
  chargeFen: number | null;
  waiveReason: string | null;
  waivedByName: string | null;
  waivedAt: string | null;
}

/** One waived stay on the report, with why and who approved it. */
export interface WaivedLine {
  stayId: string;
  plate: string;
  chargeFen: number;
  reason: string;
  approver: string;
  waivedAt: string | null;
}

/** The figures of one car park on one business day. */
export interface DayFigures {
  /** Stays that ended (exited) that day, whatever became of them. */
  stays: number;
  /** What the day's charged stays cost (due + collected + waived). */
  chargedFen: number;
  chargedCount: number;
  collectedFen: number;
  collectedCount: number;
  waivedFen: number;
  waivedCount: number;
  /** Charged and not yet paid nor waived. */
  dueFen: number;
  dueCount: number;
  passCount: number;
  freeCount: number;
  /** Exited while no approved standard was in force: nothing could be charged. */
  noStandardCount: number;
  /** An exit with no entry on record. */
  unmatchedCount: number;
  /** Cars in the car park when the day closed (or now, for today): entered before its end, not out by then. */
  parkedAtClose: number;
  waived: WaivedLine[];
}

export const emptyFigures = (): DayFigures => ({
  stays: 0,
  chargedFen: 0,
  chargedCount: 0,
  collectedFen: 0,
  collectedCount: 0,
  waivedFen: 0,
  waivedCount: 0,
  dueFen: 0,
  dueCount: 0,
  passCount: 0,
  freeCount: 0,
  noStandardCount: 0,
  unmatchedCount: 0,
  parkedAtClose: 0,
  waived: [],
});

/** Adds one exited stay to its day's figures (a stay is counted on the business day it exited). */
export function countExit(f: DayFigures, s: ReportStay): void {
  f.stays++;
  const fen = s.chargeFen ?? 0;
  switch (s.state) {
    case 'due':
      f.dueFen += fen;
      f.dueCount++;
      break;
    case 'collected':
      f.collectedFen += fen;
      f.collectedCount++;
      break;
    case 'waived':
      f.waivedFen += fen;
      f.waivedCount++;
      f.waived.push({
        stayId: s.id,
        plate: s.plate,
        chargeFen: fen,
        reason: s.waiveReason ?? '',
        approver: s.waivedByName ?? '',
        waivedAt: s.waivedAt,
      });
      break;
    case 'pass':
      f.passCount++;
      break;
    case 'free':
      f.freeCount++;
      break;
    case 'no_standard':
      f.noStandardCount++;
      break;
    case 'unmatched':
      f.unmatchedCount++;
      break;
    case 'parked':
      break;
  }
  if (s.state === 'due' || s.state === 'collected' || s.state === 'waived') {
    f.chargedFen += fen;
    f.chargedCount++;
  }
}

/**
 * The daily figures of each car park over `days` (business dates in `timeZone`), from the stays that exited in the
 * range or were inside at some day's close: keyed `carParkId` → date → figures. `now` bounds today's close.
 */
export function dailyFigures(
  stays: readonly ReportStay[],
  carParkIds: readonly string[],
  days: readonly string[],
  timeZone: string,
  now: string,
): Map<string, Map<string, DayFigures>> {
  const out = new Map<string, Map<string, DayFigures>>();
  for (const id of carParkIds) out.set(id, new Map(days.map((d) => [d, emptyFigures()])));
  const closes = days.map((d) => {
    const end = startOfBusinessDay(nextBusinessDate(d), timeZone);
    return { day: d, at: end < now ? end : now };
  });
  for (const s of stays) {
    const byDay = out.get(s.carParkId);
    if (!byDay) continue;
    if (s.exitedAt) {
      const f = byDay.get(businessDate(s.exitedAt, timeZone));
      if (f) countExit(f, s);
    }
    if (!s.enteredAt) continue;
    for (const c of closes) {
      if (s.enteredAt < c.at && (s.exitedAt === null || s.exitedAt >= c.at)) byDay.get(c.day)!.parkedAtClose++;
    }
  }
  return out;
}

/** The sum of several days' figures (the report's total line); waived details are kept in order. */
export function sumFigures(all: readonly DayFigures[]): DayFigures {
  const t = emptyFigures();
  for (const f of all) {
    for (const k of Object.keys(t) as (keyof DayFigures)[]) {
      if (k === 'waived') t.waived.push(...f.waived);
      else if (k !== 'parkedAtClose') t[k] += f[k];
    }
  }
  return t;
}
