import { z } from 'zod';
import { nameText } from '../../platform/http/common.schemas.js';
import { listQuery, pageOf } from '../../platform/http/list.js';
import { OUTSIDE_STEPS } from './infusion.types.js';

const stepOrDone = z.enum([...OUTSIDE_STEPS, 'done']);
const signed = z.object({ by: z.string().describe('User id'), byName: z.string(), at: z.string() });

/** A drug brought from another hospital and its four signed steps (A5.5), each with who signed it and when. */
export const outsideDrugSchema = z.object({
  id: z.string(),
  patientId: z.string(),
  patientName: z.string(),
  orgId: z.string(),
  drugId: z.string(),
  drugName: z.string(),
  drugSpec: z.string(),
  hospital: z.string().describe('The hospital that prescribed it and gave the first dose'),
  prescriptionNo: z.string().nullable(),
  step: stepOrDone.describe('The next step to sign; `done` once the physician’s order names it'),
  firstDose: signed.extend({ on: z.string().describe('The day of the first dose there'), note: z.string().nullable() }),
  gpCheck: signed.extend({ outpatientRecordNo: z.string(), note: z.string().nullable() }).nullable(),
  pharmacistReview: signed.extend({ note: z.string().nullable() }).nullable(),
  order: z
    .object({ id: z.string(), number: z.string().nullable(), byName: z.string().nullable(), at: z.string().nullable() })
    .nullable()
    .describe('Step 4: the centre physician’s order naming the drug'),
  createdAt: z.string(),
  version: z.number().int(),
});

export const outsideDrugDetailSchema = outsideDrugSchema.extend({
  abilities: z.object({
    gpCheck: z.boolean().describe('The caller may sign the GP’s check now'),
    pharmacistReview: z.boolean().describe('The caller may sign the pharmacist’s review now'),
    order: z.boolean().describe('The caller may write the physician’s order naming it now'),
  }),
});

export const outsideDrugListQuery = listQuery(['createdAt', 'firstDoseOn'], {
  patientId: z.uuid().optional(),
  step: stepOrDone.optional().describe('Only those waiting for this step (pharmacist_review: the pharmacist’s queue)'),
});
export const outsideDrugPage = pageOf(outsideDrugDetailSchema);

export const createOutsideDrugBody = z.strictObject({
  patientId: z.uuid(),
  drugId: z.uuid().describe('A drug of the centre’s catalogue'),
  hospital: nameText(100),
  prescriptionNo: z.string().trim().max(40).optional().describe('The other hospital’s prescription number'),
  firstDoseOn: z.iso.date().describe('The day of the first dose at the other hospital (not in the future)'),
  note: z.string().trim().max(500).optional().describe('e.g. 首剂后观察 30 分钟无不良反应'),
});

export const gpCheckBody = z.strictObject({
  version: z.number().int().min(1),
  outpatientRecordNo: nameText(40).describe('The outpatient record the check is written in'),
  note: z.string().trim().max(500).optional(),
});

export const pharmacistReviewBody = z.strictObject({
  version: z.number().int().min(1),
  note: z.string().trim().max(500).optional(),
});

export const drugChoicesQuery = z.strictObject({ patientId: z.uuid().describe('The drugs of this patient’s centre') });
export const drugChoicesSchema = z.array(z.object({ id: z.string(), name: z.string(), spec: z.string() }));
