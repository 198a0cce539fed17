import type { z } from 'zod';
import { allowsAt, scopeOf } from '../../platform/authz/access.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { nextCounter } from '../../platform/counters.js';
import { DomainError, fieldError, forbidden } from '../../platform/http/errors.js';
import type { Page } from '../../platform/http/list.js';
import { newId } from '../../platform/ids.js';
import type { RecordRef } from '../../platform/modules.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import { paramAt } from '../params/params.service.js';
import { INFUSION_ORDER, INFUSION_OVERRIDE_REVIEW, INFUSION_READ } from './infusion.permissions.js';
import { excludedCategoriesOf, ineligibleReasons, namedCategories } from './infusion.rules.js';
import type { IneligibleReason, Mobility, OrderDrugLine } from './infusion.types.js';
import * as drugsRepo from './infusion-drug.repo.js';
import { authorizeInfusion, authorizeOrderRead, orderAbilities } from './infusion-order.policy.js';
import * as repo from './infusion-order.repo.js';
import type * as s from './infusion-order.schemas.js';

type OrderOut = z.infer<typeof s.orderSchema>;
type OrderItemOut = z.infer<typeof s.orderItemSchema>;
type CreateBody = z.infer<typeof s.orderCreateBody>;

/** `YZ-20261205-0001`: 医嘱, the business day it was made, the day's sequence in the tenant. */
export function physicianOrderNumber(day: string, seq: number): string {
  return `YZ-${day.replaceAll('-', '')}-${String(seq).padStart(4, '0')}`;
}

async function categoryNames(ctx: UseCase, orgPath: string): Promise<Map<string, string>> {
  const centre = await drugsRepo.centreOfPath(ctx.db, ctx.actor.tenantId, orgPath);
  if (!centre) return new Map();
  return new Map((await drugsRepo.categoriesOf(ctx.db, ctx.actor.tenantId, centre.id)).map((c) => [c.code, c.name]));
}

function presentItem(o: repo.OrderRow, names: ReadonlyMap<string, string>): OrderItemOut {
  return {
    id: o.id,
    number: o.number,
    patientId: o.patientId,
    patientName: o.patientName,
    orgName: o.orgName,
    physicianName: o.physicianName,
    origin: o.origin,
    drugs: o.lines.map((l) => l.drugName),
    visitsPlanned: o.visitsPlanned,
    visitsDone: o.visitsDone,
    startsOn: o.startsOn,
    endsOn: o.endsOn,
    state: o.state,
    override:
      o.overrideCategories === null
        ? null
        : {
            categories: o.overrideCategories.map((code) => ({ code, name: names.get(code) ?? code })),
            reason: o.overrideReason ?? '',
            reviewedAt: o.overrideReviewedAt,
            reviewedBy: o.reviewerName,
            reviewNote: o.overrideReviewNote,
          },
    createdAt: o.createdAt,
  };
}

function present(ctx: UseCase, o: repo.OrderRow, names: ReadonlyMap<string, string>): OrderOut {
  return {
    ...presentItem(o, names),
    orgId: o.orgId,
    physicianId: o.physicianId,
    physicianLicenceNo: o.physicianLicenceNo,
    medicalRecordNo: o.medicalRecordNo,
    outsideDrugId: o.outsideDrugId,
    lines: o.lines,
    cancelReason: o.cancelReason,
    updatedAt: o.updatedAt,
    version: o.version,
    abilities: orderAbilities(ctx.actor.access, o, o.orgPath),
  };
}

/** The orders of the caller's infusion.read subtrees, newest first. */
export async function listOrders(ctx: UseCase, q: z.infer<typeof s.orderListQuery>): Promise<Page<OrderItemOut>> {
  const scope = scopeOf(ctx.actor.access, INFUSION_READ);
  if (scope.length === 0) throw forbidden(INFUSION_READ);
  const { items, total } = await repo.listOrders(ctx.db, ctx.actor.tenantId, { ...q, scope });
  const names = new Map<string, Map<string, string>>();
  const out: OrderItemOut[] = [];
  for (const o of items) {
    let n = names.get(o.orgPath);
    if (!n) {
      n = await categoryNames(ctx, o.orgPath);
      names.set(o.orgPath, n);
    }
    out.push(presentItem(o, n));
  }
  return { items: out, total, page: q.page, pageSize: q.pageSize };
}

async function loadOrder(ctx: UseCase, id: string): Promise<repo.OrderRow> {
  const o = await repo.findOrder(ctx.db, ctx.actor.tenantId, id);
  if (!o) throw new DomainError('not_found', 'infusion.order_not_found', 'order not found');
  authorizeOrderRead(ctx.actor.access, o.orgPath);
  return o;
}

export async function getOrder(ctx: UseCase, id: string): Promise<OrderOut> {
  const o = await loadOrder(ctx, id);
  return present(ctx, o, await categoryNames(ctx, o.orgPath));
}

async function loadPatient(ctx: UseCase, id: string) {
  const p = await ctx.db
    .selectFrom('infusion_patients as p')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'p.tenant_id').onRef('n.id', '=', 'p.org_id'))
    .select([
      'p.id',
      'p.org_id',
      'p.name',
      'p.birth_date',
      'p.frail',
      'p.mobility',
      'p.paperwork_complete',
      'p.contraindications',
      'p.active',
    ])
    .select('n.path')
    .where('p.tenant_id', '=', ctx.actor.tenantId)
    .where('p.id', '=', id)
    .executeTakeFirst();
  if (!p) throw fieldError('not_found', 'infusion.patient_not_found', 'patientId', 'patient not found');
  return p;
}

/** Why the patient may not be served at home today (A5.1), judged now by the centre's elderly age. */
async function whyIneligible(tx: Tx, p: Awaited<ReturnType<typeof loadPatient>>): Promise<(IneligibleReason | 'inactive')[]> {
  const today = businessDate(new Date(tx.now), await tenantZone(tx));
  const reasons: (IneligibleReason | 'inactive')[] = ineligibleReasons(
    {
      birthDate: p.birth_date,
      frail: Number(p.frail) === 1,
      mobility: p.mobility as Mobility,
      paperworkComplete: Number(p.paperwork_complete) === 1,
      contraindications: p.contraindications,
    },
    today,
    await paramAt(tx, p.path, 'infusionElderlyAge'),
  );
  if (Number(p.active) !== 1) reasons.unshift('inactive');
  return reasons;
}

/**
 * A physician's order (A5.2) for a patient's home infusions. Refused without the physician's licence number, for a
 * patient not eligible, for a drug not in the centre's active catalogue, and (A5.3) for drugs of excluded
 * categories unless the physician overrides them with a reason — then the override waits for the head's review.
 * A drug from another hospital (A5.5) needs its chain signed up to this step; the chain ends with this order.
 */
export async function createOrder(ctx: UseCase, body: CreateBody): Promise<OrderOut> {
  const patient = await loadPatient(ctx, body.patientId);
  authorizeInfusion(ctx.actor.access, INFUSION_ORDER, patient.path, 'patient');
  const me = ctx.actor.userId;
  const physician =
    me === null
      ? undefined
      : await ctx.db
          .selectFrom('users')
          .select(['licence_no'])
          .where('tenant_id', '=', ctx.actor.tenantId)
          .where('id', '=', me)
          .executeTakeFirst();
  const licence = physician?.licence_no?.trim() ?? '';
  if (!me || licence === '')
    throw fieldError(
      'unprocessable',
      'infusion.licence_required',
      'licenceNo',
      'a physician order needs the physician’s licence number (执业证号)',
    );
  const created = await inTransaction(ctx, async (tx) => {
    const t = tx.actor.tenantId;
    const reasons = await whyIneligible(tx, patient);
    if (reasons.length)
      throw fieldError(
        'unprocessable',
        'infusion.patient_ineligible',
        'patientId',
        `the patient may not be served at home: ${reasons.join(', ')}`,
      );
    const centre = await drugsRepo.centreOfPath(tx.db, t, patient.path);
    const ids = [...new Set(body.lines.map((l) => l.drugId))];
    const drugs = centre ? await drugsRepo.drugsOfCentre(tx.db, t, centre.id, ids, true) : [];
    const byId = new Map(drugs.map((d) => [d.id, d]));
    body.lines.forEach((l, i) => {
      if (!byId.has(l.drugId))
        throw fieldError('unprocessable', 'infusion.drug_unknown', `lines.${i}.drugId`, 'not a drug of the centre’s active catalogue');
    });
    const categories = centre ? await drugsRepo.categoriesOf(tx.db, t, centre.id) : [];
    const excluded = excludedCategoriesOf(drugs, new Set(categories.filter((c) => c.excluded).map((c) => c.code)));
    if (excluded.length && !body.override) {
      const names = namedCategories(excluded, categories);
      throw new DomainError('unprocessable', 'infusion.drug_excluded', `the drugs carry excluded categories: ${names.join('、')}`, [
        { field: 'lines', code: 'infusion.drug_excluded', message: names.join('、') },
      ]);
    }
    await checkOrigin(tx, body, patient.id);
    const lines: OrderDrugLine[] = body.lines.map((l) => {
      const d = byId.get(l.drugId)!;
      return { drugId: d.id, drugName: `${d.name} ${d.spec}`, dose: l.dose, route: l.route, frequency: l.frequency };
    });
    const day = businessDate(new Date(tx.now), await tenantZone(tx));
    const order: repo.Order = {
      id: newId(),
      number: physicianOrderNumber(day, await nextCounter(tx.db, t, `infusion:YZ:${day}`)),
      orgId: patient.org_id,
      patientId: patient.id,
      physicianId: me,
      physicianLicenceNo: licence,
      medicalRecordNo: body.medicalRecordNo,
      origin: body.origin,
      outsideDrugId: body.origin === 'outside' ? (body.outsideDrugId ?? null) : null,
      lines,
      visitsPlanned: body.visitsPlanned,
      visitsDone: 0,
      startsOn: body.startsOn,
      endsOn: body.endsOn,
      state: 'active',
      // an override is kept only when there was something to override
      overrideCategories: excluded.length ? excluded : null,
      overrideReason: excluded.length ? (body.override?.reason ?? null) : null,
      overrideReviewedAt: null,
      overrideReviewedBy: null,
      overrideReviewNote: null,
      cancelReason: null,
      createdAt: tx.now,
      updatedAt: tx.now,
      version: 1,
    };
    await repo.insertOrder(tx.db, t, order);
    // the history says the categories overridden by the names the physician was shown
    const overridden = order.overrideCategories && namedCategories(order.overrideCategories, categories);
    await tx.audit({
      action: 'infusion_order.create',
      entity: 'infusion_order',
      entityId: order.id,
      after: { ...order, overrideCategories: overridden },
    });
    if (order.outsideDrugId) {
      const done = await tx.db
        .updateTable('infusion_outside_drugs')
        .set((eb) => ({ step: 'done', order_id: order.id, ordered_by: me, ordered_at: tx.now, version: eb('version', '+', 1) }))
        .where('tenant_id', '=', t)
        .where('id', '=', order.outsideDrugId)
        .where('step', '=', 'physician_order')
        .executeTakeFirst();
      if (Number(done.numUpdatedRows) !== 1)
        throw fieldError('conflict', 'infusion.outside_not_ready', 'outsideDrugId', 'the outside drug was ordered by someone else; reload');
      await tx.audit({
        action: 'infusion_outside_drug.order',
        entity: 'infusion_outside_drug',
        entityId: order.outsideDrugId,
        before: { step: 'physician_order' },
        after: { step: 'done', orderId: order.id, orderNumber: order.number },
      });
    }
    return order.id;
  });
  return getOrder(ctx, created);
}

/**
 * A5.5: an order of a drug from another hospital names that drug's chain, of the same patient, signed up to the
 * physician's order, and orders that drug on one of its lines.
 */
async function checkOrigin(tx: Tx, body: CreateBody, patientId: string): Promise<void> {
  if (body.origin === 'centre') {
    if (body.outsideDrugId)
      throw fieldError('unprocessable', 'infusion.origin_unknown', 'origin', 'an order naming an outside drug has origin outside');
    return;
  }
  if (!body.outsideDrugId)
    throw fieldError('unprocessable', 'infusion.origin_unknown', 'outsideDrugId', 'an outside drug’s order names its chain (A5.5)');
  const chain = await tx.db
    .selectFrom('infusion_outside_drugs')
    .select(['id', 'patient_id', 'drug_id', 'step'])
    .where('tenant_id', '=', tx.actor.tenantId)
    .where('id', '=', body.outsideDrugId)
    .executeTakeFirst();
  if (!chain || chain.patient_id !== patientId)
    throw fieldError('unprocessable', 'infusion.origin_unknown', 'outsideDrugId', 'no outside drug of this patient has this id');
  if (chain.step !== 'physician_order')
    throw fieldError('unprocessable', 'infusion.outside_not_ready', 'outsideDrugId', `the outside drug’s next step is ${chain.step}`);
  if (!body.lines.some((l) => l.drugId === chain.drug_id))
    throw fieldError('unprocessable', 'infusion.outside_drug_missing', 'lines', 'the outside drug is on none of the lines');
}

/** Cancels an active order, with the reason kept. */
export async function cancelOrder(ctx: UseCase, id: string, body: z.infer<typeof s.cancelBody>): Promise<OrderOut> {
  const before = await loadOrder(ctx, id);
  authorizeInfusion(ctx.actor.access, INFUSION_ORDER, before.orgPath, 'order');
  if (before.state !== 'active') throw new DomainError('conflict', 'infusion.order_not_active', 'only an active order can be cancelled');
  await inTransaction(ctx, async (tx) => {
    if (!(await repo.cancelOrder(tx.db, tx.actor.tenantId, id, before.version, body.reason, tx.now)))
      throw new DomainError('conflict', 'record.version_conflict', 'the order was changed by someone else; reload');
    await tx.audit({
      action: 'infusion_order.cancel',
      entity: 'infusion_order',
      entityId: id,
      before: { state: before.state },
      after: { state: 'cancelled', reason: body.reason },
    });
  });
  return getOrder(ctx, id);
}

/** The head's review of an override (A5.3): note, reviewer and time recorded once. */
export async function reviewOverride(ctx: UseCase, id: string, body: z.infer<typeof s.reviewBody>): Promise<OrderOut> {
  const before = await loadOrder(ctx, id);
  authorizeInfusion(ctx.actor.access, INFUSION_OVERRIDE_REVIEW, before.orgPath, 'order');
  if (before.overrideCategories === null)
    throw new DomainError('unprocessable', 'infusion.no_override', 'the order overrides no excluded category');
  if (before.overrideReviewedAt !== null)
    throw new DomainError('conflict', 'infusion.already_reviewed', 'the override was reviewed already');
  await inTransaction(ctx, async (tx) => {
    if (!(await repo.reviewOverride(tx.db, tx.actor.tenantId, id, tx.actor.userId ?? '', body.note, tx.now)))
      throw new DomainError('conflict', 'infusion.already_reviewed', 'the override was reviewed already');
    await tx.audit({
      action: 'infusion_order.review_override',
      entity: 'infusion_order',
      entityId: id,
      before: { overrideReviewedAt: null },
      after: { overrideReviewedAt: tx.now, overrideReviewNote: body.note },
    });
  });
  return getOrder(ctx, id);
}

/** History reader of `infusion_order`. */
export const readOrder = getOrder;

/**
 * The physician orders named on other modules' pages (the order a home visit carries out, `recordRefs` of the
 * manifest): the number with each drug and its dose for whoever reads the page that names them, the link to the
 * order's page only where the caller reads infusion records.
 */
export async function physicianOrderRefs(ctx: UseCase, ids: readonly string[]): Promise<Map<string, RecordRef>> {
  const rows = await repo.namesOf(ctx.db, ctx.actor.tenantId, ids);
  return new Map(
    rows.map((r) => [
      r.id,
      {
        label: r.number,
        // the drug's name with its pack, then the dose given: "0.9%氯化钠注射液 250 ml · 250 ml", not "… 250 ml 250 ml"
        contents: r.lines.map((l) => `${l.drugName} · ${l.dose}`),
        path: allowsAt(ctx.actor.access, INFUSION_READ, r.orgPath) ? `/infusion/orders/${r.id}` : null,
      },
    ]),
  );
}
