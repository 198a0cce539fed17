/** The events the feedback module publishes for other modules (see platform/events.ts). */
export interface FeedbackSettled {
  feedbackId: string;
  number: string;
  /** The callback whose follow-up this complaint is; null for feedback taken any other way. */
  callbackId: string | null;
  /** What was done (the resolution), or why it was reopened. */
  text: string | null;
}

declare module '../../platform/events.js' {
  interface DomainEvents {
    /** A feedback was closed (its outcome told to the customer): a callback's follow-up closes with it. */
    'feedback.closed': FeedbackSettled;
    /** A closed or told feedback was reopened: a callback's follow-up opens again with it. */
    'feedback.reopened': FeedbackSettled;
  }
}
