import type { z } from 'zod';
import { allowsAt, scopeOf } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, forbidden } from '../../platform/http/errors.js';
import type { Page } from '../../platform/http/list.js';
import { newId } from '../../platform/ids.js';
import type { Todo } from '../../platform/modules.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import {
  INFUSION_FIRST_DOSE,
  INFUSION_GP_CHECK,
  INFUSION_ORDER,
  INFUSION_PHARMACIST_REVIEW,
  INFUSION_READ,
} from './infusion.permissions.js';
import { maySign, stepAfter } from './infusion.rules.js';
import type { InfusionOutsideDrugTable } from './infusion.tables.js';
import type { OutsideStep } from './infusion.types.js';
import * as repo from './infusion-outside.repo.js';
import type * as s from './infusion-outside.schemas.js';

type Detail = z.infer<typeof s.outsideDrugDetailSchema>;

const notFound = () => new DomainError('not_found', 'infusion.outside_drug.not_found', 'outside drug not found');

async function loadOutsideDrug(ctx: UseCase, id: string): Promise<repo.OutsideRow> {
  const o = await repo.findOutsideDrug(ctx.db, ctx.actor.tenantId, id);
  if (!o) throw notFound();
  authorize(ctx.actor.access, INFUSION_READ, o.org_path, 'infusion.outside_drug');
  return o;
}

/** The permission that signs each step (step 4 is the physician's order, written in the orders). */
const SIGNER: Record<OutsideStep, string> = {
  first_dose: INFUSION_FIRST_DOSE,
  gp_check: INFUSION_GP_CHECK,
  pharmacist_review: INFUSION_PHARMACIST_REVIEW,
  physician_order: INFUSION_ORDER,
};

function present(ctx: UseCase, o: repo.OutsideRow): Detail {
  const may = (step: OutsideStep) => o.step === step && allowsAt(ctx.actor.access, SIGNER[step], o.org_path);
  return {
    id: o.id,
    patientId: o.patient_id,
    patientName: o.patient_name,
    orgId: o.org_id,
    drugId: o.drug_id,
    drugName: o.drug_name,
    drugSpec: o.drug_spec,
    hospital: o.hospital,
    prescriptionNo: o.prescription_no,
    step: o.step,
    firstDose: { on: o.first_dose_on, note: o.first_dose_note, by: o.first_dose_by, byName: o.first_dose_by_name, at: o.first_dose_at },
    gpCheck:
      o.gp_by && o.gp_at
        ? { outpatientRecordNo: o.gp_outpatient_record_no ?? '', note: o.gp_note, by: o.gp_by, byName: o.gp_by_name ?? '', at: o.gp_at }
        : null,
    pharmacistReview:
      o.pharmacist_by && o.pharmacist_at
        ? { note: o.pharmacist_note, by: o.pharmacist_by, byName: o.pharmacist_by_name ?? '', at: o.pharmacist_at }
        : null,
    order: o.order_id ? { id: o.order_id, number: o.order_number, byName: o.ordered_by_name, at: o.ordered_at } : null,
    createdAt: o.created_at,
    version: Number(o.version),
    abilities: { gpCheck: may('gp_check'), pharmacistReview: may('pharmacist_review'), order: may('physician_order') },
  };
}

/** One outside drug with its steps and what the caller may sign next (also the history reader of `infusion_outside_drug`). */
export async function getOutsideDrug(ctx: UseCase, id: string): Promise<Detail> {
  return present(ctx, await loadOutsideDrug(ctx, id));
}

/** The outside drugs of the caller's centres and stations; none for a caller without infusion.read. */
export async function listOutsideDrugs(ctx: UseCase, q: z.infer<typeof s.outsideDrugListQuery>): Promise<Page<Detail>> {
  const scope = scopeOf(ctx.actor.access, INFUSION_READ);
  if (!scope.length) throw forbidden(INFUSION_READ);
  const { rows, total } = await repo.listOutsideDrugs(ctx.db, ctx.actor.tenantId, {
    scope,
    patientId: q.patientId,
    step: q.step,
    q: q.q,
    sort: q.sort,
    page: q.page,
    pageSize: q.pageSize,
  });
  return { items: rows.map((r) => present(ctx, r)), total, page: q.page, pageSize: q.pageSize };
}

async function loadPatient(ctx: UseCase, id: string, permission: string) {
  const p = await repo.findOutsidePatient(ctx.db, ctx.actor.tenantId, id);
  if (!p) throw new DomainError('not_found', 'infusion.patient.not_found', 'patient not found');
  authorize(ctx.actor.access, permission, p.org_path, 'infusion.patient');
  return p;
}

/** The active drugs of the patient's centre's catalogue, to pick the outside drug from. */
export async function drugChoices(ctx: UseCase, patientId: string) {
  const p = await loadPatient(ctx, patientId, INFUSION_READ);
  return repo.catalogueFor(ctx.db, ctx.actor.tenantId, p.org_path);
}

const signer = (tx: Tx) => {
  const me = tx.actor.userId;
  if (me === null) throw new DomainError('forbidden', 'auth.forbidden', 'a step is signed by a member of staff');
  return me;
};

/**
 * Step 1 (A5.5): the first dose given at the other hospital without adverse reaction, recorded with the drug of the
 * centre's catalogue it is; the GP's check is next.
 */
export async function recordFirstDose(ctx: UseCase, body: z.infer<typeof s.createOutsideDrugBody>): Promise<Detail> {
  return inTransaction(ctx, async (tx) => {
    const p = await loadPatient(tx, body.patientId, INFUSION_FIRST_DOSE);
    const me = signer(tx);
    const drugs = await repo.catalogueFor(tx.db, tx.actor.tenantId, p.org_path);
    if (!drugs.some((d) => d.id === body.drugId))
      throw fieldError('unprocessable', 'infusion.drug_not_in_catalogue', 'drugId', 'not an active drug of the patient’s centre');
    const today = businessDate(tx.now, await tenantZone(tx));
    if (body.firstDoseOn > today)
      throw fieldError('unprocessable', 'infusion.first_dose_in_future', 'firstDoseOn', 'the first dose was given on a day not yet come');
    const row: InfusionOutsideDrugTable = {
      tenant_id: tx.actor.tenantId,
      id: newId(),
      org_id: p.org_id,
      patient_id: p.id,
      drug_id: body.drugId,
      hospital: body.hospital,
      prescription_no: body.prescriptionNo?.trim() || null,
      step: stepAfter('first_dose'),
      first_dose_on: body.firstDoseOn,
      first_dose_note: body.note?.trim() || null,
      first_dose_by: me,
      first_dose_at: tx.now,
      gp_outpatient_record_no: null,
      gp_note: null,
      gp_by: null,
      gp_at: null,
      pharmacist_note: null,
      pharmacist_by: null,
      pharmacist_at: null,
      order_id: null,
      ordered_by: null,
      ordered_at: null,
      created_at: tx.now,
      version: 1,
    };
    await repo.insertOutsideDrug(tx.db, row);
    await tx.audit({ action: 'infusion_outside_drug.first_dose', entity: 'infusion_outside_drug', entityId: row.id, after: row });
    return getOutsideDrug(tx, row.id);
  });
}

/** Signs one step: only by whoever holds its permission here, only when it is the chain's next, on the version seen. */
async function signStep(
  ctx: UseCase,
  id: string,
  version: number,
  step: 'gp_check' | 'pharmacist_review',
  set: (tx: Tx, me: string) => Partial<InfusionOutsideDrugTable>,
): Promise<Detail> {
  return inTransaction(ctx, async (tx) => {
    const o = await loadOutsideDrug(tx, id);
    authorize(tx.actor.access, SIGNER[step], o.org_path, 'infusion.outside_drug');
    const me = signer(tx);
    if (!maySign(o.step, step))
      throw new DomainError(
        'unprocessable',
        'infusion.step_out_of_order',
        o.step === 'done' ? `all steps are signed; ${step} cannot be signed again` : `the next step to sign is ${o.step}, not ${step}`,
      );
    if (version !== Number(o.version))
      throw new DomainError('conflict', 'record.version_conflict', 'the outside drug was changed meanwhile; reload');
    const changes = { ...set(tx, me), step: stepAfter(step) };
    if (!(await repo.updateOutsideDrug(tx.db, tx.actor.tenantId, id, Number(o.version), changes)))
      throw new DomainError('conflict', 'record.version_conflict', 'the outside drug was changed meanwhile; reload');
    const {
      org_path: _p,
      patient_name: _pn,
      drug_name: _dn,
      drug_spec: _ds,
      first_dose_by_name: _f,
      gp_by_name: _g,
      pharmacist_by_name: _h,
      ordered_by_name: _o,
      order_number: _n,
      ...before
    } = o;
    await tx.audit({
      action: `infusion_outside_drug.${step}`,
      entity: 'infusion_outside_drug',
      entityId: id,
      before,
      after: { ...before, ...changes, version: before.version + 1 },
    });
    return getOutsideDrug(tx, id);
  });
}

/** Step 2: a general practitioner checked the other hospital's prescription, in the outpatient record. */
export function signGpCheck(ctx: UseCase, id: string, body: z.infer<typeof s.gpCheckBody>): Promise<Detail> {
  return signStep(ctx, id, body.version, 'gp_check', (tx, me) => ({
    gp_outpatient_record_no: body.outpatientRecordNo,
    gp_note: body.note?.trim() || null,
    gp_by: me,
    gp_at: tx.now,
  }));
}

/** Step 3: the centre's pharmacist reviewed the drug; the physician's order is next. */
export function signPharmacistReview(ctx: UseCase, id: string, body: z.infer<typeof s.pharmacistReviewBody>): Promise<Detail> {
  return signStep(ctx, id, body.version, 'pharmacist_review', (tx, me) => ({
    pharmacist_note: body.note?.trim() || null,
    pharmacist_by: me,
    pharmacist_at: tx.now,
  }));
}

/**
 * The signers' to-dos (A5.5): the outside drugs waiting for a step the caller signs where they sign it — the GP's
 * check, the pharmacist's review, the physician's order — each linking to that step's queue.
 */
export async function outsideDrugTodos(ctx: UseCase): Promise<Todo[]> {
  if (!ctx.actor.userId) return [];
  const steps = (['gp_check', 'pharmacist_review', 'physician_order'] as const).filter(
    (step) => scopeOf(ctx.actor.access, SIGNER[step]).length > 0,
  );
  return Promise.all(
    steps.map(async (step) => ({
      key: `infusion.outside.${step}`,
      count: await repo.countWaiting(ctx.db, ctx.actor.tenantId, scopeOf(ctx.actor.access, SIGNER[step]), step),
      link: `/infusion/outside-drugs?step=${step}`,
    })),
  );
}
