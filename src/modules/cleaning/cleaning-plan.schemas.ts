import { z } from 'zod';
import { booleanQuery } from '../../platform/http/common.schemas.js';
import { listQuery, pageOf } from '../../platform/http/list.js';
import { INSPECTION_LEVELS, PLAN_FREQUENCIES } from './cleaning.types.js';
import { area } from './cleaning-standard.schemas.js';

export const level = z.enum(INSPECTION_LEVELS).describe('self 自查 (cleaner), supervisor 主管检查, manager 经理抽查');
export const frequency = z.enum(PLAN_FREQUENCIES).describe('daily 每日, weekly 每周 (Monday–Sunday), monthly 每月');

export const planSchema = z.object({
  id: z.string(),
  estateId: z.string(),
  estateName: z.string(),
  officeId: z.string(),
  officeName: z.string(),
  level,
  frequency,
  inspectorId: z.string(),
  inspectorName: z.string(),
  cleanerId: z.string().describe('The cleaner responsible for the areas: failures become her rectifications'),
  cleanerName: z.string(),
  areas: z.array(area).min(1),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  mayEdit: z.boolean(),
});

export const planListQuery = listQuery(['createdAt', 'level'], {
  orgId: z.uuid().optional().describe('Only plans of estates under this node'),
  estateId: z.uuid().optional(),
  level: level.optional(),
  active: booleanQuery.optional(),
});
export const planPage = pageOf(planSchema);

const planFields = {
  frequency,
  inspectorId: z
    .uuid()
    .describe('Who inspects: holds the level’s inspect permission at the estate’s office (the cleaner herself for self)'),
  cleanerId: z.uuid().describe('A cleaner of the estate’s office (holds cleaning.rectify there)'),
  areas: z.array(area).min(1).max(20).describe('The areas checked, each once'),
};

export const planCreateBody = z.strictObject({ estateId: z.uuid(), level, ...planFields });
export const planEditBody = z.strictObject({
  ...planFields,
  active: z.boolean().describe('false stops planning new inspections; planned ones stay'),
  version: z.number().int().min(1).describe('The version you saw; a newer one answers 409'),
});
