import { z } from 'zod';
import { booleanQuery, code, nameText } from '../../platform/http/common.schemas.js';
import { listQuery, pageOf } from '../../platform/http/list.js';

export const centreQuery = z.strictObject({
  centreId: z.uuid().optional().describe('The centre whose catalogue; without it the centre of the caller’s own node'),
});

export const categorySchema = z.object({
  id: z.string(),
  code: z
    .string()
    .describe('Unique in the centre; the five of 篇五 A5.3 are skin_test, tcm_injection, biologic, adverse_prone, allergy_warning'),
  name: z.string(),
  excluded: z.boolean().describe('A drug of an excluded category is refused on a physician order without an override (A5.3)'),
  sort: z.number().int(),
  version: z.number().int(),
});

export const categoryList = z.object({
  centreId: z.string(),
  centreName: z.string(),
  mayEdit: z.boolean().describe('Whether the caller keeps this centre’s catalogue (infusion.drugs)'),
  items: z.array(categorySchema),
});

export const categoryCreateBody = z.strictObject({
  centreId: z.uuid().optional(),
  code: code.optional().describe('Given, or generated from the centre’s sequence'),
  name: nameText(60),
  excluded: z.boolean(),
});

export const categoryEditBody = z.strictObject({
  name: nameText(60),
  excluded: z.boolean(),
  version: z.number().int().min(1).describe('The version you last saw; a newer one answers 409'),
});

export const drugCategory = z.object({ code: z.string(), name: z.string(), excluded: z.boolean() });

export const drugSchema = z.object({
  id: z.string(),
  centreId: z.string(),
  name: z.string(),
  spec: z.string().describe('规格, e.g. 250 ml'),
  categories: z.array(drugCategory),
  active: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const drugListQuery = listQuery(['name', 'createdAt'], {
  centreId: z.uuid().optional().describe('The centre whose catalogue; without it the centre of the caller’s own node'),
  categoryCode: z.string().trim().max(40).optional().describe('Only drugs of this category'),
  active: booleanQuery.optional(),
});

export const drugPage = pageOf(drugSchema).extend({
  mayEdit: z.boolean().describe('Whether the caller keeps this centre’s catalogue (infusion.drugs)'),
});

const categoryCodes = z.array(z.string().trim().min(1).max(40)).max(10).describe('Codes of the centre’s categories');

export const drugCreateBody = z.strictObject({
  centreId: z.uuid().optional(),
  name: nameText(100),
  spec: nameText(60),
  categories: categoryCodes,
  active: z.boolean().default(true),
});

export const drugEditBody = z.strictObject({
  name: nameText(100),
  spec: nameText(60),
  categories: categoryCodes,
  active: z.boolean(),
  version: z.number().int().min(1).describe('The version you last saw; a newer one answers 409'),
});
