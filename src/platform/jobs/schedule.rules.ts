import { Cron } from 'croner';
import { localDateTime } from '../time.js';

/** The first retry waits this long; each further failure doubles it, up to BACKOFF_CAP_MS. */
export const BACKOFF_BASE_MS = 30_000;
export const BACKOFF_CAP_MS = 60 * 60_000;
export const DEFAULT_MAX_ATTEMPTS = 5;
/** Counting skipped occurrences stops here (a per-minute job after a long outage). */
const SKIP_COUNT_CAP = 1000;

/** How long to wait after the `failures`-th failed attempt (1, 2, …): 30 s, 1 min, 2 min, … capped at 1 h. */
export function backoffMs(failures: number): number {
  const n = Math.max(1, Math.floor(failures));
  return Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(n - 1, 30));
}

/** A 5-field cron (minute hour day-of-month month day-of-week) read in `timeZone`; throws on a bad pattern. */
export function cronOf(pattern: string, timeZone: string): Cron {
  return new Cron(pattern, { timezone: timeZone, mode: '5-part', paused: true });
}

export function isValidCron(pattern: string): boolean {
  try {
    cronOf(pattern, 'UTC');
    return true;
  } catch {
    return false;
  }
}

/** The first occurrence strictly after `after`. */
export function nextOccurrence(pattern: string, timeZone: string, after: Date): Date {
  const next = cronOf(pattern, timeZone).nextRun(after);
  if (!next) throw new Error(`cron ${pattern} has no occurrence after ${after.toISOString()}`);
  return next;
}

/**
 * What a recurring job schedules after its occurrence `dueAt` ran (or finally failed) at `now`: the next
 * occurrence when it is still ahead; after downtime, only the latest occurrence already passed, with its own
 * time (a monthly draw done late still draws the right month), and how many in between were skipped.
 */
export function followingOccurrence(pattern: string, timeZone: string, dueAt: Date, now: Date): { at: Date; skipped: number } {
  const cron = cronOf(pattern, timeZone);
  const next = cron.nextRun(dueAt);
  if (!next) throw new Error(`cron ${pattern} has no occurrence after ${dueAt.toISOString()}`);
  if (next.getTime() > now.getTime()) return { at: next, skipped: 0 };
  let latest = next;
  let skipped = 0;
  for (let n = cron.nextRun(latest); n && n.getTime() <= now.getTime(); n = cron.nextRun(latest)) {
    latest = n;
    if (++skipped >= SKIP_COUNT_CAP) {
      // too many to walk one by one: jump to the last one at or before now
      const [last] = cron.previousRuns(1, new Date(now.getTime() + 1000));
      if (last && last.getTime() > latest.getTime()) latest = last;
      break;
    }
  }
  return { at: latest, skipped };
}

/** The key of one occurrence: the kind and its local time, e.g. `callbacks.draw@2026-12-01T01:00`. */
export function occurrenceKey(kind: string, at: Date, timeZone: string): string {
  return `${kind}@${localDateTime(at.toISOString(), timeZone).replace(' ', 'T')}`;
}
