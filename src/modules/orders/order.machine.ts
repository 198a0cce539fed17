import { nextState, type TransitionTable } from '../../platform/machine.js';
import type { MaterialLine, Order, OrderCommand, OrderState } from './order.types.js';
import { missingDetails, missingFields, type OrderTypeDef } from './types/order-type.js';

const BEFORE_COMPLETION: OrderState[] = ['requested', 'quoted', 'confirmed', 'assigned', 'in_progress'];

/** Every move an order can make. Commands without `to` record a fact and keep the state. */
export const ORDER_MACHINE: TransitionTable<OrderState, OrderCommand> = {
  quote: { from: ['requested', 'quoted'], to: 'quoted' },
  confirm: { from: ['quoted'], to: 'confirmed' },
  approve: { from: ['confirmed'] },
  assign: { from: ['confirmed', 'assigned', 'rework'], to: 'assigned' },
  depart: { from: ['assigned'] },
  arrive: { from: ['assigned'] },
  start: { from: ['assigned', 'rework'], to: 'in_progress' },
  record_materials: { from: ['in_progress'] },
  finish: { from: ['in_progress'], to: 'completed' },
  accept: { from: ['completed'], to: 'accepted' },
  reject: { from: ['completed'], to: 'rework' },
  pay: { from: ['accepted'], to: 'paid' },
  // a free order (total 0, A4.2) closes once accepted; every other one once paid
  close: { from: ['paid', 'accepted'], to: 'closed' },
  cancel: { from: BEFORE_COMPLETION, to: 'cancelled' },
};

export const TERMINAL_STATES: OrderState[] = ['closed', 'cancelled'];

/** What the service loaded before deciding; guards never query. */
export interface OrderFacts {
  type: OrderTypeDef;
  /** Lines priced from the posted list (quote). */
  lineCount?: number;
  /** The owner accepted the quoted price (confirm). */
  priceAccepted?: boolean;
  /** Staff being assigned and whether each belongs to the order's office (assign). */
  staff?: { userId: string; inOffice: boolean }[];
  /** The reason agreed with the owner for sending fewer staff than confirmed (assign). */
  staffShortReason?: string | undefined;
  signature?: { signerName: string; png: Uint8Array } | null;
  reason?: string | undefined;
  amountFen?: number;
  /** The materials being recorded (record_materials), for the type's check of them. */
  materials?: readonly Pick<MaterialLine, 'name'>[];
}

const isFilled = (v: unknown) => typeof v === 'string' && v.trim() !== '';

export type OrderRefusal =
  | { kind: 'conflict'; code: 'order.invalid_transition' }
  | { kind: 'unprocessable'; code: string; field?: string; fields?: string[] };

/** Decides a command: the next state, or why not. Pure: tested without a database. */
export function decideOrder(order: Order, command: OrderCommand, facts: OrderFacts): { next: OrderState } | { refusal: OrderRefusal } {
  const next = nextState(ORDER_MACHINE, order.state, command);
  if (!next) return { refusal: { kind: 'conflict', code: 'order.invalid_transition' } };
  // the details with the command's own changes applied (the service checked them against the type's schema)
  const details = order.details;
  const missing = [...missingFields(facts.type, command, order), ...missingDetails(facts.type, command, details)];
  if (missing.length) return { refusal: { kind: 'unprocessable', code: 'order.field_required', fields: missing } };
  const refuse = (code: string, field?: string) => ({ refusal: { kind: 'unprocessable' as const, code, ...(field ? { field } : {}) } });
  switch (command) {
    case 'quote':
      if (!facts.lineCount) return refuse('order.no_items', 'lines');
      break;
    case 'confirm':
      if (!facts.priceAccepted) return refuse('order.price_not_accepted', 'priceAccepted');
      break;
    case 'approve':
      if (!facts.type.approvalBeforeDispatch) return refuse('order.approval_not_needed');
      if (order.approvedAt) return refuse('order.already_approved');
      break;
    case 'assign': {
      if (facts.type.approvalBeforeDispatch && !order.approvedAt) return refuse('order.approval_required');
      // A4.7: in an emergency the manager may send someone of another department or an outside person, saying why
      const emergency = facts.type.emergencyDispatch === true && isFilled(details.emergencyReason);
      const outsider = facts.type.emergencyDispatch === true && isFilled(details.outsideHelper);
      if (outsider && !emergency) return refuse('order.emergency_reason_required', 'details.emergencyReason');
      if (!facts.staff?.length && !outsider) return refuse('order.staff_required', 'staff');
      if (facts.staff?.some((s) => !s.inOffice) && !emergency) return refuse('order.staff_outside_office', 'staff');
      // A7.4.2: the number of staff is part of what the owner confirmed; fewer go only with the reason agreed with them
      if (order.staffCount !== null && (facts.staff?.length ?? 0) < order.staffCount && !facts.staffShortReason?.trim())
        return refuse('order.fewer_staff_than_confirmed', 'staffShortReason');
      break;
    }
    case 'accept':
      if (!facts.signature || facts.signature.png.length === 0) return refuse('order.signature_required', 'signature');
      if (!facts.signature.signerName.trim()) return refuse('order.signer_required', 'signerName');
      break;
    case 'close':
      if (order.state === 'accepted' && (order.totalFen > 0 || order.billing === 'monthly')) return refuse('order.unpaid');
      break;
    case 'record_materials': {
      const wrong = facts.materials && facts.type.materialGuard?.(facts.materials);
      if (wrong) return refuse(wrong.code, wrong.field);
      break;
    }
    case 'reject':
    case 'cancel':
      if (!facts.reason?.trim()) return refuse('order.reason_required', 'reason');
      break;
    case 'pay':
      // a visit of an agreement paid monthly is paid on the month's statement, by the cashier, never alone
      if (order.billing === 'monthly') return refuse('order.billed_monthly');
      if (order.totalFen === 0) return refuse('order.nothing_to_pay');
      if (facts.amountFen !== order.totalFen) return refuse('order.amount_mismatch', 'amountFen');
      break;
  }
  // the type's own guard of this command, declared in its file (types/*.type.ts)
  const own = facts.type.guards[command]?.(order, details);
  if (own) return refuse(own.code, own.field);
  return { next };
}
