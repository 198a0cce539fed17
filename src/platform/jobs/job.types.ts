import type { Tx } from '../context.js';

/** One run of a job, as its handler sees it: the system acting for one tenant, inside the run's transaction. */
export interface JobRun extends Tx {
  job: {
    id: string;
    kind: string;
    /** Unique per tenant: the same key is never scheduled twice (e.g. `callbacks.draw:2026-11`). */
    key: string;
    payload: Record<string, unknown>;
    /** The instant the run was due (for a recurring job, the cron occurrence), ISO UTC. */
    dueAt: string;
    attempt: number;
  };
}

/**
 * A kind of job a module declares. The handler runs inside one transaction together with the mark that
 * the run is done, so its database effects happen exactly once; if it throws, everything rolls back and
 * the run is retried with backoff up to `maxAttempts`, then shown as failed on the jobs page.
 */
export interface JobKind {
  kind: string;
  /** A one-line description for the jobs page, Chinese first. */
  title: { 'zh-CN': string; en: string };
  handler(run: JobRun): Promise<{ summary?: string } | undefined>;
  /** Runs for every tenant on this cron (5 fields, minute first), in the tenant's time zone. */
  recurring?: { cron: string };
  maxAttempts?: number;
}
