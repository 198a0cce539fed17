import type { Ok, QueryOf } from '../../api/types';

/** One order in full, as GET /api/orders/:id answers (lines, staff, rounds, payment, abilities). */
export type Order = Ok<'/api/orders/{id}', 'get'>;
/** One row of the order list. */
export type OrderSummary = Ok<'/api/orders', 'get'>['items'][number];
export type OrderListQuery = QueryOf<'/api/orders'>;
export type OrderState = Order['state'];
export type FieldStep = NonNullable<Order['fieldStep']>;
export type OrderCommand = Exclude<keyof Order['abilities'], 'addPhoto'>;
export type Channel = Order['channel'];
/** The ways a clerk takes a request (an agreement's visits come from the agreement). */
export type IntakeChannel = Exclude<Channel, 'agreement'>;
export type PaymentMethod = NonNullable<Order['payment']>['method'];
export type OrderType = NonNullable<OrderListQuery['type']>;
/** One detail field an order type declares (a repair's location, fault, cause), as GET /api/order-types lists them. */
export type DetailField = Order['typeDef']['fields'][number];
/** Where a detail field is filled in: on the intake form, or with a step. */
export type DetailStep = DetailField['editAt'][number];

/** The states in the order a job moves through them (cancelled last). */
export const ORDER_STATES: readonly OrderState[] = [
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
];
export const ORDER_TYPES: readonly OrderType[] = ['housekeeping', 'paid_service', 'repair', 'gps_repair', 'gps_install'];
export const INTAKE_CHANNELS: readonly IntakeChannel[] = ['phone', 'walk_in', 'web', 'hotline', 'letter'];
export const PAYMENT_METHODS: readonly PaymentMethod[] = ['cash', 'transfer', 'pos', 'wechat', 'alipay'];

/** What staff still have to do: the states "my tasks" lists. */
export const OPEN_TASK_STATES: readonly OrderState[] = ['assigned', 'in_progress', 'rework', 'completed', 'accepted'];

/** States before the owner has accepted, or still moving; closed and cancelled are done. */
export const isDone = (state: OrderState) => state === 'closed' || state === 'cancelled';
