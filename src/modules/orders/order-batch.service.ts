import { hasAnywhere } from '../../platform/authz/access.js';
import type { UseCase } from '../../platform/context.js';
import { DomainError, type FieldError, fieldError, forbidden, statusOf } from '../../platform/http/errors.js';
import { ORDERS_ASSIGN, ORDERS_PAY } from './order.permissions.js';
import { loadOrder } from './order.service.js';
import type { OrderState } from './order.types.js';
import { BATCH_MAX_ORDERS, firstRepeat } from './order-batch.rules.js';
import { assignOrder, closeOrder } from './order-steps.service.js';

/** One ticked order, with the version the list showed (the same guard as the single-order command). */
export interface BatchTarget {
  id: string;
  version: number;
}

/** What happened to one order of a batch: done, or refused with the refusal the single command gives. */
export type BatchOutcome =
  | { id: string; number: string; outcome: 'done'; state: OrderState; version: number; refusal: null }
  | {
      id: string;
      number: string;
      outcome: 'refused';
      state: OrderState;
      version: number;
      refusal: { status: number; code: string; message: string; errors: FieldError[] };
    };

/** Refuses a batch over the limit or naming an order twice, before anything is read. */
export function checkBatch(ids: readonly string[], field: string, idField: (i: number) => string): void {
  if (ids.length > BATCH_MAX_ORDERS) {
    throw fieldError(
      'unprocessable',
      'order.batch_too_large',
      field,
      `at most ${BATCH_MAX_ORDERS} orders at once; ${ids.length} were sent`,
    );
  }
  const repeat = firstRepeat(ids);
  if (repeat >= 0) throw fieldError('unprocessable', 'order.batch_duplicate', idField(repeat), 'this order is in the batch twice');
}

/** The refusal of one order, named by its place in the request (`orders.3.id`), so the client knows which. */
export function atField(e: unknown, field: string): unknown {
  if (!(e instanceof DomainError)) return e;
  return new DomainError(e.kind, e.code, e.message, [{ field, code: e.code, message: e.message }, ...e.errors]);
}

/**
 * Runs one order command per ticked order, each in its own transaction through the single-order use case
 * (same policy, guards, version check and audit). Orders the caller cannot see refuse the whole batch
 * before anything is written (404 outside their offices, as a single order does); the refusals of the
 * orders they see are answered per order, and the others go through.
 */
async function runBatch(
  ctx: UseCase,
  permission: string,
  targets: readonly BatchTarget[],
  act: (target: BatchTarget) => Promise<{ state: OrderState; version: number }>,
) {
  checkBatch(
    targets.map((t) => t.id),
    'orders',
    (i) => `orders.${i}.id`,
  );
  // a caller who may do this nowhere is told so at once, not once per order
  if (!hasAnywhere(ctx.actor.access, permission)) throw forbidden(permission);
  const found = [];
  for (const [i, target] of targets.entries()) {
    try {
      found.push((await loadOrder(ctx, target.id)).order);
    } catch (e) {
      throw atField(e, `orders.${i}.id`);
    }
  }
  const results: BatchOutcome[] = [];
  for (const [i, target] of targets.entries()) {
    const { id, number, state, version } = found[i]!;
    try {
      const next = await act(target);
      results.push({ id, number, outcome: 'done', state: next.state, version: next.version, refusal: null });
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      const refusal = { status: statusOf(e.kind), code: e.code, message: e.message, errors: e.errors };
      results.push({ id, number, outcome: 'refused', state, version, refusal });
    }
  }
  return {
    done: results.filter((r) => r.outcome === 'done').length,
    refused: results.filter((r) => r.outcome === 'refused').length,
    results,
  };
}

export interface BatchAssignInput {
  orders: BatchTarget[];
  staff: string[];
  staffShortReason?: string | undefined;
}

/**
 * Gives every ticked order to the same staff (A7.3), as `assignOrder` does one by one; the reason for fewer
 * staff than confirmed is kept only on the orders where fewer go (A7.4.2).
 */
export const assignOrders = (ctx: UseCase, input: BatchAssignInput) =>
  runBatch(ctx, ORDERS_ASSIGN, input.orders, (t) =>
    assignOrder(ctx, t.id, { version: t.version, staff: input.staff, staffShortReason: input.staffShortReason }),
  );

/** Closes every ticked paid order, as `closeOrder` does one by one. */
export const closeOrders = (ctx: UseCase, input: { orders: BatchTarget[] }) =>
  runBatch(ctx, ORDERS_PAY, input.orders, (t) => closeOrder(ctx, t.id, t.version));
