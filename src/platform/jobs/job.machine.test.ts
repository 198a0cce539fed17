import { describe, expect, it } from 'vitest';
import { machineFaults } from '../machine.js';
import { afterRun, decideJob, JOB_MACHINE, JOB_STATES } from './job.machine.js';

describe('job machine', () => {
  it('reaches every state from pending; a done job never runs again', () => {
    expect(machineFaults(JOB_MACHINE, JOB_STATES)).toEqual({ unreachable: [], terminalWithWayOut: [], stuck: [] });
  });
  it('stays pending after a failed run with attempts left, and fails when none are left', () => {
    expect(afterRun('pending', 'fail')).toBe('pending');
    expect(afterRun('pending', 'give_up')).toBe('failed');
    expect(afterRun('pending', 'succeed')).toBe('done');
    expect(() => afterRun('done', 'succeed')).toThrow(/claimed pending/);
  });
  it('retries only a failed job', () => {
    expect(decideJob('failed', 'retry')).toEqual({ next: 'pending' });
    for (const s of ['pending', 'done'] as const)
      expect(decideJob(s, 'retry')).toEqual({ refusal: { kind: 'conflict', code: 'job.invalid_transition' } });
  });
});
