import type { BuiltinRoleCode } from '../authz/permissions.js';
import type { UseCase } from '../context.js';

/** The org subtree a monitor is asked about: the node and its materialised path (see platform/db/scope.ts). */
export interface MonitorScope {
  nodeId: string;
  path: string;
  /**
   * A period asked about ([from, to), ISO UTC). A monitor that is `periodic` then counts the breaches dated in it
   * (a deadline missed then, even if met late since); without one, and for other monitors, the breaches now.
   */
  period?: { from: string; to: string } | undefined;
}

/**
 * The kinds of record a breach names: each has a name in the web's `compliance` catalogues (`entity.<kind>`, checked by
 * `web/src/locales/locales.test.ts`), so the compliance page never shows a code.
 */
export const BREACH_ENTITIES = [
  'agreement_visit',
  'bank_batch',
  'callback',
  'callback_month',
  'car_park',
  'cleaning_inspection',
  'cleaning_plan',
  'cleaning_rectification',
  'duty_log',
  'duty_roster',
  'estate',
  'feedback',
  'incident',
  'infusion_order',
  'meeting',
  'meeting_action',
  'order',
  'parking_stay',
  'payment',
  'receipt_book',
  'station_report_due',
  'statement',
  'sw_activity',
  'sw_opinion',
  'sw_project',
] as const;
export type BreachEntity = (typeof BREACH_ENTITIES)[number];

/** One thing that breaks a clause now. */
export interface Breach {
  /**
   * What breaks it, as an i18n key of the web's `compliance` namespace and its values. A value that is a code (a
   * cleaning area's `garage`) is named in `coded`: the catalogue path of its words (`cleaning:areas`), each code a key.
   */
  what: { key: string; values?: Record<string, string | number>; coded?: Record<string, string> };
  /** Since when it has been a breach (ISO UTC). */
  since: string;
  /** The record that breaks it: entity type (as the history readers name it), id, a human label, and the web path. */
  entity: { type: BreachEntity; id: string; label: string; link: string };
  officeId: string;
}

/**
 * A live check of one clause (X5): a named function over the database returning its current breaches for an
 * org node. `count` must stay an indexed aggregate: the compliance page calls every monitor's count for HQ.
 */
export interface Monitor {
  id: string;
  clauseId: string;
  title: { 'zh-CN': string; en: string };
  /** Its breaches are missed deadlines, dated: asked with a period, it counts those whose deadline fell in it. */
  periodic?: boolean;
  /** The role told in the notification area when a new breach appears. */
  responsibleRole: BuiltinRoleCode;
  count(ctx: UseCase, scope: MonitorScope): Promise<number>;
  list(ctx: UseCase, scope: MonitorScope, page: { limit: number; offset: number }): Promise<Breach[]>;
}
