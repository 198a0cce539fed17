import { describe, expect, it } from 'vitest';
import { ActivityMeter, readableLogLine } from './activity.js';

describe('the quiet start log', () => {
  it('sums a minute of requests in one line, and says nothing for a quiet minute', () => {
    const meter = new ActivityMeter();
    const at = new Date('2026-12-01T04:05:00Z');
    expect(meter.flush(at)).toBeNull();
    for (const [status, ms] of [
      [200, 10],
      [200, 12],
      [404, 3],
      [500, 90],
      [200, 14],
    ] as const)
      meter.record(status, ms);
    expect(meter.flush(at)).toBe('04:05 UTC  5 requests (1 refused, 1 failed), median 12 ms, p95 90 ms');
    expect(meter.flush(at)).toBeNull();
  });

  it('writes an error as a line a person reads, with the first lines of its stack', () => {
    const line = readableLogLine(
      JSON.stringify({
        level: 50,
        time: Date.parse('2026-12-01T04:05:06Z'),
        reqId: 'r1',
        msg: 'boom',
        err: { message: 'x', stack: 'Error: x\n at a\n at b\n at c\n at d' },
      }),
    );
    expect(line).toBe('04:05 UTC  ERROR  boom  (request r1)\n    Error: x\n     at a\n     at b\n     at c');
    expect(readableLogLine('not json\n')).toBe('not json');
  });
});
