import { addMonths } from '../../platform/months.js';
import type { FeedbackChannel, FeedbackKind, FeedbackState, OutcomeSatisfaction } from './feedback.types.js';
import { FEEDBACK_CHANNELS, FEEDBACK_KINDS, OUTCOME_SATISFACTIONS } from './feedback.types.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A feedback's number: `FK-20261204-0001`, counted per tenant and business day. */
export const feedbackNumber = (businessDate: string, seq: number) =>
  `FK-${businessDate.replaceAll('-', '')}-${String(seq).padStart(4, '0')}`;

/** A4.5 "及时答复": the first reply is due `feedbackReplyHours` after the feedback came in. */
export const replyDueAt = (receivedAt: string, hours: number) => new Date(Date.parse(receivedAt) + hours * HOUR).toISOString();

/** A4.5 "将处理结果告知客户": the outcome is due to the customer `feedbackOutcomeDays` after it came in. */
export const outcomeDueAt = (receivedAt: string, days: number) => new Date(Date.parse(receivedAt) + days * DAY).toISOString();

interface Deadlined {
  state: FeedbackState;
  receivedAt: string;
  firstReplyAt: string | null;
  toldAt: string | null;
}

/** Since when a feedback breaches the reply deadline (no first reply and the due time passed), or null. Spam is never late. */
export function replyOverdueSince(f: Deadlined, hours: number, now: Date): string | null {
  if (f.state === 'spam' || f.firstReplyAt !== null) return null;
  const due = replyDueAt(f.receivedAt, hours);
  return Date.parse(due) < now.getTime() ? due : null;
}

/** Since when a feedback breaches the outcome deadline (the customer not told and the due time passed), or null. */
export function outcomeOverdueSince(f: Deadlined, days: number, now: Date): string | null {
  if (f.state === 'spam' || f.toldAt !== null) return null;
  const due = outcomeDueAt(f.receivedAt, days);
  return Date.parse(due) < now.getTime() ? due : null;
}

/** The public form's limits per client address and office: `perHour` (a parameter) and this many a day. */
export const PUBLIC_PER_DAY = 20;

/** Whether one more public submission is let in, given the address's submissions to the office in the last hour and day. */
export function publicLimit(hits: { lastHour: number; lastDay: number }, perHour: number, perDay = PUBLIC_PER_DAY): 'ok' | 'hour' | 'day' {
  if (hits.lastHour >= perHour) return 'hour';
  if (hits.lastDay >= perDay) return 'day';
  return 'ok';
}

/** A quarter `YYYY-Qn` as its three months. */
export function quarterMonths(quarter: string): [string, string, string] {
  const [y, q] = quarter.split('-Q') as [string, string];
  const first = `${y}-${String((Number(q) - 1) * 3 + 1).padStart(2, '0')}`;
  return [first, addMonths(first, 1), addMonths(first, 2)];
}

/** The quarter a month falls in. */
export const quarterOf = (month: string) => `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;

export interface ReportRow {
  kind: FeedbackKind;
  channel: FeedbackChannel;
  receivedAt: string;
  firstReplyAt: string | null;
  toldAt: string | null;
  outcomeSatisfaction: OutcomeSatisfaction | null;
}

/** Median and average of durations in hours (one decimal), null when none. */
function spread(hours: number[]) {
  if (!hours.length) return { count: 0, medianHours: null, averageHours: null };
  const s = [...hours].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  const round = (x: number) => Math.round(x * 10) / 10;
  return { count: s.length, medianHours: round(median), averageHours: round(s.reduce((a, b) => a + b, 0) / s.length) };
}

const zeroes = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** A month's feedback at an office (spam left out): counts by kind and channel, reply and outcome times, satisfaction. */
export function feedbackReport(rows: readonly ReportRow[]) {
  const byKind = zeroes(FEEDBACK_KINDS);
  const byChannel = zeroes(FEEDBACK_CHANNELS);
  const satisfaction = zeroes(OUTCOME_SATISFACTIONS);
  const reply: number[] = [];
  const outcome: number[] = [];
  for (const r of rows) {
    byKind[r.kind]++;
    byChannel[r.channel]++;
    if (r.firstReplyAt) reply.push((Date.parse(r.firstReplyAt) - Date.parse(r.receivedAt)) / HOUR);
    if (r.toldAt) outcome.push((Date.parse(r.toldAt) - Date.parse(r.receivedAt)) / HOUR);
    if (r.outcomeSatisfaction) satisfaction[r.outcomeSatisfaction]++;
  }
  return { received: rows.length, byKind, byChannel, firstReply: spread(reply), outcome: spread(outcome), satisfaction };
}
