import { decide, type Machine } from '../machine.js';
import type { JobState } from './job.tables.js';

export const JOB_STATES = ['pending', 'done', 'failed'] as const satisfies readonly JobState[];
export type JobCommand = 'succeed' | 'fail' | 'give_up' | 'retry';

/**
 * A durable job: pending until a run succeeds (done). A failed run leaves it pending for another attempt
 * after the backoff (`fail`), or failed when no attempt is left (`give_up`); someone who manages jobs may
 * give a failed job a fresh set of attempts (`retry`). A run in progress is not a state: it is the open
 * transaction holding the job's row.
 */
export const JOB_MACHINE: Machine<JobState, JobCommand> = {
  record: 'job',
  table: {
    succeed: { from: ['pending'], to: 'done' },
    fail: { from: ['pending'] },
    give_up: { from: ['pending'], to: 'failed' },
    retry: { from: ['failed'], to: 'pending' },
  },
  initial: ['pending'],
  terminal: ['done'],
  refusals: [],
};

export const decideJob = (state: JobState, command: JobCommand) => decide(JOB_MACHINE, state, command);

/** The state a run leaves its job in; a job the worker claimed is pending, so anything else is a bug. */
export function afterRun(state: JobState, command: Exclude<JobCommand, 'retry'>): JobState {
  const d = decideJob(state, command);
  if ('refusal' in d) throw new Error(`a ${state} job cannot ${command}: it was claimed pending`);
  return d.next;
}
