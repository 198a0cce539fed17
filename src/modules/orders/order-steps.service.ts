import { changedFields } from '../../platform/audit/audit.change.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError } from '../../platform/http/errors.js';
import type { IdempotentWrite } from '../../platform/idempotency.js';
import { newId } from '../../platform/ids.js';
import { refusalError } from '../../platform/machine.js';
import { userPlacement } from '../identity/user.service.js';
import { takeIntoCustody } from '../money/custody.service.js';
import type { PaymentMethod } from '../money/payment-methods.js';
import { issueReceipt, writesReceipts } from '../money/receipt.service.js';
import { awaitReceipt } from '../money/receipt-due.service.js';
import { orderReceiptItems } from '../money/receipt-items.rules.js';
import { publishOrderChange } from './order.events.js';
import { decideOrder, type OrderFacts } from './order.machine.js';
import { mayCommand } from './order.policy.js';
import * as repo from './order.repo.js';
import { appointmentInOrder } from './order.rules.js';
import { actorFacts, type KnownParts, type LoadedOrder, loadOrder, presentOrder, requestedLines } from './order.service.js';
import type { Order, OrderCommand } from './order.types.js';
import { reassign } from './order-assignees.repo.js';
import { listMaterials, replaceLines } from './order-lines.repo.js';
import { insertPayment } from './order-payments.repo.js';
import { pricePosted } from './order-pricing.js';
import { applyDetails, type OrderDetails, orderType } from './order-types.js';
import { addressOf, pickedUnit } from './order-unit.js';

/**
 * What every step's audit event states besides the fields it changed: the order's timeline notes a quote's total,
 * a short-staffed assignment's reason and a cancellation's reason from the one event (`OrderTimeline.tsx`).
 */
const STATED = ['totalFen', 'staffShortReason', 'cancelReason'] as const satisfies readonly (keyof Order)[];

/** What a command gathers before the decision: facts for the guards, and field changes to check them on. */
type Prepared = { facts?: Partial<OrderFacts>; patch?: Partial<Order> };

/**
 * The one path every order command takes: load → authorise → gather facts → decide (pure) →
 * apply → save if the version is still the one the caller saw → audit, all in one transaction.
 */
export async function runCommand(
  ctx: UseCase,
  id: string,
  command: OrderCommand,
  version: number,
  prepare: (tx: Tx, loaded: LoadedOrder) => Promise<Prepared>,
  /** Writes the command's changes; what it wrote or read of the order's parts it puts in `known` for the answer. */
  apply: (tx: Tx, order: Order, loaded: LoadedOrder, known: KnownParts) => Promise<Partial<Order>>,
  /** What the audit event adds to the order's new state; a function is read after `apply` ran. */
  detail?: unknown,
  /** The type's details sent with this step (those open at it: the checklist at departure, A4.4.4). */
  sent?: OrderDetails,
) {
  return inTransaction(ctx, async (tx) => {
    const loaded = await loadOrder(tx, id);
    const { order, officePath, facts } = loaded;
    if (!mayCommand(facts, command, officePath)) {
      if (command === 'pay' && facts.staffMayCollect === false)
        throw new DomainError(
          'forbidden',
          'order.collect_by_supervisor',
          'no longer on the spot: the supervisor collects this payment (A7.4.7)',
        );
      throw new DomainError('forbidden', 'auth.forbidden', `you may not ${command} this order`);
    }
    if (version !== order.version)
      throw new DomainError('conflict', 'record.version_conflict', 'the order was changed by someone else; reload');
    const details = sent ? applyDetails(orderType(order.type), command, order.details, sent) : order.details;
    const { facts: extra, patch } = await prepare(tx, loaded);
    const decision = decideOrder({ ...order, details, ...patch }, command, { type: orderType(order.type), ...extra });
    if ('refusal' in decision)
      throw refusalError(decision.refusal, `cannot ${command} an order that is ${order.state}: ${decision.refusal.code}`);
    const known: KnownParts = {};
    const changes = await apply(tx, order, loaded, known);
    const extraDetail = typeof detail === 'function' ? detail() : detail;
    const next: Order = { ...order, details, ...changes, state: decision.next, version: order.version + 1, updatedAt: tx.now };
    if (!(await repo.updateOrder(tx.db, order, next))) {
      throw new DomainError('conflict', 'record.version_conflict', 'the order was changed by someone else; reload');
    }
    await publishOrderChange(tx, command, order, next);
    const changed = changedFields(order, next, STATED);
    await tx.audit({
      action: `order.${command}`,
      entity: 'order',
      entityId: id,
      before: changed.before,
      after: extraDetail === undefined ? changed.after : { ...changed.after, detail: extraDetail },
    });
    const assignees = known.assignees ?? loaded.assignees;
    return presentOrder(tx, { ...loaded, order: next, assignees, facts: actorFacts(tx, assignees) }, known);
  });
}

/** For a command that gathers no facts and checks no field changes. */
export const nothing = async (): Promise<Prepared> => ({});

export interface QuoteInput {
  version: number;
  lines?: { itemId: string; quantity: number; unitPriceFen?: number | undefined }[] | undefined;
  /** Details of the type that bear on the price (a repair's warranty), changed with the quote. */
  details?: OrderDetails | undefined;
}

/**
 * Prices the request from the office's posted list (A7.4.1, A2.4.2.1); a price quoted off the list is refused.
 * The order type's pricing rule turns the posted prices into what the owner pays (types/*.type.ts).
 */
export function quoteOrder(ctx: UseCase, id: string, input: QuoteInput) {
  let priced: Awaited<ReturnType<typeof pricePosted>>;
  let details: OrderDetails;
  return runCommand(
    ctx,
    id,
    'quote',
    input.version,
    async (tx, { order, lines }) => {
      details = applyDetails(orderType(order.type), 'quote', order.details, input.details);
      // the lines sent, or (a quote again) those the order holds
      const wanted = input.lines ? await requestedLines(tx, order.type, input.lines) : lines;
      priced = await pricePosted(tx, order.officeId, wanted, input.lines);
      return { facts: { lineCount: priced.lines.length }, patch: { details } };
    },
    async (tx, order, { hasMaterials }, known) => {
      const materials = hasMaterials ? await listMaterials(tx.db, tx.actor.tenantId, order.id) : [];
      const { lines, ...fees } = orderType(order.type).pricing(priced.lines, materials, details);
      await replaceLines(tx.db, tx.actor.tenantId, order.id, lines);
      known.lines = lines;
      known.materials = materials;
      return { ...fees, details, priceListId: priced.priceListId, quotedAt: tx.now };
    },
  );
}

export interface ConfirmInput {
  version: number;
  priceAccepted: boolean;
  customerPhone?: string | undefined;
  address?: string | undefined;
  /** The unit of the estate register: another one picked, or null when the place is outside the register. */
  unitId?: string | null | undefined;
  staffCount?: number | undefined;
  appointmentStart?: string | undefined;
  appointmentEnd?: string | undefined;
}

/** The owner accepts the price; item, place, owner, staff and appointment are registered (A7.4.2). */
export function confirmOrder(ctx: UseCase, id: string, input: ConfirmInput) {
  // the unit picked now (null: cleared); undefined while the order keeps its own
  let unit: { id: string; address: string } | null | undefined;
  const fields = (order: Order): Partial<Order> => ({
    customerPhone: input.customerPhone ?? order.customerPhone,
    address: unit ? addressOf(input.address ?? order.address, unit) : (input.address ?? order.address),
    unitId: unit === undefined ? order.unitId : (unit?.id ?? null),
    staffCount: input.staffCount ?? order.staffCount,
    appointmentStart: input.appointmentStart ?? order.appointmentStart,
    appointmentEnd: input.appointmentEnd ?? order.appointmentEnd,
  });
  return runCommand(
    ctx,
    id,
    'confirm',
    input.version,
    async (tx, { order, officePath }) => {
      if (input.unitId !== undefined && input.unitId !== order.unitId)
        unit = input.unitId ? await pickedUnit(tx, input.unitId, officePath, 'order') : null;
      const patch = fields(order);
      if (!appointmentInOrder(patch.appointmentStart ?? null, patch.appointmentEnd ?? null))
        throw fieldError('unprocessable', 'order.appointment_end_before_start', 'appointmentEnd', 'the appointment ends before it starts');
      return { facts: { priceAccepted: input.priceAccepted }, patch };
    },
    async (tx, order) => ({ ...fields(order), priceAcceptedAt: tx.now, confirmedAt: tx.now }),
  );
}

export const approveOrder = (ctx: UseCase, id: string, version: number) =>
  runCommand(ctx, id, 'approve', version, nothing, async (tx) => ({ approvedAt: tx.now, approvedBy: tx.actor.displayName }));

/**
 * Gives the order to staff of its office (A7.3); earlier staff are kept as released. Fewer staff than
 * the owner confirmed go only with the reason agreed with the owner, kept on the order (A7.4.2).
 */
export function assignOrder(
  ctx: UseCase,
  id: string,
  input: { version: number; staff: string[]; staffShortReason?: string | undefined; details?: OrderDetails | undefined },
) {
  const staff = [...new Set(input.staff)];
  const shortReason = (order: Order) =>
    order.staffCount !== null && staff.length < order.staffCount ? (input.staffShortReason ?? null) : null;
  // the history says whom by name: ids alone mean nothing to a reader of the record
  let staffNames: string[] = [];
  return runCommand(
    ctx,
    id,
    'assign',
    input.version,
    async (tx, { officePath }) => {
      const placed = await Promise.all(staff.map((userId) => userPlacement(tx, userId)));
      staffNames = placed.map((u, i) => u?.displayName ?? staff[i]!);
      return {
        facts: {
          staff: placed.map((u, i) => ({ userId: staff[i]!, inOffice: Boolean(u?.active && u.orgPath.startsWith(officePath)) })),
          staffShortReason: input.staffShortReason,
        },
      };
    },
    async (tx, order, loaded, known) => {
      known.assignees = await reassign(
        tx.db,
        {
          tenantId: tx.actor.tenantId,
          orderId: order.id,
          at: tx.now,
          current: loaded.assignees,
          staff: staff.map((userId, i) => ({ userId, displayName: staffNames[i]! })),
        },
        newId,
      );
      return { assignedAt: tx.now, staffShortReason: shortReason(order) };
    },
    () => ({ staff, staffNames }),
    input.details,
  );
}

export const departOrder = (ctx: UseCase, id: string, version: number, details?: OrderDetails) =>
  runCommand(ctx, id, 'depart', version, nothing, async (tx, o) => ({ departedAt: o.departedAt ?? tx.now }), undefined, details);

export const arriveOrder = (ctx: UseCase, id: string, version: number, details?: OrderDetails) =>
  runCommand(ctx, id, 'arrive', version, nothing, async (tx, o) => ({ arrivedAt: o.arrivedAt ?? tx.now }), undefined, details);

export interface PayInput {
  version: number;
  amountFen: number;
  method: PaymentMethod;
}

/**
 * Paying as one idempotent write (`Idempotency-Key`): a retry answers with the order as it is now, to a
 * caller still allowed to pay it (404 outside their offices, 403 inside), never with a stored copy.
 */
export const paymentOnce = (id: string, input: PayInput): IdempotentWrite<Awaited<ReturnType<typeof payOrder>>> => ({
  route: 'order.pay',
  request: { id, ...input },
  run: (ctx) => payOrder(ctx, id, input),
  recordId: (order) => order.id,
  replay: async (ctx, orderId) => {
    const loaded = await loadOrder(ctx, orderId);
    if (!mayCommand(loaded.facts, 'pay', loaded.officePath))
      throw new DomainError('forbidden', 'auth.forbidden', 'you may not pay this order');
    return presentOrder(ctx, loaded);
  },
});

/** Records the payment; only the order's total is accepted (A2.4.2.3). */
export function payOrder(ctx: UseCase, id: string, input: PayInput) {
  return runCommand(
    ctx,
    id,
    'pay',
    input.version,
    async () => ({ facts: { amountFen: input.amountFen } }),
    async (tx, o, loaded, known) => {
      const paymentId = newId();
      known.payment = {
        id: paymentId,
        amountFen: input.amountFen,
        method: input.method,
        collectedBy: tx.actor.userId ?? 'system',
        collectedByName: tx.actor.displayName,
        collectedAt: tx.now,
      };
      await insertPayment(tx.db, tx.actor.tenantId, o.id, known.payment);
      const items = orderReceiptItems(loaded.lines, o.materialFeeFen);
      const taken = { paymentId, orderId: o.id, officeId: o.officeId, payer: o.customerName, amountFen: input.amountFen };
      // a cashier's payment gets its receipt in the same transaction: never one without the other; anyone else's
      // waits for a cashier with the order's lines (when the cash reaches one, or from the cashier's list)
      let receiptId: string | null = null;
      if (writesReceipts(tx)) {
        const receipt = await issueReceipt(tx, { ...taken, items, method: input.method });
        receiptId = receipt.id;
      } else {
        await awaitReceipt(tx, { ...taken, ref: o.number, items, method: input.method });
      }
      // cash is now in the collector's hands until it is handed on (A7.4.7); WeChat or a transfer went to the
      // office's account and is in nobody's hands
      if (input.method === 'cash') await takeIntoCustody(tx, { ...taken, receiptId });
      return { paidAt: tx.now };
    },
    { amountFen: input.amountFen, method: input.method },
  );
}

export const closeOrder = (ctx: UseCase, id: string, version: number) =>
  runCommand(ctx, id, 'close', version, nothing, async (tx) => ({ closedAt: tx.now }));

export function cancelOrder(ctx: UseCase, id: string, input: { version: number; reason: string }) {
  return runCommand(
    ctx,
    id,
    'cancel',
    input.version,
    async () => ({ facts: { reason: input.reason } }),
    async (tx) => ({ cancelledAt: tx.now, cancelReason: input.reason }),
  );
}
