import type { ItemCategory } from '../catalog/catalog.types.js';
import type { Order, OrderCommand } from './order.types.js';

/** Order fields a type may require before a command is allowed. */
export type RequirableField = 'customerPhone' | 'address' | 'staffCount' | 'appointmentStart' | 'description';

/**
 * An order type is configuration of the one engine: number prefix, which catalogue items it takes,
 * what must be filled in before each step, whether dispatch needs approval, its printed form.
 * Repairs, installations and home visits are added as new entries, not new engines.
 */
export interface OrderTypeDef {
  code: string;
  /** Prefix of the human number: JZ-20261127-0001. */
  prefix: string;
  itemCategory: ItemCategory;
  approvalBeforeDispatch: boolean;
  required: Partial<Record<OrderCommand, readonly RequirableField[]>>;
  /** i18n key of the printed form's title. */
  formTitle: string;
}

export const ORDER_TYPES = {
  housekeeping: {
    code: 'housekeeping',
    prefix: 'JZ',
    itemCategory: 'housekeeping',
    approvalBeforeDispatch: false,
    // A7.4.2: item, place, owner, number of staff and appointment are registered on confirmation
    required: { confirm: ['customerPhone', 'address', 'staffCount', 'appointmentStart'] },
    formTitle: 'form.housekeeping',
  },
  paid_service: {
    code: 'paid_service',
    prefix: 'YC',
    itemCategory: 'paid_service',
    approvalBeforeDispatch: false,
    required: { confirm: ['customerPhone', 'address', 'appointmentStart'] },
    formTitle: 'form.paid_service',
  },
} as const satisfies Record<string, OrderTypeDef>;

export type OrderTypeCode = keyof typeof ORDER_TYPES;
export const ORDER_TYPE_CODES = Object.keys(ORDER_TYPES) as [OrderTypeCode, ...OrderTypeCode[]];

export function orderType(code: string): OrderTypeDef {
  const def = (ORDER_TYPES as Record<string, OrderTypeDef>)[code];
  if (!def) throw new Error(`unknown order type ${code}`);
  return def;
}

/** Required fields still empty on the order for a command. */
export function missingFields(def: OrderTypeDef, command: OrderCommand, order: Pick<Order, RequirableField>): RequirableField[] {
  return (def.required[command] ?? []).filter((f) => order[f] === null || order[f] === '' || order[f] === undefined);
}
