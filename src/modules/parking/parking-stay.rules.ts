import { zoneOffsetMinutes } from '../../platform/time.js';
import type { StayState } from './parking.types.js';
import { type StayCharge, stayCharge, type TemporaryRate } from './parking-charge.rules.js';

/** The states a stay leaves the gate in when it is settled at its exit (collection and waiving come later). */
export type SettledState = Extract<StayState, 'free' | 'pass' | 'no_standard' | 'due'>;

/** What settling a stay needs, all gathered before: the rule itself never queries. */
export interface SettleInput {
  /** ISO instants of the entry and the exit. */
  entryAt: string;
  exitAt: string;
  /** The approved standard in force at the car park in the entry's month (the tenant's zone), or null. */
  standard: { id: string; rate: TemporaryRate } | null;
  /** The monthly pass covering the plate in the entry's month, or null. */
  pass: { passId: string; vehicleId: string } | null;
  /** The tenant's IANA zone, in which a night window is read. */
  timeZone: string;
}

export interface Settlement {
  state: SettledState;
  /** What the driver owes in fen: 0 for a pass or a free stay, null when there is no standard to charge by. */
  chargeFen: number | null;
  /** The standard the charge was made by (null for a pass stay: it is not charged by the standard). */
  standardId: string | null;
  passId: string | null;
  vehicleId: string | null;
  /** The charge's working (periods, caps), for the guard's screen; null when nothing was priced. */
  charge: StayCharge | null;
}

/**
 * Settles a stay at its exit (A2.4.1.2): a vehicle whose monthly pass covers the entry's month is not charged per
 * stay (`pass`, even where no standard is approved yet); otherwise with no approved standard in force nothing can
 * be charged (`no_standard`, for the office to see on the report); otherwise the standard's temporary rate prices
 * the stay with `stayCharge` — `free` when that is 0 (within the free minutes), else `due`.
 */
export function settleStay(input: SettleInput): Settlement {
  if (input.pass)
    return { state: 'pass', chargeFen: 0, standardId: null, passId: input.pass.passId, vehicleId: input.pass.vehicleId, charge: null };
  if (!input.standard) return { state: 'no_standard', chargeFen: null, standardId: null, passId: null, vehicleId: null, charge: null };
  const charge = stayCharge(input.standard.rate, input.entryAt, input.exitAt, input.timeZone);
  return {
    state: charge.chargeFen === 0 ? 'free' : 'due',
    chargeFen: charge.chargeFen,
    standardId: input.standard.id,
    passId: null,
    vehicleId: null,
    charge,
  };
}

const LOCAL = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?$/;

/**
 * A gate system's local time (`2026-11-05 08:03[:15]`, `2026/11/05 08:03`, one-digit month, day or hour too) read in
 * the tenant's zone, as an ISO UTC instant; null when the text is no such time or names a day that does not exist.
 * A wall-clock time skipped by a daylight-saving switch is read with the offset before the switch.
 */
export function parseLocalTime(text: string, timeZone: string): string | null {
  const m = LOCAL.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return null;
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  if (new Date(wall).getUTCDate() !== d) return null; // 2026-02-30
  const first = wall - zoneOffsetMinutes(new Date(wall), timeZone) * 60_000;
  const at = wall - zoneOffsetMinutes(new Date(first), timeZone) * 60_000;
  return new Date(at).toISOString();
}

/** An Excel date cell (its UTC fields are the wall clock the sheet shows) as the local text `parseLocalTime` reads. */
export function excelDateText(d: Date): string {
  return d.toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * The key that makes an import idempotent within a car park: the gate's own record number when its export has one,
 * else the plate and the entry (a stay is one car entering once), and for a row with only an exit, the plate and the
 * exit. A stay entered by hand is keyed by its own id, so it never collides with an imported one.
 */
export function recordKey(r: { recordNo: string; plate: string; entryAt: string | null; exitAt: string | null }): string {
  if (r.recordNo) return `no:${r.recordNo}`;
  return r.entryAt ? `in:${r.plate}@${r.entryAt}` : `out:${r.plate}@${r.exitAt}`;
}
