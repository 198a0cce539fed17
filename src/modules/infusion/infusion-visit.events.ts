import { within } from '../../platform/authz/access.js';
import type { Tx } from '../../platform/context.js';
import { DomainError, fieldError } from '../../platform/http/errors.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate, localDateTime } from '../../platform/time.js';
import type { OrderChanged } from '../orders/order.events.js';
import { infusionOutsideVisit } from './infusion.rules.js';
import type { Mobility, VisitBlocker } from './infusion.types.js';
import * as repo from './infusion-visit.repo.js';
import { visitReadiness } from './infusion-visit.service.js';

/** The step after which a visit counts on its physician order: the patient or family signed for it (A5.6). */
export const VISIT_COUNTS_AT = 'accept';

/**
 * The home-infusion gates on the orders engine's `infusion_visit` orders, inside each step's transaction (a refusal
 * refuses the step): at intake and again at assignment the patient is active and eligible (A5.1), the physician's
 * order is theirs, active, in its dates with visits left (A5.2), consent is signed (A5.4), an outside drug's chain
 * is done (A5.5); at assignment every nurse is of the patient's team (A5.8). Once signed for, the visit counts.
 */
export async function onVisitChanged(tx: Tx, e: OrderChanged): Promise<void> {
  const o = e.after;
  if (o.type !== 'infusion_visit') return;
  if (e.command === 'create' || e.command === 'assign') {
    const teamId = await checkGates(tx, o.officeId, o.details);
    if (e.command === 'assign') await checkTeam(tx, o.id, teamId);
  }
  if (e.command === 'finish') await checkDripTimes(tx, o.details, o.startedAt);
  if (e.command === VISIT_COUNTS_AT) await countVisit(tx, o.details, o.number);
}

/** The drip's times as recorded at the end fall within the visit (the type's own guard has checked end ≥ start). */
async function checkDripTimes(tx: Tx, d: Record<string, string | boolean>, startedAt: string | null) {
  const [start, end] = [d.infusionStart, d.infusionEnd];
  if (!startedAt || typeof start !== 'string' || typeof end !== 'string') return;
  const zone = await tenantZone(tx);
  const outside = infusionOutsideVisit({ start, end }, { startedAt: localDateTime(startedAt, zone), now: localDateTime(tx.now, zone) });
  if (outside) {
    const times = `the visit began at ${localDateTime(startedAt, zone)} and ends now`;
    throw fieldError('unprocessable', outside.code, outside.field, times);
  }
}

const id = (d: Record<string, string | boolean>, key: string) => (typeof d[key] === 'string' ? (d[key] as string) : '');

/** The refusal of each blocker at intake and assignment: codes and fields the web and the tests know. */
const REFUSALS: Record<VisitBlocker, (reasons: readonly string[]) => DomainError> = {
  inactive: (reasons) => fieldError('unprocessable', 'infusion.patient_ineligible', 'details.patientId', reasons.join(', ') || 'inactive'),
  ineligible: (reasons) => fieldError('unprocessable', 'infusion.patient_ineligible', 'details.patientId', reasons.join(', ')),
  no_usable_order: () =>
    fieldError(
      'unprocessable',
      'infusion.order_not_usable',
      'details.physicianOrderId',
      'the physician order does not allow a visit today',
    ),
  no_consent: () => fieldError('unprocessable', 'infusion.consent_required', 'details.patientId', 'no signed consent in force'),
  outside_not_ready: () =>
    fieldError('unprocessable', 'infusion.outside_not_ready', 'details.physicianOrderId', 'the outside drug’s steps are not all signed'),
};

/** The patient is one of the order's centre or station, and nothing stops a visit on the order it names; returns their team. */
async function checkGates(tx: Tx, officeId: string, d: Record<string, string | boolean>): Promise<string> {
  const t = tx.actor.tenantId;
  const officePath = await repo.nodePath(tx.db, t, officeId);
  const patient = await repo.visitPatient(tx.db, t, id(d, 'patientId'));
  const inSubtree = patient && officePath && within(patient.path, officePath);
  if (!patient || !inSubtree) throw fieldError('unprocessable', 'infusion.patient_not_found', 'details.patientId', 'no such patient here');
  const today = businessDate(new Date(tx.now), await tenantZone(tx));
  const { blockers, reasons } = await visitReadiness(
    tx,
    {
      id: patient.id,
      orgPath: patient.path,
      active: Number(patient.active) === 1,
      eligibility: {
        birthDate: patient.birth_date,
        frail: Number(patient.frail) === 1,
        mobility: patient.mobility as Mobility,
        paperworkComplete: Number(patient.paperwork_complete) === 1,
        contraindications: patient.contraindications,
      },
    },
    today,
    id(d, 'physicianOrderId'),
  );
  const first = blockers[0];
  if (first) throw REFUSALS[first](reasons);
  return patient.team_id;
}

async function checkTeam(tx: Tx, orderId: string, teamId: string) {
  const staff = await repo.currentAssignees(tx.db, tx.actor.tenantId, orderId);
  const outside = await repo.notInTeam(tx.db, tx.actor.tenantId, teamId, staff);
  if (outside.length)
    throw new DomainError('unprocessable', 'infusion.nurse_not_in_team', 'only nurses of the patient’s team go', [
      { field: 'staff', code: 'infusion.nurse_not_in_team', message: outside.join(',') },
    ]);
}

async function countVisit(tx: Tx, d: Record<string, string | boolean>, visitNumber: string) {
  const orderId = id(d, 'physicianOrderId');
  const before = await repo.visitOrder(tx.db, tx.actor.tenantId, orderId);
  if (!before) return;
  const after = await repo.countVisit(tx.db, tx.actor.tenantId, orderId, tx.now);
  await tx.audit({
    action: 'infusion_order.count_visit',
    entity: 'infusion_order',
    entityId: orderId,
    before: { visitsDone: Number(before.visits_done), state: before.state, version: Number(before.version) },
    after: { visitsDone: Number(after.visits_done), state: after.state, version: Number(after.version), visit: visitNumber },
  });
}
