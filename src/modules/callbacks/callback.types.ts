/** A monthly callback (回访, A7.4.10): one sampled order called back by the customer-service supervisor. */
export const SATISFACTIONS = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];

export const CALLBACK_STATES = ['to_do', 'done'] as const;
export type CallbackState = (typeof CALLBACK_STATES)[number];

export const FOLLOW_UP_STATES = ['open', 'closed'] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

/** One office's draw for one month: the seed and the ordered candidates reproduce the sample. */
export interface CallbackDraw {
  id: string;
  officeId: string;
  /** The month whose accepted orders were sampled, `YYYY-MM` in the tenant's zone. */
  month: string;
  seed: string;
  candidateIds: string[];
  sampleSize: number;
  sampledIds: string[];
  drawnAt: string;
}

export interface Callback {
  id: string;
  drawId: string;
  officeId: string;
  month: string;
  orderId: string;
  assigneeId: string | null;
  state: CallbackState;
  reached: boolean | null;
  satisfaction: Satisfaction | null;
  comments: string | null;
  followUp: string | null;
  attempts: number;
  recordedAt: string | null;
  recordedBy: string | null;
  version: number;
  createdAt: string;
}

/** A complaint follow-up opened from a dissatisfied callback: open → closed with its result. */
export interface ComplaintFollowUp {
  id: string;
  callbackId: string;
  state: FollowUpState;
  description: string;
  result: string | null;
  openedBy: string | null;
  openedAt: string;
  closedBy: string | null;
  closedAt: string | null;
  version: number;
}
