import { describe, expect, it } from 'vitest';
import {
  feedbackNumber,
  feedbackReport,
  outcomeOverdueSince,
  publicLimit,
  quarterMonths,
  quarterOf,
  replyDueAt,
  replyOverdueSince,
} from './feedback.rules.js';

const received = '2026-12-01T00:00:00.000Z';
const f = { state: 'received' as const, receivedAt: received, firstReplyAt: null, toldAt: null };

describe('feedback rules (A4.5)', () => {
  it('numbers per day', () => {
    expect(feedbackNumber('2026-12-04', 7)).toBe('FK-20261204-0007');
  });

  it('is late for its first reply once feedbackReplyHours have passed without one', () => {
    expect(replyDueAt(received, 24)).toBe('2026-12-02T00:00:00.000Z');
    expect(replyOverdueSince(f, 24, new Date('2026-12-01T23:59:00Z'))).toBeNull();
    expect(replyOverdueSince(f, 24, new Date('2026-12-02T01:00:00Z'))).toBe('2026-12-02T00:00:00.000Z');
    expect(replyOverdueSince({ ...f, firstReplyAt: '2026-12-01T05:00:00Z' }, 24, new Date('2026-12-03T00:00:00Z'))).toBeNull();
    expect(replyOverdueSince({ ...f, state: 'spam' }, 24, new Date('2026-12-03T00:00:00Z'))).toBeNull();
  });

  it('is late for its outcome once feedbackOutcomeDays have passed without telling the customer', () => {
    expect(outcomeOverdueSince(f, 7, new Date('2026-12-07T00:00:00Z'))).toBeNull();
    expect(outcomeOverdueSince(f, 7, new Date('2026-12-08T00:00:01Z'))).toBe('2026-12-08T00:00:00.000Z');
    expect(outcomeOverdueSince({ ...f, toldAt: '2026-12-05T00:00:00Z' }, 7, new Date('2026-12-09T00:00:00Z'))).toBeNull();
  });

  it('lets a client address submit the public form perHour times an hour and 20 a day', () => {
    expect(publicLimit({ lastHour: 4, lastDay: 4 }, 5)).toBe('ok');
    expect(publicLimit({ lastHour: 5, lastDay: 5 }, 5)).toBe('hour');
    expect(publicLimit({ lastHour: 0, lastDay: 20 }, 5)).toBe('day');
    expect(publicLimit({ lastHour: 0, lastDay: 19 }, 5)).toBe('ok');
  });

  it('knows the months of a quarter', () => {
    expect(quarterMonths('2026-Q4')).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(quarterOf('2026-05')).toBe('2026-Q2');
  });

  it('reports counts by kind and channel, reply and outcome times, satisfaction', () => {
    const at = (h: number) => new Date(Date.parse(received) + h * 3_600_000).toISOString();
    const r = feedbackReport([
      {
        kind: 'complaint',
        channel: 'hotline',
        receivedAt: received,
        firstReplyAt: at(2),
        toldAt: at(50),
        outcomeSatisfaction: 'satisfied',
      },
      { kind: 'complaint', channel: 'web', receivedAt: received, firstReplyAt: at(4), toldAt: null, outcomeSatisfaction: null },
      { kind: 'praise', channel: 'letter', receivedAt: received, firstReplyAt: at(9), toldAt: at(30), outcomeSatisfaction: 'dissatisfied' },
      { kind: 'suggestion', channel: 'hotline', receivedAt: received, firstReplyAt: null, toldAt: null, outcomeSatisfaction: null },
    ]);
    expect(r.received).toBe(4);
    expect(r.byKind).toEqual({ complaint: 2, suggestion: 1, inquiry: 0, praise: 1 });
    expect(r.byChannel).toEqual({ hotline: 2, letter: 1, visit: 0, web: 1, callback: 0 });
    expect(r.firstReply).toEqual({ count: 3, medianHours: 4, averageHours: 5 });
    expect(r.outcome).toEqual({ count: 2, medianHours: 40, averageHours: 40 });
    expect(r.satisfaction).toEqual({ satisfied: 1, neutral: 0, dissatisfied: 1 });
  });
});
