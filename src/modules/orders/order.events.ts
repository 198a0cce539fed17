import type { Tx } from '../../platform/context.js';
import { publish } from '../../platform/events.js';
import type { Order, OrderCommand } from './order.types.js';

/**
 * An order was taken or moved a step, told inside its transaction before it is audited: a module that keeps
 * records beside an order type (the GPS register's terminals and SIMs, A4.4.5–6) checks and writes them here,
 * and its refusal rolls the order's step back with it.
 */
export interface OrderChanged {
  command: OrderCommand | 'create';
  /** The order before the step; null when it was just taken. */
  before: Order | null;
  after: Order;
}

declare module '../../platform/events.js' {
  interface DomainEvents {
    'order.changed': OrderChanged;
  }
}

export const publishOrderChange = (tx: Tx, command: OrderChanged['command'], before: Order | null, after: Order) =>
  publish(tx, 'order.changed', { command, before, after });
