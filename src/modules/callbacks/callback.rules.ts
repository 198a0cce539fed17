import { businessDate, startOfBusinessDay } from '../../platform/time.js';
import type { OrderTypeCode } from '../orders/order-types.js';
import type { ParamKey } from '../params/params.catalog.js';
import type { Satisfaction } from './callback.types.js';

/**
 * Mulberry32: a tiny deterministic 32-bit PRNG. Kept here rather than taken from a library because a stored
 * draw must reproduce with its seed for as long as the record is kept, whatever a library's next version does.
 */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed as stored: 8 hex digits (32 bits). */
export const SEED_PATTERN = /^[0-9a-f]{8}$/;

/**
 * The sample of a draw: `size` of the candidates chosen by a partial Fisher–Yates shuffle driven by the seed,
 * or all of them (in their order) when there are no more than `size`. Pure: the same seed and candidates
 * always give the same sample.
 */
export function drawSample<T>(candidates: readonly T[], size: number, seed: string): T[] {
  if (!SEED_PATTERN.test(seed)) throw new Error(`bad seed ${seed}`);
  if (candidates.length <= size) return [...candidates];
  const pool = [...candidates];
  const next = prng(Number.parseInt(seed, 16));
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(next() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, size);
}

/** A month `YYYY-MM`. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month before `month`. */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The `count` months ending with `month`, oldest first. */
export function monthsEnding(month: string, count: number): string[] {
  const out = [month];
  while (out.length < count) out.unshift(previousMonth(out[0]!));
  return out;
}

/** The month `YYYY-MM` an instant falls in, in a time zone. */
export const localMonth = (iso: string, timeZone: string) => businessDate(iso, timeZone).slice(0, 7);

/**
 * The deadline of a month's callbacks: the end of day `dueDay` of the following month, i.e. the business date
 * from which they are late (`YYYY-MM-DD`, the day after).
 */
export function lateFrom(month: string, dueDay: number): string {
  const next = nextMonth(month);
  const [y, m] = next.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (dueDay >= days) return `${nextMonth(next)}-01`;
  return `${next}-${String(dueDay + 1).padStart(2, '0')}`;
}

/** Counts of one group of callbacks. */
export interface CallbackTally {
  total: number;
  pending: number;
  notReached: number;
  reached: number;
  satisfied: number;
  basicallySatisfied: number;
  dissatisfied: number;
}

export const emptyTally = (): CallbackTally => ({
  total: 0,
  pending: 0,
  notReached: 0,
  reached: 0,
  satisfied: 0,
  basicallySatisfied: 0,
  dissatisfied: 0,
});

/** Adds one callback's outcome to a tally. */
export function addToTally(t: CallbackTally, c: { state: 'to_do' | 'done'; reached: boolean | null; satisfaction: Satisfaction | null }) {
  t.total++;
  if (c.state === 'to_do') t.pending++;
  else if (!c.reached) t.notReached++;
  else {
    t.reached++;
    if (c.satisfaction === 'satisfied') t.satisfied++;
    else if (c.satisfaction === 'basically_satisfied') t.basicallySatisfied++;
    else if (c.satisfaction === 'dissatisfied') t.dissatisfied++;
  }
  return t;
}

/**
 * The satisfaction rate (满意率): callbacks answered 满意 ÷ callbacks that reached the owner, in per mille
 * (integer, rounded half up) so no float is stored or compared; null when nobody was reached. 基本满意
 * does not count as satisfied (regulations.md does not say it does); it is shown beside the rate.
 */
export function satisfactionRate(t: Pick<CallbackTally, 'reached' | 'satisfied'>): number | null {
  if (t.reached === 0) return null;
  return Math.floor((t.satisfied * 1000 * 2 + t.reached) / (t.reached * 2));
}

/** The instants [from, to) of a month in a time zone, ISO UTC. */
export function monthRange(month: string, timeZone: string): { from: string; to: string } {
  return { from: startOfBusinessDay(`${month}-01`, timeZone), to: startOfBusinessDay(`${nextMonth(month)}-01`, timeZone) };
}

/**
 * Which order types the monthly sample draws from (A7.4.10 "每月汇总《家政服务表》后…抽查回访"): one yes/no
 * parameter per order type, housekeeping on by default. A new order type must name its parameter here.
 */
export const SAMPLE_TYPE_PARAMS = {
  housekeeping: 'callbackSampleHousekeeping',
  paid_service: 'callbackSamplePaidService',
  repair: 'callbackSampleRepair',
  gps_install: 'callbackSampleGpsInstall',
  gps_repair: 'callbackSampleGpsRepair',
  infusion_visit: 'callbackSampleInfusionVisit',
} as const satisfies Record<OrderTypeCode, ParamKey>;

/** The sampled order types from the flags in force; none chosen reads as the regulation's own (housekeeping). */
export function sampledTypes(flags: Record<OrderTypeCode, number>): OrderTypeCode[] {
  const on = (Object.keys(SAMPLE_TYPE_PARAMS) as OrderTypeCode[]).filter((t) => flags[t] === 1);
  return on.length ? on : ['housekeeping'];
}

/**
 * The months an office owes a draw for and whose deadline has passed by `today`: from the month it was created
 * through last month, each once its callbacks are late (`lateFrom`). A month among them without a draw is a
 * breach (the draw never ran), from the same day its callbacks would be late.
 */
export function drawsOwed(createdMonth: string, today: string, dueDay: number): string[] {
  const out: string[] = [];
  const last = previousMonth(today.slice(0, 7));
  for (let m = createdMonth; m <= last; m = nextMonth(m)) if (lateFrom(m, dueDay) <= today) out.push(m);
  return out;
}
