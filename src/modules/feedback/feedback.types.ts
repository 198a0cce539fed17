/** Customer feedback (客户意见, A4.5): a complaint, suggestion, inquiry or praise, taken at any organisation node. */
export const FEEDBACK_KINDS = ['complaint', 'suggestion', 'inquiry', 'praise'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

/** How it came in: the hotline, a letter (the mailbox), a visit, the public web form, a callback's follow-up. */
export const FEEDBACK_CHANNELS = ['hotline', 'letter', 'visit', 'web', 'callback'] as const;
export type FeedbackChannel = (typeof FEEDBACK_CHANNELS)[number];
/** The channels the office's staff record by hand (the web form and callbacks make their own). */
export const STAFF_CHANNELS = ['hotline', 'letter', 'visit'] as const;

export const FEEDBACK_STATES = ['received', 'replied', 'forwarded', 'resolved', 'told', 'closed', 'spam'] as const;
export type FeedbackState = (typeof FEEDBACK_STATES)[number];

/** How the customer was answered (the first reply, the outcome). */
export const REPLY_HOWS = ['phone', 'sms', 'visit', 'letter', 'in_person'] as const;
export type ReplyHow = (typeof REPLY_HOWS)[number];

/** The customer's satisfaction with the outcome they were told. */
export const OUTCOME_SATISFACTIONS = ['satisfied', 'neutral', 'dissatisfied'] as const;
export type OutcomeSatisfaction = (typeof OUTCOME_SATISFACTIONS)[number];

export interface Feedback {
  id: string;
  number: string;
  officeId: string;
  kind: FeedbackKind;
  channel: FeedbackChannel;
  customerName: string;
  customerPhone: string | null;
  unitId: string | null;
  /** Where the customer lives or what they wrote of it (the unit's address, or the web form's text). */
  address: string | null;
  vehiclePlate: string | null;
  aboutNodeId: string | null;
  aboutOrderId: string | null;
  aboutUserId: string | null;
  content: string;
  valuable: boolean;
  state: FeedbackState;
  receivedAt: string;
  receivedBy: string | null;
  firstReplyAt: string | null;
  firstReplyBy: string | null;
  replyHow: ReplyHow | null;
  replyText: string | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
  resolution: string | null;
  toldAt: string | null;
  toldBy: string | null;
  tellHow: ReplyHow | null;
  tellText: string | null;
  outcomeSatisfaction: OutcomeSatisfaction | null;
  closedAt: string | null;
  closedBy: string | null;
  reopenCount: number;
  reopenReason: string | null;
  spamAt: string | null;
  spamBy: string | null;
  /** The callback whose dissatisfied follow-up this complaint is (channel `callback`): one record, not two. */
  callbackId: string | null;
  version: number;
}

/** One department a feedback was forwarded to, with its own answer. */
export interface FeedbackForward {
  id: string;
  feedbackId: string;
  nodeId: string;
  note: string | null;
  sentAt: string;
  sentBy: string | null;
  answer: string | null;
  answeredAt: string | null;
  answeredBy: string | null;
}
