import { describe, expect, it } from 'vitest';
import { incidentLate, reportDelayMinutes, reportDueAt, timesOutOfOrder } from './incident.rules.js';

const occurredAt = '2026-12-04T10:00:00.000Z';

describe('urgent incidents (A1.3)', () => {
  it('count whole minutes to the report', () => {
    expect(reportDelayMinutes(occurredAt, '2026-12-04T10:59:59.000Z')).toBe(59);
    expect(reportDelayMinutes(occurredAt, '2026-12-04T11:01:00.000Z')).toBe(61);
    expect(reportDueAt(occurredAt, 60)).toBe('2026-12-04T11:00:00.000Z');
  });

  it('are late when reported more than the limit after they occurred, on time at the limit', () => {
    expect(incidentLate({ occurredAt, reportedAt: '2026-12-04T11:00:59.000Z' }, 60, '2026-12-05T00:00:00.000Z')).toBe(false);
    expect(incidentLate({ occurredAt, reportedAt: '2026-12-04T11:01:00.000Z' }, 60, '2026-12-05T00:00:00.000Z')).toBe(true);
  });

  it('are late unreported once the limit has passed, not before', () => {
    expect(incidentLate({ occurredAt, reportedAt: null }, 60, '2026-12-04T10:59:00.000Z')).toBe(false);
    expect(incidentLate({ occurredAt, reportedAt: null }, 60, '2026-12-04T11:00:01.000Z')).toBe(true);
  });

  it('keep their times in order: nothing in the future, the intervention not before the incident', () => {
    const now = '2026-12-04T12:00:00.000Z';
    expect(timesOutOfOrder({ occurredAt, measuresAt: '2026-12-04T10:10:00.000Z' }, now)).toBeNull();
    expect(timesOutOfOrder({ occurredAt: '2026-12-04T13:00:00.000Z', measuresAt: now }, now)).toBe('occurredAt');
    expect(timesOutOfOrder({ occurredAt, measuresAt: '2026-12-04T09:00:00.000Z' }, now)).toBe('measuresAt');
    expect(timesOutOfOrder({ occurredAt, measuresAt: '2026-12-04T12:30:00.000Z' }, now)).toBe('measuresAt');
  });
});
