import { z } from 'zod';
import { booleanQuery, code, name, nameText, reason, version } from '../../platform/http/common.schemas.js';
import { fenSchema } from '../../platform/money.js';
import { ITEM_CATEGORIES, PRICE_LIST_STATES, PRICING_UNITS } from './catalog.types.js';

export const category = z.enum(ITEM_CATEGORIES).describe('housekeeping (家政), paid_service (有偿服务) or infusion (出诊输液, A5.7)');
export const unit = z.enum(PRICING_UNITS).describe('Pricing unit: job, m2, hour or piece');

const nameEn = name.nullable().describe('English name, e.g. Carpet cleaning; null shows the Chinese name on English pages');
const supervisorCollects = z
  .boolean()
  .describe('Garden works (庭院绿化施工): the supervisor collects the payment after acceptance, not the staff on site (A7.4.7)');
export const itemSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  category,
  unit,
  active: z.boolean(),
  supervisorCollects,
});
export const itemQuery = z.strictObject({ category: category.optional(), active: booleanQuery.optional() });
export const createItemBody = z.strictObject({
  code,
  name: name.describe('e.g. 地毯清洗'),
  nameEn: nameEn.optional(),
  category,
  unit,
  supervisorCollects: supervisorCollects.optional(),
});
export const updateItemBody = z.strictObject({
  name: name.optional(),
  nameEn: nameEn.optional(),
  unit: unit.optional(),
  active: z.boolean().optional(),
  supervisorCollects: supervisorCollects.optional(),
});

export const lineSchema = z.object({
  itemId: z.string(),
  itemCode: z.string(),
  itemName: z.string(),
  itemNameEn: z.string().nullable(),
  category,
  unit,
  priceFen: fenSchema.describe('Price per unit in fen'),
  note: z.string().nullable(),
});

const priceListBase = z.object({
  id: z.string(),
  officeId: z.string(),
  officeName: z.string(),
  number: z.number().int().describe('Version of the office’s list: 1, 2, 3…'),
  state: z.enum(PRICE_LIST_STATES),
  title: z.string(),
  submittedAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
  returnReason: z.string().nullable(),
  publishedAt: z.string().nullable(),
  supersededAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({ edit: z.boolean(), submit: z.boolean(), return: z.boolean(), approve: z.boolean(), publish: z.boolean() }),
});
export const priceListSummary = priceListBase;
export const priceListSchema = priceListBase.extend({ lines: z.array(lineSchema) });

export const priceListQuery = z.strictObject({ officeId: z.uuid().optional(), state: z.enum(PRICE_LIST_STATES).optional() });
export const createPriceListBody = z.strictObject({
  officeId: z.uuid().describe('The office or station'),
  title: nameText(100).optional(),
});
export const setLinesBody = z.strictObject({
  lines: z.array(z.strictObject({ itemId: z.uuid(), priceFen: fenSchema, note: nameText(200, 0).nullable().optional() })).max(500),
  version,
});
export const returnBody = z.strictObject({ reason });
export const publishedQuery = z.strictObject({ officeId: z.uuid() });
