import { type Access, allowsAt, relationCounts } from '../../platform/authz/access.js';
import { keptPer } from '../../platform/kept.js';
import { openCommands } from '../../platform/machine.js';
import { ORDER_MACHINE } from './order.machine.js';
import { ORDERS_APPROVE, ORDERS_ASSIGN, ORDERS_INTAKE, ORDERS_PAY, ORDERS_READ, ORDERS_WORK } from './order.permissions.js';
import type { Order, OrderCommand } from './order.types.js';

export interface OrderActorFacts {
  access: Access;
  /** The caller is on the order now, and may work as staff (`staffRelationCounts`). */
  isAssignee: boolean;
  /** The caller was ever on the order (keeps sight of it after reassignment), as staff who may work. */
  wasAssignee: boolean;
  /**
   * A7.4.7: whether the staff on the order may take the payment themselves. False once they are no longer on
   * the spot when the office relays cash through the supervisor (who then collects at the door); unset = yes.
   */
  staffMayCollect?: boolean;
}

/** How long after the owner's acceptance the staff on the order are still "on the spot" to take the money. */
export const ON_THE_SPOT_MS = 2 * 3_600_000;

/**
 * A7.4.7: the staff member takes the money only on the spot (right after the owner's acceptance) when the
 * office relays cash through the supervisor; later the supervisor collects at the door, and for garden works
 * the supervisor always collects. Without the relay
 * the staff on the order may record the payment at any time.
 */
export function staffCollectsNow(acceptedAt: string | null, now: Date, relay: boolean, supervisorCollects: boolean): boolean {
  if (!relay) return true;
  // garden works: the supervisor collects after acceptance, whenever it is
  if (supervisorCollects) return false;
  return acceptedAt !== null && now.getTime() - Date.parse(acceptedAt) <= ON_THE_SPOT_MS;
}

/**
 * Being on an order stands in for a grant at its office only for a caller who may do assigned work at
 * all: one holding `orders.work` (an API token only if it was given `orders.work`).
 */
export const staffRelationCounts = (access: Access): boolean => relationCounts(access, [ORDERS_WORK]);

const ON_SITE: OrderCommand[] = ['depart', 'arrive', 'start', 'record_materials', 'finish', 'accept', 'reject'];

/** Who may give a command: the office's roles by permission, and the staff on the order for the on-site steps. */
export function mayCommand(a: OrderActorFacts, command: OrderCommand, officePath: string): boolean {
  const at = (p: string) => allowsAt(a.access, p, officePath);
  const staff = a.isAssignee && staffRelationCounts(a.access);
  switch (command) {
    case 'quote':
    case 'confirm':
    case 'cancel':
      return at(ORDERS_INTAKE);
    case 'approve':
      return at(ORDERS_APPROVE);
    case 'assign':
      return at(ORDERS_ASSIGN);
    case 'pay':
      return at(ORDERS_PAY) || (staff && a.staffMayCollect !== false);
    case 'close':
      return at(ORDERS_PAY);
    default:
      return ON_SITE.includes(command) && (staff || at(ORDERS_ASSIGN));
  }
}

export function mayRead(a: OrderActorFacts, officePath: string): boolean {
  return allowsAt(a.access, ORDERS_READ, officePath) || ((a.isAssignee || a.wasAssignee) && staffRelationCounts(a.access));
}

const COMMANDS = Object.keys(ORDER_MACHINE) as OrderCommand[];

type Buttons = Readonly<Record<OrderCommand, boolean>>;

/**
 * The commands open in a state that the caller may give at an office, kept per caller's access (never changed once
 * made: a change of grants makes a new one) for each office, state and relation to the order: a list page asked the
 * same 17 questions of every order on it.
 */
const buttonsKept = keptPer<Access, Buttons>();

function buttonsOf(a: OrderActorFacts, state: Order['state'], officePath: string): Buttons {
  // what mayCommand reads besides the access: being on the order, and whether its staff may still take the money
  const key = `${state}|${a.isAssignee ? 1 : 0}${a.staffMayCollect === false ? 0 : 1}|${officePath}`;
  return buttonsKept(a.access, key, () => {
    const open = openCommands(ORDER_MACHINE, state);
    const out = {} as Record<OrderCommand, boolean>;
    for (const c of COMMANDS) out[c] = open.has(c) && mayCommand(a, c, officePath);
    // not frozen: V8 copies a frozen object's fields the slow way (a spread of it cost 8 times a plain one's)
    return out;
  });
}

/** The buttons on an order: commands open in its state that the caller may give. */
export function orderAbilities(
  a: OrderActorFacts,
  order: Pick<Order, 'state' | 'billing' | 'totalFen'>,
  officePath: string,
): Record<OrderCommand, boolean> {
  const out = { ...buttonsOf(a, order.state, officePath) };
  // a visit of an agreement paid monthly is paid on its statement: no one takes money for it alone
  if (order.billing === 'monthly') out.pay = false;
  // a free order (A4.2) has nothing to pay and closes once accepted; any other closes only once paid
  if (order.totalFen === 0) out.pay = false;
  if (order.state === 'accepted' && (order.totalFen > 0 || order.billing === 'monthly')) out.close = false;
  return out;
}
