import type { EnforcedRule, ProvidedFeature } from '../../platform/modules.js';
import type { ClauseEntry } from './clauses.data.js';

/** What the live checks say: no breach, breaches, or no monitor checks the clause. */
export type ClauseStatus = 'ok' | 'breached' | 'not_monitored';
/**
 * How the system covers a clause: the server refuses its breach (enforced), a monitor counts its breaches
 * (monitored), both, else a feature fulfils it (provided: every record's history, the printed forms), or nothing yet.
 */
export type ClauseCoverage = 'enforced' | 'monitored' | 'enforced_and_monitored' | 'provided' | 'not_covered';

export interface MonitorCount {
  id: string;
  clauseId: string;
  title: { 'zh-CN': string; en: string };
  count: number;
  /** Counted for the period asked (its breaches are dated), rather than now. */
  periodic: boolean;
}

/**
 * Every clause with its coverage and status, from what the modules declare: the rules the server enforces for
 * it (refusing the breach), its monitors' counts — clean, with breaches (summed over its monitors), or
 * unmonitored — and the features that fulfil it. A clause with none of them is not yet covered.
 */
export function clauseStatuses(
  clauses: readonly ClauseEntry[],
  counts: readonly MonitorCount[],
  rules: readonly (EnforcedRule & { module: string })[],
  features: readonly (ProvidedFeature & { module: string })[],
) {
  return clauses.map((c) => {
    const monitors = counts.filter((m) => m.clauseId === c.id).map(({ id, title, count, periodic }) => ({ id, title, count, periodic }));
    const enforced = rules
      .filter((r) => r.clauseId === c.id)
      .map(({ code, module, description, test }) => ({ code, module, description, test }));
    const provided = features
      .filter((f) => f.clauseId === c.id)
      .map(({ key, module, description, test }) => ({ key, module, description, test }));
    const breaches = monitors.length ? monitors.reduce((s, m) => s + m.count, 0) : null;
    const status: ClauseStatus = breaches === null ? 'not_monitored' : breaches > 0 ? 'breached' : 'ok';
    const coverage: ClauseCoverage = enforced.length
      ? monitors.length
        ? 'enforced_and_monitored'
        : 'enforced'
      : monitors.length
        ? 'monitored'
        : provided.length
          ? 'provided'
          : 'not_covered';
    return { ...c, coverage, status, breaches, monitors, enforced, provided };
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
