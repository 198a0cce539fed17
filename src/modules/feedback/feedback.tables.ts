import type { FeedbackChannel, FeedbackKind, FeedbackState, OutcomeSatisfaction, ReplyHow } from './feedback.types.js';

export interface FeedbackTable {
  tenant_id: string;
  id: string;
  number: string;
  office_id: string;
  kind: FeedbackKind;
  channel: FeedbackChannel;
  customer_name: string;
  customer_phone: string | null;
  unit_id: string | null;
  address: string | null;
  vehicle_plate: string | null;
  about_node_id: string | null;
  about_order_id: string | null;
  about_user_id: string | null;
  content: string;
  valuable: number;
  state: FeedbackState;
  received_at: string;
  received_by: string | null;
  first_reply_at: string | null;
  first_reply_by: string | null;
  reply_how: ReplyHow | null;
  reply_text: string | null;
  resolved_at: string | null;
  resolved_by: string | null;
  resolution: string | null;
  told_at: string | null;
  told_by: string | null;
  tell_how: ReplyHow | null;
  tell_text: string | null;
  outcome_satisfaction: OutcomeSatisfaction | null;
  closed_at: string | null;
  closed_by: string | null;
  reopen_count: number;
  reopen_reason: string | null;
  spam_at: string | null;
  spam_by: string | null;
  /** The callback whose dissatisfied follow-up this complaint is (channel `callback`); unique. */
  callback_id: string | null;
  version: number;
}

export interface FeedbackForwardTable {
  tenant_id: string;
  id: string;
  feedback_id: string;
  node_id: string;
  note: string | null;
  sent_at: string;
  sent_by: string | null;
  answer: string | null;
  answered_at: string | null;
  answered_by: string | null;
}

export interface FeedbackPhotoTable {
  tenant_id: string;
  feedback_id: string;
  blob_id: string;
  added_by: string;
  added_at: string;
}

/** One submission of the public form: the client address only as a hash, for the per-address limits. */
export interface FeedbackPublicHitTable {
  tenant_id: string;
  id: string;
  office_id: string;
  address_hash: string;
  at: string;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    feedback: FeedbackTable;
    feedback_forwards: FeedbackForwardTable;
    feedback_photos: FeedbackPhotoTable;
    feedback_public_hits: FeedbackPublicHitTable;
  }
}
