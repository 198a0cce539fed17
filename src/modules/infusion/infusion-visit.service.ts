import type { UseCase } from '../../platform/context.js';
import { paramAt } from '../params/params.service.js';
import { type EligibilityFacts, type VisitOrderFacts, visitBlockers } from './infusion.rules.js';
import { hasValidConsent } from './infusion-consent.repo.js';
import * as repo from './infusion-visit.repo.js';

/** The patient as a visit's readiness is judged: who, where (for the elderly-age parameter), served or not, and A5.1's facts. */
export interface ReadinessPatient {
  id: string;
  orgPath: string;
  active: boolean;
  eligibility: EligibilityFacts;
}

type OrderRow = NonNullable<Awaited<ReturnType<typeof repo.visitOrder>>>;

const orderFacts = (o: OrderRow): VisitOrderFacts => ({
  patientId: o.patient_id,
  state: o.state,
  startsOn: o.starts_on,
  endsOn: o.ends_on,
  visitsPlanned: Number(o.visits_planned),
  visitsDone: Number(o.visits_done),
  origin: o.origin,
  outsideStep: o.outside_step ?? null,
});

/**
 * What stops a visit for the patient on `today` (A5.1, A5.2, A5.4, A5.5): the intake gate asks it of the one
 * physician order a visit names and refuses on the first blocker; the patient page asks it of all their active
 * orders, so the clerk sees before 安排出诊 what the gate would refuse.
 */
export async function visitReadiness(ctx: UseCase, patient: ReadinessPatient, today: string, physicianOrderId?: string) {
  const t = ctx.actor.tenantId;
  const orders =
    physicianOrderId === undefined
      ? await repo.activeVisitOrders(ctx.db, t, patient.id)
      : [await repo.visitOrder(ctx.db, t, physicianOrderId)].filter((o) => o !== undefined);
  return visitBlockers(
    {
      patientId: patient.id,
      active: patient.active,
      eligibility: patient.eligibility,
      consentInForce: await hasValidConsent(ctx.db, t, patient.id),
      orders: orders.map(orderFacts),
    },
    today,
    await paramAt(ctx, patient.orgPath, 'infusionElderlyAge'),
  );
}
