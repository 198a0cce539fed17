import { z } from 'zod';
import { booleanQuery } from '../../platform/http/common.schemas.js';
import { listQuery, pageOf } from '../../platform/http/list.js';
import { CHECK_VALUE_MAX, RECTIFICATION_STATES } from './cleaning.types.js';
import { level } from './cleaning-plan.schemas.js';
import { area, standardSchema } from './cleaning-standard.schemas.js';

const photo = z.string().max(3_000_000).describe('data:image/jpeg;base64,… or image/png');
const photoRef = z.object({ blobId: z.string(), url: z.string() });

export const rectificationSchema = z.object({
  id: z.string(),
  inspectionId: z.string(),
  estateId: z.string(),
  estateName: z.string(),
  officeId: z.string(),
  area,
  level,
  standard: standardSchema.describe('The failed check'),
  cleanerId: z.string(),
  cleanerName: z.string(),
  inspectorId: z.string(),
  inspectorName: z.string(),
  round: z.number().int().describe('1 for the failure, +1 for each failed re-check'),
  state: z.enum(RECTIFICATION_STATES),
  createdAt: z.string(),
  dueAt: z.string(),
  overdue: z.boolean().describe('Open past its deadline'),
  doneAt: z.string().nullable(),
  doneNote: z.string().nullable(),
  donePhoto: photoRef.nullable().describe('The after-photo'),
  recheckedAt: z.string().nullable(),
  recheckedBy: z.string().nullable(),
  recheckNote: z.string().nullable(),
  recheckValue: z.number().int().nullable().describe('For a numeric check: the count the re-check found'),
  recheckPhoto: photoRef.nullable(),
  previousId: z.string().nullable(),
  nextId: z.string().nullable(),
  version: z.number().int(),
});

export const rectificationListQuery = listQuery(['dueAt', 'createdAt'], {
  orgId: z.uuid().optional(),
  estateId: z.uuid().optional(),
  state: z.enum(RECTIFICATION_STATES).optional(),
  mine: booleanQuery
    .optional()
    .describe(
      'Only the caller’s: to fix (cleaner), or to re-check (the inspector who found it; a supervisor of the estate for a self-check)',
    ),
  overdue: booleanQuery.optional(),
});
export const rectificationPage = pageOf(rectificationSchema);

export const rectificationDetailSchema = rectificationSchema.extend({
  failure: z
    .object({
      foundIn: z
        .enum(['inspection', 'recheck'])
        .describe('inspection: the failure the first round fixes; recheck: the failed re-check of the round before, which opened this one'),
      value: z.number().int().nullable().describe('For a numeric check: the count found'),
      note: z.string().nullable(),
      photos: z.array(photoRef),
      inspectedAt: z.string().nullable().describe('When it was found'),
      foundBy: z.string().describe('Who found it: the inspector, or who re-checked the round before'),
    })
    .describe('What this round is to put right'),
  rounds: z.array(rectificationSchema).describe('Every round of this failure, first first'),
  abilities: z.object({ fix: z.boolean(), recheck: z.boolean() }),
});

export const fixBody = z.strictObject({
  version: z.number().int().min(1),
  note: z.string().trim().max(500).optional().describe('What was done'),
  photo: photo.describe('The after-photo'),
});

export const recheckBody = z.strictObject({
  version: z.number().int().min(1),
  passed: z.boolean(),
  /** For a numeric check, the value counted again; it decides `passed` by the threshold when given. */
  value: z.number().max(CHECK_VALUE_MAX).optional().describe('For a numeric check: the value found at the re-check (at most 1 000 000)'),
  note: z.string().trim().max(500).optional().describe('Required when it fails again'),
  photo: photo.optional().describe('Required when it fails again'),
});
