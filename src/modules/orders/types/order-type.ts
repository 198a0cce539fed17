import type { z } from 'zod';
import type { OrgKind } from '../../../platform/db/schema.js';
import type { Messages, PrintLocale } from '../../../platform/print/messages.js';
import type { ItemCategory } from '../../catalog/catalog.types.js';
import { totals } from '../order.rules.js';
import type { MaterialLine, Order, OrderCommand, OrderLine } from '../order.types.js';

/** Order fields a type may require before a command is allowed (the fixed five every order has). */
export type RequirableField = 'customerPhone' | 'address' | 'staffCount' | 'appointmentStart' | 'description';

/** Where a detail field is filled in: on the intake form, or with a command (quote, finish…). */
export type DetailStep = 'create' | OrderCommand;

/** What a type records beside the fixed fields: its own details, kept as JSON on the order. */
export type OrderDetails = Record<string, string | boolean>;

/** One detail field as the forms and the print view show it; its value is checked by the type's zod schema. */
export interface DetailField {
  key: string;
  /** `ref`: the value is the id of another module's record (`ref` names its entity); pages show the record's name. */
  kind: 'text' | 'textarea' | 'boolean' | 'select' | 'ref';
  /**
   * The entity a `ref` field names (`infusion_patient`): the module owning it names its records through its manifest's
   * `recordRefs`, so the order page links the patient's name and the printed form prints it, not the id.
   */
  ref?: string;
  /** The choices of a `select` (labels: `orders:details.<type>.<key>Options.<choice>` and the print messages). */
  options?: readonly string[];
  maxLength?: number;
  /** The steps at which the field may be filled in or changed; at any other it is left as it is. */
  editAt: readonly DetailStep[];
  /** The step that may not be taken while the field is empty. */
  requiredAt?: DetailStep;
  /** A boolean field of the type: the forms show this one only while that one is ticked (a swap's numbers). */
  shownWhen?: string;
  /** Another field of the type whose value the forms put in this one while it is empty (a swap's old terminal: the order's). */
  initialFrom?: string;
}

/** A line the printed form adds: a key of the type's print messages and its placeholders. */
export interface PrintNote {
  key: string;
  vars?: Record<string, string>;
}

/** A type's own refusal: a stable code (translated as `errors:<code>`) and the field to mark. */
export interface TypeRefusal {
  code: string;
  field?: string;
}

/** A guard of one command: pure, over the order and its details (with the command's changes applied). */
export type TypeGuard<D extends OrderDetails> = (order: Order, details: D) => TypeRefusal | null;

/** What the owner pays: the lines as charged, the service fee, the material fee and the total (A2.4.2.2). */
export interface Priced {
  lines: OrderLine[];
  serviceFeeFen: number;
  materialFeeFen: number;
  totalFen: number;
}

/** A type's pricing rule: pure, from the lines (priced from the posted list), the materials and the details. */
export type PricingRule<D extends OrderDetails> = (lines: OrderLine[], materials: Pick<MaterialLine, 'amountFen'>[], details: D) => Priced;

/**
 * An order type is configuration of the one engine (issue 9): number prefix, the catalogue items it takes,
 * what must be filled in before each step, its own detail fields and guards, its pricing rule and its printed
 * form. Each type lives in its own file under `types/`; the engine calls these hooks and never asks which
 * type it has. Repairs, installations and home visits are added as new files, not new engines.
 */
/** Who an order is for: the words the forms use for them and for their signature. */
export const ORDER_PARTIES = ['owner', 'customer', 'patient'] as const;
export type OrderParty = (typeof ORDER_PARTIES)[number];

export interface OrderTypeDef<D extends OrderDetails = OrderDetails> {
  code: string;
  /** Prefix of the human number: JZ-20261127-0001. */
  prefix: string;
  /** The web's name of the type: `orders:types.<code>`. */
  titleKey: string;
  itemCategory: ItemCategory;
  /** Visits of a special-service agreement (A7.4.3) are made as orders of this type for its item category. */
  forAgreements: boolean;
  approvalBeforeDispatch: boolean;
  /**
   * Where orders of the type are taken: the org kinds that keep them (default: offices and stations). The GPS
   * department (a department of the company) keeps its own installation and repair orders (A4.4).
   */
  takenAt?: readonly OrgKind[];
  /**
   * `site`: nothing is priced before the work (A4.2: installation free, repairs charge the parts used, found on
   * site): the order is taken already confirmed, has no quote step, and carries no catalogue lines — a labour line
   * is refused whatever the client sends (`order.labour_not_charged`). Default `quote`: the posted list prices it before confirmation.
   * `intake`: the posted list prices it as it is taken, and it is taken confirmed — the fee is a public standard and
   * the patient's agreement is given elsewhere (A5.7 the provincial list; A5.4 the signed consent): no quote step.
   */
  pricedAt?: 'quote' | 'site' | 'intake';
  /**
   * Who the order is for, as the forms address them (default `owner`, 业主): a GPS fleet is a `customer` (客户), a
   * home-infusion visit's `patient` (患者) signs with their family (家属).
   */
  party?: OrderParty;
  /**
   * A4.7: when no one of the office can go, the manager may send a person of another department, or record an
   * outside person in the type's `outsideHelper` detail, with the reason in its `emergencyReason` detail.
   */
  emergencyDispatch?: boolean;
  /** A check of the materials recorded (A4.2: parts only — a labour charge written as a material is refused). */
  materialGuard?: (materials: readonly Pick<MaterialLine, 'name'>[]) => TypeRefusal | null;
  /** Fixed fields that must be filled in before a command. */
  required: Partial<Record<OrderCommand, readonly RequirableField[]>>;
  /** The type's details: the schema every stored value satisfies, and the fields the forms and print view show. */
  details: { schema: z.ZodType<D>; fields: readonly DetailField[] };
  /** Refusals of the type's own, per command; run after the engine's own checks. */
  guards: Partial<Record<OrderCommand, TypeGuard<D>>>;
  pricing: PricingRule<D>;
  /**
   * The printed form (X3): its title (`title`), the detail labels (`details.<key>`), choice labels
   * (`details.<key>.<choice>`), and optional notes of the type (for example why labour is free).
   */
  print: {
    messages: Record<PrintLocale, Messages>;
    notes?: (details: D, order: Order) => PrintNote[];
    /**
     * A table another module keeps for the order (an installation visit's vehicles and the devices fitted to each,
     * A4.4.1): read with `readRecord(entity, orderId)` as `PrintRows`, its columns labelled `table.<column>` and
     * titled `table.title` in the type's messages.
     */
    table?: { entity: string; columns: readonly string[] };
  };
}

/** What a module's reader answers for a type's printed table: one row of text per line, by column. */
export interface PrintRows {
  rows: Record<string, string>[];
}

/** Required fixed fields still empty on the order for a command. */
export function missingFields(
  def: Pick<OrderTypeDef, 'required'>,
  command: OrderCommand,
  order: Pick<Order, RequirableField>,
): RequirableField[] {
  return (def.required[command] ?? []).filter((f) => order[f] === null || order[f] === '' || order[f] === undefined);
}

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** Detail fields required at this step still empty, as the field paths the form marks (`details.cause`). */
export function missingDetails(def: Pick<OrderTypeDef, 'details'>, step: DetailStep, details: OrderDetails): string[] {
  return def.details.fields.filter((f) => f.requiredAt === step && blank(details[f.key])).map((f) => `details.${f.key}`);
}

/** The standard rule (A2.4.2.2): lines as priced from the list, materials as recorded, total = both. */
export function standardPricing(lines: OrderLine[], materials: Pick<MaterialLine, 'amountFen'>[]): Priced {
  return { lines, ...totals(lines, materials) };
}

/**
 * Declares a type with its details' own shape for its hooks; the engine holds every type as `OrderTypeDef`
 * (details parsed by the type's own schema before any hook sees them, so the shape holds).
 */
export function defineOrderType<D extends OrderDetails>(def: OrderTypeDef<D>): OrderTypeDef {
  return def as unknown as OrderTypeDef;
}
