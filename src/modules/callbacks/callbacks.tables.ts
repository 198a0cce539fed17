import type { CallbackState, FollowUpState, Satisfaction } from './callback.types.js';

export interface CallbackDrawTable {
  tenant_id: string;
  id: string;
  office_id: string;
  month: string;
  seed: string;
  /** JSON array of the candidate order ids in the order the sample was drawn from. */
  candidate_ids_json: string;
  sample_size: number;
  /** JSON array of the sampled order ids (what `drawSample` gave; recomputable from seed and candidates). */
  sampled_ids_json: string;
  drawn_at: string;
}

export interface CallbackTable {
  tenant_id: string;
  id: string;
  draw_id: string;
  office_id: string;
  month: string;
  order_id: string;
  assignee_id: string | null;
  state: CallbackState;
  reached: number | null;
  satisfaction: Satisfaction | null;
  comments: string | null;
  follow_up: string | null;
  attempts: number;
  recorded_at: string | null;
  recorded_by: string | null;
  version: number;
  created_at: string;
}

export interface CallbackFollowUpTable {
  tenant_id: string;
  id: string;
  callback_id: string;
  state: FollowUpState;
  description: string;
  result: string | null;
  opened_by: string | null;
  opened_at: string;
  closed_by: string | null;
  closed_at: string | null;
  version: number;
}

// The module's tables join the platform's `Database` (declaration merging: the platform imports no module).
declare module '../../platform/db/schema.js' {
  interface Database {
    callback_draws: CallbackDrawTable;
    callbacks: CallbackTable;
    callback_follow_ups: CallbackFollowUpTable;
  }
}
