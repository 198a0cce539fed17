import type { ClauseEntry } from './clauses.data.js';

export type ClauseStatus = 'ok' | 'breached' | 'not_covered';

export interface MonitorCount {
  id: string;
  clauseId: string;
  title: { 'zh-CN': string; en: string };
  count: number;
  /** Counted for the period asked (its breaches are dated), rather than now. */
  periodic: boolean;
}

/** Every clause with its status: covered and clean, covered with breaches (summed over its monitors), or not yet covered. */
export function clauseStatuses(clauses: readonly ClauseEntry[], counts: readonly MonitorCount[]) {
  return clauses.map((c) => {
    const monitors = counts.filter((m) => m.clauseId === c.id).map(({ id, title, count, periodic }) => ({ id, title, count, periodic }));
    const breaches = monitors.length ? monitors.reduce((s, m) => s + m.count, 0) : null;
    const status: ClauseStatus = breaches === null ? 'not_covered' : breaches > 0 ? 'breached' : 'ok';
    return { ...c, status, breaches, monitors };
  });
}

/**
 * Where the caller may read compliance inside the node asked for: the whole node when a grant covers
 * it, else the granted subtrees below it (an office head asking about the company sees their office).
 */
export function readablePrefixes(nodePath: string, readScope: readonly string[]): string[] {
  if (readScope.some((p) => nodePath.startsWith(p))) return [nodePath];
  return readScope.filter((p) => p.startsWith(nodePath));
}

/** A period filter is both dates or neither, in order: the field that is wrong, or null. */
export function periodProblem(from: string | undefined, to: string | undefined): { field: 'from' | 'to'; code: string } | null {
  if (from === undefined && to === undefined) return null;
  if (from === undefined) return { field: 'from', code: 'compliance.period_incomplete' };
  if (to === undefined) return { field: 'to', code: 'compliance.period_incomplete' };
  if (from > to) return { field: 'to', code: 'compliance.period_reversed' };
  return null;
}
