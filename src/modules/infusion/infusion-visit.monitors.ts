import type { UseCase } from '../../platform/context.js';
import { pathWithin } from '../../platform/db/scope.js';
import type { Breach, Monitor, MonitorScope } from '../../platform/monitors/monitor.types.js';
import type { OrderState } from '../orders/order.types.js';
import { INFUSION_CHECKS } from '../orders/types/infusion-visit.type.js';

const WORKED: OrderState[] = ['in_progress', 'completed', 'rework', 'accepted', 'paid', 'closed'];
const OPEN_DONE: OrderState[] = ['closed', 'cancelled'];

type Visit = {
  id: string;
  number: string;
  office_id: string;
  office_name: string;
  state: string;
  updated_at: string;
  started_at: string | null;
};
type Details = Record<string, string | boolean>;

/** The scope's home infusion visits in the given states (or not in them), with their details. */
async function visits(ctx: UseCase, scope: MonitorScope, states: OrderState[], not: boolean) {
  const rows = await ctx.db
    .selectFrom('orders')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'orders.tenant_id').onRef('n.id', '=', 'orders.office_id'))
    .select([
      'orders.id',
      'orders.number',
      'orders.office_id',
      'n.name as office_name',
      'orders.state',
      'orders.details',
      'orders.updated_at',
      'orders.started_at',
    ])
    .where('orders.tenant_id', '=', ctx.actor.tenantId)
    .where('orders.type', '=', 'infusion_visit')
    .where('orders.state', not ? 'not in' : 'in', states)
    .where(pathWithin('n.path', [scope.path]))
    .orderBy('orders.number')
    .execute();
  return rows.map((r) => ({ visit: r as Visit, details: JSON.parse(r.details) as Details }));
}

const breach = (v: Visit, key: string, values: Record<string, string>, since: string): Breach => ({
  what: { key, values: { number: v.number, office: v.office_name, ...values } },
  since,
  entity: { type: 'order', id: v.id, label: v.number, link: `/orders/${v.id}` },
  officeId: v.office_id,
});

/** Open visits whose patient no longer qualifies, whose consent is withdrawn or whose physician order is not active. */
async function gatesOpen(ctx: UseCase, scope: MonitorScope): Promise<Breach[]> {
  const open = await visits(ctx, scope, OPEN_DONE, true);
  if (!open.length) return [];
  const t = ctx.actor.tenantId;
  const ids = (k: string) => [...new Set(open.map((o) => String(o.details[k] ?? '')))].filter(Boolean);
  const patients = new Map(
    (
      await ctx.db
        .selectFrom('infusion_patients')
        .select(['id', 'name', 'eligible', 'active'])
        .where('tenant_id', '=', t)
        .where('id', 'in', ids('patientId'))
        .execute()
    ).map((p) => [p.id, p]),
  );
  const consented = new Set(
    (
      await ctx.db
        .selectFrom('infusion_consents')
        .select('patient_id')
        .where('tenant_id', '=', t)
        .where('patient_id', 'in', ids('patientId'))
        .where('withdrawn_at', 'is', null)
        .execute()
    ).map((c) => c.patient_id),
  );
  const orders = new Map(
    (
      await ctx.db
        .selectFrom('infusion_physician_orders')
        .select(['id', 'state'])
        .where('tenant_id', '=', t)
        .where('id', 'in', ids('physicianOrderId'))
        .execute()
    ).map((o) => [o.id, o.state]),
  );
  const out: Breach[] = [];
  for (const { visit, details } of open) {
    const p = patients.get(String(details.patientId));
    const name = p?.name ?? '';
    const why =
      !p || Number(p.active) !== 1 || Number(p.eligible) !== 1
        ? 'ineligible'
        : !consented.has(p.id)
          ? 'consent'
          : orders.get(String(details.physicianOrderId)) !== 'active'
            ? 'order'
            : null;
    if (why) out.push(breach(visit, `breach.infusionVisitGatesOpen.${why}`, { patient: name }, visit.updated_at));
  }
  return out;
}

/** Visits started or later with an item of the checking routine (查对) not ticked. */
async function unchecked(ctx: UseCase, scope: MonitorScope): Promise<Breach[]> {
  return (await visits(ctx, scope, WORKED, false))
    .filter(({ details }) => INFUSION_CHECKS.some((k) => details[k] !== true))
    .map(({ visit }) => breach(visit, 'breach.infusionVisitUnchecked', {}, visit.started_at ?? visit.updated_at));
}

const page = (all: Breach[], p: { limit: number; offset: number }) =>
  [...all].sort((a, b) => a.since.localeCompare(b.since)).slice(p.offset, p.offset + p.limit);

/** A5.1, A5.2, A5.4: a visit still open although its gates no longer hold — the gates are proved by none showing. */
export const visitGatesOpenMonitor: Monitor = {
  id: 'infusion.visit_gates_open',
  clauseId: 'A5.4',
  title: { 'zh-CN': '出诊输液工单的准入条件已不成立', en: 'Home infusion visits open although their conditions no longer hold' },
  responsibleRole: 'health_centre_head',
  count: async (ctx, scope) => (await gatesOpen(ctx, scope)).length,
  list: async (ctx, scope, p) => page(await gatesOpen(ctx, scope), p),
};

/** A5.6: a visit started without every item of the checking routine ticked. */
export const visitUncheckedMonitor: Monitor = {
  id: 'infusion.visit_unchecked',
  clauseId: 'A5.6',
  title: { 'zh-CN': '出诊输液未完成查对', en: 'Home infusion visits started without the full check' },
  responsibleRole: 'health_centre_head',
  count: async (ctx, scope) => (await unchecked(ctx, scope)).length,
  list: async (ctx, scope, p) => page(await unchecked(ctx, scope), p),
};
