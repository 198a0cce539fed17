import type { AppDeps } from '../context.js';
import type { JobKind } from './job.types.js';
import { ensureRecurringJobs } from './schedule.js';
import { defaultWorkerId, runDueJobs } from './worker.js';

export interface SchedulerOptions {
  kinds: readonly JobKind[];
  /** Pause between polls when nothing is due. */
  pollMs: number;
  workerId?: string;
  /** Where a failed poll is reported (the server's logger). */
  log?: { error(obj: unknown, msg?: string): void };
}

export interface Scheduler {
  /** Stops polling and waits for the attempt in progress to end. */
  stop(): Promise<void>;
}

/** Re-checks that every tenant has its recurring jobs this often (new tenants, new kinds). */
const ENSURE_EVERY_MS = 60 * 60_000;

/**
 * Polls for due jobs in the background: every `pollMs`, runs what is due (one attempt at a time, at most
 * 100 per poll so a stop is not kept waiting long). A failing poll (database away) is logged and retried.
 */
export function startScheduler(deps: AppDeps, options: SchedulerOptions): Scheduler {
  const workerId = options.workerId ?? defaultWorkerId();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> | undefined;
  let ensuredAt = Number.NEGATIVE_INFINITY;

  const poll = async () => {
    try {
      if (Date.now() - ensuredAt >= ENSURE_EVERY_MS) {
        await ensureRecurringJobs(deps, options.kinds);
        ensuredAt = Date.now();
      }
      while (!stopped) {
        const ran = await runDueJobs(deps, { kinds: options.kinds, workerId, limit: 100 });
        if (ran.length < 100) break;
      }
    } catch (e) {
      options.log?.error({ err: e }, 'scheduled jobs: poll failed');
    }
  };
  const tick = () => {
    current = poll().finally(() => {
      current = undefined;
      if (!stopped) timer = setTimeout(tick, options.pollMs);
    });
  };
  timer = setTimeout(tick, 0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
