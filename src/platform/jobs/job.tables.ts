/** Where a job stands. A run in progress is not a state: it is the open transaction holding the job's row. */
export type JobState = 'pending' | 'done' | 'failed';

/** A durable job: one-off, or one occurrence of a recurring kind. */
export interface JobTable {
  tenant_id: string;
  id: string;
  kind: string;
  /** Unique per tenant: scheduling the same key again changes nothing. */
  key: string;
  payload_json: string;
  /** ISO UTC; for a recurring job, the cron occurrence. */
  due_at: string;
  state: JobState;
  /** Attempts that ended (a run whose process died never ended, so it is not counted). */
  attempts: number;
  max_attempts: number;
  /** The kind's cron when this is an occurrence of a recurring job. */
  recurring_cron: string | null;
  /** Occurrences passed over while the server was down, before this one (recurring jobs only). */
  skipped_occurrences: number;
  last_run_at: string | null;
  last_error: string | null;
  /** The worker holding the job at its last run. */
  last_worker: string | null;
  created_at: string;
  updated_at: string;
}

/** One attempt at a job that ended, well or badly. */
export interface JobRunTable {
  tenant_id: string;
  id: string;
  job_id: string;
  attempt: number;
  worker_id: string;
  started_at: string;
  finished_at: string;
  outcome: 'ok' | 'failed';
  summary: string | null;
  error_message: string | null;
  /** The first lines of the stack, enough to find the failing code. */
  error_stack: string | null;
}
