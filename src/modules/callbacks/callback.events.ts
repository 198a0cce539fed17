/** The events the callbacks module publishes for other modules (see platform/events.ts). */
export interface FollowUpOpened {
  callbackId: string;
  /** The office that did the order (the callback's office): where the complaint is taken. */
  officeId: string;
  orderId: string;
  customerName: string;
  customerPhone: string | null;
  address: string | null;
  /** What the owner said on the callback (null when nothing was written). */
  comments: string | null;
  /** The follow-up's own text: the complaint and what is to be done. */
  description: string;
}

declare module '../../platform/events.js' {
  interface DomainEvents {
    /** A dissatisfied callback's follow-up was opened (A7.4.10): the feedback module takes it as a complaint (A4.5). */
    'callback.follow_up_opened': FollowUpOpened;
  }
}
