import { DomainError, type FieldError } from '../../platform/http/errors.js';
import { gpsInstallType } from './types/gps-install.type.js';
import { gpsRepairType } from './types/gps-repair.type.js';
import { housekeepingType } from './types/housekeeping.type.js';
import { infusionVisitType } from './types/infusion-visit.type.js';
import type { DetailStep, OrderDetails, OrderTypeDef } from './types/order-type.js';
import { paidServiceType } from './types/paid-service.type.js';
import { repairType } from './types/repair.type.js';

export type { DetailField, OrderDetails, OrderTypeDef, RequirableField } from './types/order-type.js';
export { missingDetails, missingFields } from './types/order-type.js';

/**
 * The order types of the one engine, each declared in its own file under `types/` (issue 9). Adding a type
 * is a file there and a line here; the engine (machine, services, print) calls the type's hooks.
 */
export const ORDER_TYPES = {
  housekeeping: housekeepingType,
  paid_service: paidServiceType,
  repair: repairType,
  gps_install: gpsInstallType,
  gps_repair: gpsRepairType,
  infusion_visit: infusionVisitType,
} as const satisfies Record<string, OrderTypeDef>;

export type OrderTypeCode = keyof typeof ORDER_TYPES;
export const ORDER_TYPE_CODES = Object.keys(ORDER_TYPES) as [OrderTypeCode, ...OrderTypeCode[]];

export function orderType(code: string): OrderTypeDef {
  const def = (ORDER_TYPES as Record<string, OrderTypeDef>)[code];
  if (!def) throw new Error(`unknown order type ${code}`);
  return def;
}

/**
 * Checks details sent with a step against the type: only fields open at this step, each value as the type's
 * schema says. Returns the order's details with these applied, or refuses with one error per field
 * (`details.<key>`), as every other field error is shown.
 */
export function applyDetails(def: OrderTypeDef, step: DetailStep, current: OrderDetails, sent: OrderDetails | undefined): OrderDetails {
  if (!sent || Object.keys(sent).length === 0) return current;
  const errors: FieldError[] = [];
  for (const key of Object.keys(sent)) {
    const field = def.details.fields.find((f) => f.key === key);
    if (!field) errors.push({ field: `details.${key}`, code: 'order.detail_unknown', message: `${def.code} orders have no detail ${key}` });
    else if (!field.editAt.includes(step))
      errors.push({ field: `details.${key}`, code: 'order.detail_not_editable', message: `${key} is not filled in at ${step}` });
  }
  if (errors.length) throw new DomainError('unprocessable', errors[0]!.code, 'the details do not fit this order type', errors);
  // a field sent empty is taken back (a text cleared on the form)
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(sent)) {
    if (value === '' || value === undefined) delete merged[key];
    else merged[key] = value;
  }
  const parsed = def.details.schema.safeParse(merged);
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const field = issue.path.length ? `details.${issue.path.join('.')}` : 'details';
      if (!errors.some((e) => e.field === field))
        errors.push({ field, code: issue.message.startsWith('order.') ? issue.message : 'order.detail_invalid', message: issue.message });
    }
  if (errors.length) throw new DomainError('unprocessable', errors[0]!.code, 'the details do not fit this order type', errors);
  return parsed.data as OrderDetails;
}

/** The order type that takes an agreement's visits for a catalogue category (an agreement's items share one). */
export function orderTypeForAgreements(category: string): OrderTypeDef | null {
  return Object.values(ORDER_TYPES as Record<string, OrderTypeDef>).find((t) => t.forAgreements && t.itemCategory === category) ?? null;
}

/** The types as the web builds its forms from them: number prefix, items, approval, and the detail fields. */
export function describeOrderTypes() {
  return ORDER_TYPE_CODES.map((code) => {
    const t = orderType(code);
    return { code, prefix: t.prefix, itemCategory: t.itemCategory, ...typeFlags(t), takenAt: [...takenAtOf(t)], fields: fieldList(t) };
  });
}

/** How the engine runs a type, as the web needs it: approval before dispatch, pricing on site, emergency dispatch. */
export const typeFlags = (t: OrderTypeDef) => ({
  approvalBeforeDispatch: t.approvalBeforeDispatch,
  pricedAt: t.pricedAt ?? 'quote',
  party: t.party ?? 'owner',
  emergencyDispatch: t.emergencyDispatch === true,
});

/** Where orders of a type are kept: offices and stations, unless the type names other kinds of node. */
export const takenAtOf = (t: OrderTypeDef) => t.takenAt ?? (['office', 'station'] as const);
export const takesOrdersOf = (t: OrderTypeDef, kind: string) => takenAtOf(t).includes(kind as 'office');

/** A type's detail fields as plain data for a response. */
export const fieldList = (def: OrderTypeDef) =>
  def.details.fields.map(({ options, editAt, ...f }) => ({ ...f, ...(options ? { options: [...options] } : {}), editAt: [...editAt] }));
