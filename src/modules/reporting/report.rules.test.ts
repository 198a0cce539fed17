import { describe, expect, it } from 'vitest';
import { owedReports, periodEnded, previousPeriod, reportDueOn, submittedLate } from './report.rules.js';

describe('periodic reports (A1.3)', () => {
  it('are due on the due day of the next month, across a year end', () => {
    expect(reportDueOn('2026-11', 5)).toBe('2026-12-05');
    expect(reportDueOn('2026-12', 10)).toBe('2027-01-10');
    expect(previousPeriod('2027-01')).toBe('2026-12');
  });

  it('can be reported only once the month has ended', () => {
    expect(periodEnded('2026-11', '2026-12-01')).toBe(true);
    expect(periodEnded('2026-12', '2026-12-31')).toBe(false);
  });

  it('are late when submitted after the due day, on time on it', () => {
    expect(submittedLate('2026-11', '2026-12-05', 5)).toBe(false);
    expect(submittedLate('2026-11', '2026-12-06', 5)).toBe(true);
  });

  it('are owed for every kind of every ended month since the station was set up, overdue past the due day', () => {
    const owed = owedReports(
      '2026-10',
      '2026-12-05',
      5,
      ['work', 'public_sentiment'],
      ['work:2026-10', 'public_sentiment:2026-10', 'work:2026-11'],
    );
    expect(owed).toEqual([{ kind: 'public_sentiment', period: '2026-11', dueOn: '2026-12-05', overdue: false }]);
    const later = owedReports('2026-10', '2026-12-06', 5, ['work', 'public_sentiment'], ['work:2026-10']);
    expect(later.map((o) => [o.kind, o.period, o.overdue])).toEqual([
      ['public_sentiment', '2026-10', true],
      ['work', '2026-11', true],
      ['public_sentiment', '2026-11', true],
    ]);
  });

  it('owe nothing in the month the station was set up', () => {
    expect(owedReports('2026-12', '2026-12-20', 5, ['work'], [])).toEqual([]);
  });
});
