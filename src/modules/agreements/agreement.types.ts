/** A special-service agreement (业主特约服务协议书, A7.4.3): the owner's long-term service, signed by both sides. */
export const AGREEMENT_STATES = ['draft', 'signed', 'active', 'ended', 'terminated'] as const;
export type AgreementState = (typeof AGREEMENT_STATES)[number];

export const AGREEMENT_COMMANDS = ['edit', 'approve_price', 'sign', 'activate', 'end', 'terminate'] as const;
export type AgreementCommand = (typeof AGREEMENT_COMMANDS)[number];

export const PAYMENT_TERMS = ['per_visit', 'monthly'] as const;
export type PaymentTerms = (typeof PAYMENT_TERMS)[number];

/**
 * A visit of an agreement (A7.4.9): planned with its order, or skipped, moved, cancelled with the reason; `missed`
 * when the planner did not run before its window began (recorded afterwards, without an order).
 */
export const VISIT_STATES = ['planned', 'skipped', 'moved', 'cancelled', 'missed'] as const;
export type VisitState = (typeof VISIT_STATES)[number];

/** When the service is done: ISO weekdays (1 = Monday … 7 = Sunday) and/or days of the month, in a time window. */
export interface Schedule {
  weekdays: number[];
  monthDays: number[];
  /** Local wall-clock time in the organisation's zone, HH:MM. */
  windowStart: string;
  windowEnd: string;
}

export interface AgreementItem {
  lineNo: number;
  itemId: string;
  itemName: string;
  unit: string;
  category: string;
  /** Quantity per visit in thousandths. */
  quantityMilli: number;
  /** The agreed price per unit, fen. */
  unitPriceFen: number;
  /** The price on the office's posted list when the item was last priced; null when the item is not on it. */
  listPriceFen: number | null;
}

export interface Agreement {
  id: string;
  tenantId: string;
  number: string;
  officeId: string;
  state: AgreementState;
  version: number;
  ownerName: string;
  ownerPhone: string;
  address: string;
  /** The unit of the estate register (房屋档案) served, when one was picked; null for a place outside it. */
  unitId: string | null;
  staffCount: number;
  schedule: Schedule;
  startDate: string;
  endDate: string;
  paymentTerms: PaymentTerms;
  notes: string | null;
  priceApprovedAt: string | null;
  priceApprovedBy: string | null;
  ownerSignerName: string | null;
  ownerSignatureBlobId: string | null;
  officeSignerName: string | null;
  officeSignatureBlobId: string | null;
  signedAt: string | null;
  activatedAt: string | null;
  endedAt: string | null;
  terminatedAt: string | null;
  closeReason: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Visit {
  id: string;
  agreementId: string;
  /** The occurrence of the schedule this visit stands for (unique per agreement): re-planning never makes it twice. */
  plannedDate: string;
  /** Where the visit is now, instants (UTC); differs from the occurrence after a move. */
  windowStart: string;
  windowEnd: string;
  orderId: string | null;
  orderNumber: string | null;
  state: VisitState;
  reason: string | null;
  movedFrom: string | null;
  movedTo: string | null;
  createdAt: string;
  updatedAt: string;
}
