import type { PaymentMethod } from '../money/payment-methods.js';
/** One service job (工单), from request to close. The same engine serves every order type. */
export const ORDER_STATES = [
  'requested',
  'quoted',
  'confirmed',
  'assigned',
  'in_progress',
  'completed',
  'rework',
  'accepted',
  'paid',
  'closed',
  'cancelled',
] as const;
export type OrderState = (typeof ORDER_STATES)[number];

export const ORDER_COMMANDS = [
  'quote',
  'confirm',
  'approve',
  'assign',
  'depart',
  'arrive',
  'start',
  'record_materials',
  'finish',
  'accept',
  'reject',
  'pay',
  'close',
  'cancel',
] as const;
export type OrderCommand = (typeof ORDER_COMMANDS)[number];

/** How a request was taken: what a clerk can choose when taking one, and `agreement` for a visit its agreement planned. */
export const INTAKE_CHANNELS = ['phone', 'walk_in', 'web', 'hotline', 'letter'] as const;
export const CHANNELS = [...INTAKE_CHANNELS, 'agreement'] as const;
export type Channel = (typeof CHANNELS)[number];

export const BILLINGS = ['per_order', 'monthly'] as const;
export type Billing = (typeof BILLINGS)[number];

export interface OrderLine {
  lineNo: number;
  itemId: string;
  itemName: string;
  unit: string;
  /** Price per unit from the posted list, fen; null until quoted. */
  unitPriceFen: number | null;
  /** Quantity in thousandths (85.5 m² = 85500), so no float ever touches money. */
  quantityMilli: number;
  amountFen: number | null;
}

export interface MaterialLine {
  lineNo: number;
  name: string;
  unitLabel: string;
  unitPriceFen: number;
  quantityMilli: number;
  amountFen: number;
}

export interface Order {
  id: string;
  tenantId: string;
  number: string;
  type: string;
  officeId: string;
  state: OrderState;
  version: number;
  channel: Channel;
  customerName: string;
  customerPhone: string | null;
  address: string | null;
  description: string | null;
  staffCount: number | null;
  /** Why fewer staff were assigned than confirmed with the owner, as agreed with them (A7.4.2). */
  staffShortReason: string | null;
  appointmentStart: string | null;
  appointmentEnd: string | null;
  priceListId: string | null;
  priceAcceptedAt: string | null;
  approvedAt: string | null;
  approvedBy: string | null;
  serviceFeeFen: number;
  materialFeeFen: number;
  totalFen: number;
  requestedAt: string;
  quotedAt: string | null;
  confirmedAt: string | null;
  assignedAt: string | null;
  departedAt: string | null;
  arrivedAt: string | null;
  startedAt: string | null;
  completedAt: string | null;
  acceptedAt: string | null;
  paidAt: string | null;
  closedAt: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  /** The special-service agreement whose visit this is, if any. */
  agreementId: string | null;
  /** The unit of the estate register (房屋档案) the order is for, when one was picked; null for a place outside it. */
  unitId: string | null;
  /** `monthly`: charged on the agreement's monthly statement (A7.4.3), never paid or invoiced alone. */
  billing: Billing;
  /** What the order's type records beside the fixed fields (types/*.type.ts), e.g. a repair's fault and cause. */
  details: Record<string, string | boolean>;
  round: number;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One round of work and its outcome: accepted with the owner's signature, or sent back for rework with the reason. */
export interface WorkRound {
  roundNo: number;
  startedAt: string | null;
  finishedAt: string | null;
  outcome: 'accepted' | 'rework' | null;
  reason: string | null;
  signerName: string | null;
  signatureBlobId: string | null;
  decidedAt: string | null;
}

export interface Assignee {
  userId: string;
  displayName: string;
  assignedAt: string;
  releasedAt: string | null;
}

export interface Payment {
  id: string;
  amountFen: number;
  method: PaymentMethod;
  collectedBy: string;
  collectedByName: string;
  collectedAt: string;
}
