import { describe, expect, it } from 'vitest';
import {
  inspectionSummary,
  lastEndedPeriod,
  type ResultFact,
  rectificationSummary,
  scoreTables,
  uncheckedAreas,
} from './cleaning-score.rules.js';

const fact = (over: Partial<ResultFact>): ResultFact => ({
  estateId: 'e1',
  estateName: '翠竹园',
  area: 'ground',
  level: 'supervisor',
  cleanerId: 'c1',
  cleanerName: '孙秀英',
  passed: true,
  checkKey: 'ground.litter',
  version: 1,
  object: '地面',
  criterion: '无杂物',
  ...over,
});

describe('cleaning score rules (A6.3)', () => {
  it('counts checks and passes per area and level, per cleaner and level, rate in per mille', () => {
    const t = scoreTables([
      fact({ passed: false }),
      fact({}),
      fact({}),
      fact({ level: 'self' }),
      fact({ cleanerId: 'c2', cleanerName: '王五', area: 'bins', passed: false, checkKey: 'bins.full' }),
    ]);
    expect(t.byArea).toEqual([
      { estateId: 'e1', estateName: '翠竹园', area: 'bins', level: 'supervisor', checks: 1, passed: 0, rate: 0 },
      { estateId: 'e1', estateName: '翠竹园', area: 'ground', level: 'self', checks: 1, passed: 1, rate: 1000 },
      { estateId: 'e1', estateName: '翠竹园', area: 'ground', level: 'supervisor', checks: 3, passed: 2, rate: 667 },
    ]);
    expect(t.byCleaner.map((c) => `${c.cleanerName}/${c.level} ${c.passed}/${c.checks} ${c.rate}`)).toEqual([
      '孙秀英/self 1/1 1000',
      '孙秀英/supervisor 2/3 667',
      '王五/supervisor 0/1 0',
    ]);
  });

  it('names each failed check by the wording of its latest failing version, most failures first', () => {
    const t = scoreTables([
      fact({ passed: false, checkKey: 'bins.full', area: 'bins' }),
      fact({ passed: false, version: 2, criterion: '无杂物、无积水' }),
      fact({ passed: false, version: 1 }),
      fact({ passed: true, version: 3, criterion: '第三版' }),
    ]);
    expect(t.byCheck).toEqual([
      { checkKey: 'ground.litter', area: 'ground', object: '地面', criterion: '无杂物、无积水', failed: 2 },
      { checkKey: 'bins.full', area: 'bins', object: '地面', criterion: '无杂物', failed: 1 },
    ]);
  });

  it('tells on time from late by the deadline, and open rounds past it as overdue', () => {
    const due = '2026-11-05T10:00:00.000Z';
    expect(
      rectificationSummary(
        [
          { state: 'passed', dueAt: due, doneAt: due },
          { state: 'done', dueAt: due, doneAt: '2026-11-05T10:00:00.001Z' },
          { state: 'open', dueAt: due, doneAt: null },
          { state: 'open', dueAt: '2026-12-05T10:00:00.000Z', doneAt: null },
        ],
        '2026-12-01T00:00:00.000Z',
      ),
    ).toEqual({ opened: 4, fixedOnTime: 1, fixedLate: 1, open: 2, overdue: 1 });
  });

  it('counts a planned inspection missed only once its period has ended', () => {
    expect(
      inspectionSummary(
        [
          { state: 'done', periodEnd: '2026-11-10' },
          { state: 'planned', periodEnd: '2026-11-10' },
          { state: 'planned', periodEnd: '2026-11-30' },
        ],
        '2026-11-30',
      ),
    ).toEqual({ planned: 3, done: 1, missed: 1 });
  });

  it('finds the areas of active plans unchecked in the last ended period, at any level', () => {
    expect(lastEndedPeriod('weekly', '2026-12-04')).toEqual({ start: '2026-11-23', end: '2026-11-29' });
    expect(lastEndedPeriod('monthly', '2026-12-01')).toEqual({ start: '2026-11-01', end: '2026-11-30' });
    expect(lastEndedPeriod('daily', '2026-12-01')).toEqual({ start: '2026-11-30', end: '2026-11-30' });
    const plan = {
      id: 'p',
      estateId: 'e1',
      frequency: 'weekly' as const,
      areas: ['ground', 'bins'] as const,
      active: true,
      createdDate: '2026-11-01',
    };
    const found = uncheckedAreas(
      [plan, { ...plan, id: 'new', createdDate: '2026-11-30' }, { ...plan, id: 'off', active: false }],
      [
        { estateId: 'e1', area: 'ground', doneDate: '2026-11-29' },
        { estateId: 'e1', area: 'bins', doneDate: '2026-11-30' },
        { estateId: 'e2', area: 'bins', doneDate: '2026-11-25' },
      ],
      '2026-12-04',
    );
    expect(found.map((f) => `${f.planId}/${f.area}`)).toEqual(['p/bins']);
  });
});
