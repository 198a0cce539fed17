import { describe, expect, it } from 'vitest';
import { dailyFigures, daysBetween, REPORT_MAX_DAYS, type ReportStay, sumFigures } from './parking-report.rules.js';

const SH = 'Asia/Shanghai';
let n = 0;
const stay = (s: Partial<ReportStay>): ReportStay => ({
  id: `s${++n}`,
  carParkId: 'p1',
  plate: `粤B${n}`,
  state: 'due',
  enteredAt: null,
  exitedAt: null,
  chargeFen: null,
  waiveReason: null,
  waivedByName: null,
  waivedAt: null,
  ...s,
});

describe('the days of a report', () => {
  it('runs from the first to the last day, both included, across a month end', () => {
    expect(daysBetween('2026-11-29', '2026-12-02')).toEqual(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02']);
    expect(daysBetween('2026-12-02', '2026-12-01')).toEqual([]);
  });
  it('stops one past the longest range, so the service can refuse it', () => {
    expect(daysBetween('2026-01-01', '2026-12-31')).toHaveLength(REPORT_MAX_DAYS + 1);
  });
});

describe('daily figures', () => {
  const days = ['2026-12-01', '2026-12-02'];
  // 2026-12-01 in Shanghai is [2026-11-30T16:00Z, 2026-12-01T16:00Z)
  const stays = [
    stay({ state: 'collected', chargeFen: 1500, enteredAt: '2026-12-01T01:00Z', exitedAt: '2026-12-01T03:00Z' }),
    stay({
      state: 'waived',
      chargeFen: 500,
      enteredAt: '2026-12-01T04:00Z',
      exitedAt: '2026-12-01T04:40Z',
      waiveReason: '访客',
      waivedByName: '李军',
    }),
    stay({ state: 'due', chargeFen: 1000, enteredAt: '2026-12-01T06:00Z', exitedAt: '2026-12-01T15:59Z' }),
    stay({ state: 'free', chargeFen: 0, enteredAt: '2026-12-01T07:00Z', exitedAt: '2026-12-01T07:10Z' }),
    stay({ state: 'pass', enteredAt: '2026-11-30T10:00Z', exitedAt: '2026-12-01T10:00Z' }),
    stay({ state: 'unmatched', exitedAt: '2026-12-01T11:00Z' }),
    stay({ state: 'no_standard', enteredAt: '2026-12-01T11:00Z', exitedAt: '2026-12-01T12:00Z' }),
    // 23:30 local on the 1st to 00:30 on the 2nd: an exit of the 2nd, inside at the 1st's close
    stay({ state: 'due', chargeFen: 1000, enteredAt: '2026-12-01T15:30Z', exitedAt: '2026-12-01T16:30Z' }),
    stay({ state: 'parked', enteredAt: '2026-12-01T12:00Z' }),
    stay({ carParkId: 'p2', state: 'collected', chargeFen: 700, enteredAt: '2026-12-01T01:00Z', exitedAt: '2026-12-01T02:00Z' }),
  ];
  const out = dailyFigures(stays, ['p1'], days, SH, '2026-12-02T06:00Z');
  const first = out.get('p1')!.get('2026-12-01')!;
  const second = out.get('p1')!.get('2026-12-02')!;

  it('counts each stay on the business day it exited, in the organisation’s zone', () => {
    expect(first).toMatchObject({
      stays: 7,
      chargedFen: 3000,
      chargedCount: 3,
      collectedFen: 1500,
      collectedCount: 1,
      waivedFen: 500,
      waivedCount: 1,
      dueFen: 1000,
      dueCount: 1,
      freeCount: 1,
      passCount: 1,
      unmatchedCount: 1,
      noStandardCount: 1,
    });
    expect(second).toMatchObject({ stays: 1, dueFen: 1000, chargedFen: 1000 });
  });
  it('charged is what was collected, waived and is still due', () => {
    expect(first.chargedFen).toBe(first.collectedFen + first.waivedFen + first.dueFen);
  });
  it('lists each waived stay with its reason and approver', () => {
    expect(first.waived).toEqual([expect.objectContaining({ plate: stays[1]!.plate, chargeFen: 500, reason: '访客', approver: '李军' })]);
  });
  it('counts the cars inside at each close, today’s at now', () => {
    expect(first.parkedAtClose).toBe(2); // the 23:30 car and the parked one
    expect(second.parkedAtClose).toBe(1); // the parked one, at 14:00 today
  });
  it('leaves out car parks not asked about, and sums days without adding up the cars inside', () => {
    expect(out.has('p2')).toBe(false);
    const total = sumFigures([first, second]);
    expect(total).toMatchObject({ stays: 8, chargedFen: 4000, dueFen: 2000, parkedAtClose: 0 });
    expect(total.waived).toHaveLength(1);
  });
});
