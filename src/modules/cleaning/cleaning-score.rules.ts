import { fixedOnTime, passRate, periodOf } from './cleaning.rules.js';
import type { CleaningArea, InspectionLevel, PlanFrequency } from './cleaning.types.js';

/** One recorded result of a done inspection, with what the scores group it by. */
export interface ResultFact {
  estateId: string;
  estateName: string;
  area: CleaningArea;
  level: InspectionLevel;
  cleanerId: string;
  cleanerName: string;
  passed: boolean;
  checkKey: string;
  /** The version of the check it was judged by: the latest version's wording names the check. */
  version: number;
  object: string;
  criterion: string;
}

interface Counts {
  checks: number;
  passed: number;
  rate: number | null;
}

function tally<K extends string, T>(facts: readonly ResultFact[], key: (f: ResultFact) => K, head: (f: ResultFact) => T) {
  const out = new Map<K, T & { checks: number; passed: number }>();
  for (const f of facts) {
    const k = key(f);
    const row = out.get(k) ?? { ...head(f), checks: 0, passed: 0 };
    row.checks += 1;
    if (f.passed) row.passed += 1;
    out.set(k, row);
  }
  return [...out.values()].map((r): T & Counts => ({ rate: passRate(r.passed, r.checks), ...r }));
}

const LEVEL_ORDER: Record<InspectionLevel, number> = { self: 0, supervisor: 1, manager: 2 };

/**
 * A6.3: a month's checks grouped by estate, area and level, and by cleaner and level (checks = results of the
 * inspections done that month, rate per mille), and the checks that failed, most failures first, each named by
 * the wording of the latest version that failed.
 */
export function scoreTables(facts: readonly ResultFact[]) {
  const byArea = tally(
    facts,
    (f) => `${f.estateId}|${f.area}|${f.level}`,
    (f) => ({ estateId: f.estateId, estateName: f.estateName, area: f.area, level: f.level }),
  ).sort((a, b) => a.estateName.localeCompare(b.estateName) || a.area.localeCompare(b.area) || LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
  const byCleaner = tally(
    facts,
    (f) => `${f.cleanerId}|${f.level}`,
    (f) => ({ cleanerId: f.cleanerId, cleanerName: f.cleanerName, level: f.level }),
  ).sort((a, b) => a.cleanerName.localeCompare(b.cleanerName) || LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
  const failures = new Map<
    string,
    { checkKey: string; area: CleaningArea; object: string; criterion: string; failed: number; version: number }
  >();
  for (const f of facts) {
    if (f.passed) continue;
    const row = failures.get(f.checkKey);
    if (!row)
      failures.set(f.checkKey, {
        checkKey: f.checkKey,
        area: f.area,
        object: f.object,
        criterion: f.criterion,
        failed: 1,
        version: f.version,
      });
    else {
      row.failed += 1;
      if (f.version > row.version) Object.assign(row, { area: f.area, object: f.object, criterion: f.criterion, version: f.version });
    }
  }
  const byCheck = [...failures.values()]
    .sort((a, b) => b.failed - a.failed || a.checkKey.localeCompare(b.checkKey))
    .map(({ version: _v, ...r }) => r);
  return { byArea, byCleaner, byCheck };
}

/** A rectification round as the month's summary counts it. */
export interface RectificationFact {
  state: 'open' | 'done' | 'passed' | 'failed';
  dueAt: string;
  doneAt: string | null;
}

/** Of the rounds opened in a month: fixed on time, fixed late, still open, and open past their deadline now. */
export function rectificationSummary(rows: readonly RectificationFact[], now: string) {
  let fixedOnTimeN = 0;
  let fixedLate = 0;
  let open = 0;
  let overdue = 0;
  for (const r of rows) {
    if (r.doneAt !== null) {
      if (fixedOnTime(r)) fixedOnTimeN += 1;
      else fixedLate += 1;
    } else {
      open += 1;
      if (r.dueAt < now) overdue += 1;
    }
  }
  return { opened: rows.length, fixedOnTime: fixedOnTimeN, fixedLate, open, overdue };
}

/** Planned inspections whose period ends in the month: done, and missed (the period ended, still planned). */
export function inspectionSummary(rows: readonly { state: 'planned' | 'done'; periodEnd: string }[], today: string) {
  return {
    planned: rows.length,
    done: rows.filter((r) => r.state === 'done').length,
    missed: rows.filter((r) => r.state === 'planned' && r.periodEnd < today).length,
  };
}

const plusDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The last period of a frequency that has ended by `today` (the one before the period holding today). */
export function lastEndedPeriod(frequency: PlanFrequency, today: string): { start: string; end: string } {
  return periodOf(frequency, plusDays(periodOf(frequency, today).start, -1));
}

export interface PlanFact {
  id: string;
  estateId: string;
  frequency: PlanFrequency;
  areas: readonly CleaningArea[];
  active: boolean;
  /** The business date the plan was made on. */
  createdDate: string;
}

/**
 * A6.3 `cleaning.area_unchecked`: an area of an active plan, made on or before the end of the plan's last ended
 * period, of which no inspection of ANY level (planned or spot check, by anyone) was done within that period
 * (its `done_date` between the period's first and last day).
 */
export function uncheckedAreas(
  plans: readonly PlanFact[],
  done: readonly { estateId: string; area: CleaningArea; doneDate: string }[],
  today: string,
): { planId: string; estateId: string; area: CleaningArea; period: { start: string; end: string } }[] {
  const out: { planId: string; estateId: string; area: CleaningArea; period: { start: string; end: string } }[] = [];
  for (const p of plans) {
    if (!p.active) continue;
    const period = lastEndedPeriod(p.frequency, today);
    if (p.createdDate > period.end) continue;
    for (const area of p.areas) {
      const checked = done.some(
        (d) => d.estateId === p.estateId && d.area === area && d.doneDate >= period.start && d.doneDate <= period.end,
      );
      if (!checked) out.push({ planId: p.id, estateId: p.estateId, area, period });
    }
  }
  return out;
}
