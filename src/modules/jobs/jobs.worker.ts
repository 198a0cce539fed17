import type { AppDeps } from '../../platform/context.js';
import { type Scheduler, type SchedulerOptions, startScheduler as startPolling } from '../../platform/jobs/poller.js';
import { ensureRecurringJobs as ensureFor } from '../../platform/jobs/schedule.js';
import { type RunReport, runDueJobs as runFor, type WorkerOptions } from '../../platform/jobs/worker.js';

/** Runs every due job of the registered kinds once (tests and the demo call this directly). */
export function runDueJobs(deps: AppDeps, options: Omit<WorkerOptions, 'kinds'> = {}): Promise<RunReport[]> {
  return runFor(deps, { ...options, kinds: deps.modules.jobKinds });
}

/** Gives every tenant the next occurrence of each registered recurring kind. */
export function ensureRecurringJobs(deps: AppDeps): Promise<number> {
  return ensureFor(deps, deps.modules.jobKinds);
}

/** The background worker of `serve`. */
export function startScheduler(deps: AppDeps, options: Omit<SchedulerOptions, 'kinds'>): Scheduler {
  return startPolling(deps, { ...options, kinds: deps.modules.jobKinds });
}
