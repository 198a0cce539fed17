import { z } from 'zod';
import { booleanQuery } from '../../platform/http/common.schemas.js';
import { listQuery, pageOf } from '../../platform/http/list.js';
import { CHECK_VALUE_MAX, INSPECTION_STATES } from './cleaning.types.js';
import { level } from './cleaning-plan.schemas.js';
import { area, standardSchema } from './cleaning-standard.schemas.js';

const date = z.iso.date().describe('A business date YYYY-MM-DD');
const photo = z.string().max(3_000_000).describe('data:image/jpeg;base64,… or image/png');

export const inspectionSchema = z.object({
  id: z.string(),
  planId: z.string().nullable().describe('null: a spot check made without a plan'),
  estateId: z.string(),
  estateName: z.string(),
  officeId: z.string(),
  level,
  area,
  periodStart: date,
  periodEnd: date.describe('Due by the end of this day'),
  inspectorId: z.string(),
  inspectorName: z.string(),
  cleanerId: z.string(),
  cleanerName: z.string(),
  state: z.enum(INSPECTION_STATES),
  overdue: z.boolean().describe('Planned and its period has ended'),
  doneAt: z.string().nullable(),
  doneBy: z.string().nullable(),
  passedCount: z.number().int(),
  failedCount: z.number().int(),
  version: z.number().int(),
});

export const inspectionListQuery = listQuery(['periodEnd', 'doneAt'], {
  orgId: z.uuid().optional(),
  estateId: z.uuid().optional(),
  state: z.enum(INSPECTION_STATES).optional(),
  level: level.optional(),
  area: area.optional(),
  mine: booleanQuery.optional().describe('Only inspections the caller is the inspector of'),
  overdue: booleanQuery.optional(),
  from: date.optional().describe('Period ending on or after'),
  to: date.optional().describe('Period starting on or before'),
});
export const inspectionPage = pageOf(inspectionSchema);

export const resultSchema = z.object({
  id: z.string(),
  standard: standardSchema.describe('The check’s version it was judged by'),
  passed: z.boolean(),
  value: z.number().int().nullable(),
  note: z.string().nullable(),
  photos: z.array(z.object({ blobId: z.string(), url: z.string() })),
  rectificationId: z.string().nullable().describe('The first rectification round a failure opened'),
});

export const inspectionDetailSchema = inspectionSchema.extend({
  /** The checklist to walk while planned: the estate's live checks of the area. */
  checklist: z.array(standardSchema).describe('Planned: the live checks of the area to walk; done: empty'),
  results: z.array(resultSchema).describe('Done: each check’s result'),
  abilities: z.object({ record: z.boolean().describe('The caller may record the results') }),
});

export const spotCheckBody = z.strictObject({
  estateId: z.uuid(),
  area,
  level: level.describe('Usually manager (经理抽查); the caller must hold the level’s inspect permission'),
  cleanerId: z
    .uuid()
    .optional()
    .describe('The responsible cleaner; defaults to the cleaner of an active plan of the estate covering the area'),
});

export const resultInput = z.strictObject({
  standardId: z.uuid().describe('A check of the checklist, the version shown'),
  passed: z.boolean().optional().describe('For a check without a threshold'),
  value: z
    .number()
    .max(CHECK_VALUE_MAX)
    .optional()
    .describe('For a numeric check: counted or measured, a whole number from 0 to 1 000 000'),
  note: z.string().trim().max(500).optional().describe('Required for a failure: what was found'),
  photos: z.array(photo).max(4).optional().describe('At least one for a failure'),
});

export const recordBody = z.strictObject({
  version: z.number().int().min(1).describe('The inspection version you saw'),
  results: z.array(resultInput).min(1).max(100).describe('One per check of the checklist, every check'),
});

export const photoParams = z.strictObject({ id: z.uuid(), blobId: z.uuid() });
