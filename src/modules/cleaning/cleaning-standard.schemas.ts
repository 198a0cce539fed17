import { z } from 'zod';
import { nameText, reason } from '../../platform/http/common.schemas.js';
import { CHECK_METHODS, CLEANING_AREAS, THRESHOLD_UNITS } from './cleaning.types.js';

export const area = z
  .enum(CLEANING_AREAS)
  .describe(
    'ground 地面, signs 标识牌, flower_beds 花圃, roads 道路, lights 照明, entrances 出入口, garage 车库, pillars 立柱, bins 垃圾桶',
  );
export const method = z.enum(CHECK_METHODS).describe('visual 视检, touch 手检 (white tissue), smell 嗅检');

export const standardSchema = z.object({
  id: z.string().describe('This version’s id; results name the version they were judged by'),
  estateId: z.string().nullable().describe('null: the group’s library'),
  checkKey: z.string().describe('The check across its versions'),
  version: z.number().int(),
  area,
  object: z.string(),
  criterion: z.string(),
  method,
  thresholdMax: z.number().int().nullable().describe('The most a numeric check allows; null: judged pass or fail'),
  thresholdUnit: z.enum(THRESHOLD_UNITS).nullable().describe('per_100m2 pieces on 100 m², mm the largest one, percent how full'),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  retiredAt: z.string().nullable().describe('When a newer version or a retirement replaced it'),
  note: z.string().nullable().describe('Why this version was made'),
});

export const libraryQuery = z.strictObject({
  estateId: z.uuid().optional().describe('An estate’s own checks; without it the group’s library'),
});

export const librarySchema = z.object({
  estateId: z.string().nullable(),
  /** Whether the estate has its own copy yet (a plan's creation makes it); false lists the group's library. */
  own: z.boolean().describe('false: the estate has no copy yet and the group’s checks are listed'),
  mayEdit: z.boolean().describe('Whether the caller may edit this library'),
  items: z.array(standardSchema).describe('The live checks, by area and order'),
});

const thresholdFields = {
  thresholdMax: z.number().int().min(0).max(100_000).nullable().describe('null for a check judged by eye, tissue or smell'),
  thresholdUnit: z.enum(THRESHOLD_UNITS).nullable().describe('Required with thresholdMax, null without it'),
};

export const standardCreateBody = z.strictObject({
  estateId: z.uuid().nullable().describe('The estate whose library gets the check; null: the group’s'),
  area,
  object: nameText(100),
  criterion: nameText(500),
  method,
  ...thresholdFields,
});

export const standardEditBody = z.strictObject({
  object: nameText(100),
  criterion: nameText(500),
  method,
  ...thresholdFields,
  note: reason.describe('Why the check changes; kept with the new version'),
});

export const standardRetireBody = z.strictObject({ note: reason });

export const versionsSchema = z.object({ items: z.array(standardSchema).describe('Every version of the check, newest first') });

export const adoptParams = z.strictObject({ estateId: z.uuid() });
