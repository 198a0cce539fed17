import { z } from 'zod';
import { exportLang } from '../../platform/export/route.js';
import { booleanQuery, nameText, reason, version } from '../../platform/http/common.schemas.js';
import { FIELD_TYPES } from './ledgers.types.js';

const day = z.iso.date().describe('YYYY-MM-DD');

export const fieldSchema = z.strictObject({
  key: z.string().trim().min(1).max(40).describe('Stable key of the value in an entry: a letter, then letters, digits or _'),
  label: nameText(40).describe('What the form and the list call the field (当事人)'),
  type: z
    .enum(FIELD_TYPES)
    .describe('text, longtext, date, datetime (YYYY-MM-DDTHH:mm), number, select, person (a user of the station), phone'),
  required: z.boolean().describe('An entry is refused without it'),
  listed: z.boolean().describe('Shown as a column of the list'),
  searchable: z.boolean().describe('Found by the list’s text search'),
  options: z.array(z.string().max(40)).max(60).describe('The choices of a select field; empty for the others'),
});

export const kindSchema = z.object({
  id: z.string(),
  code: z.string().describe('Stable code of the kind (mediation, patrol…)'),
  name: z.string().describe('Name of the ledger (调处矛盾纠纷台帐)'),
  orgId: z.string().describe('The node it belongs to: the root for the built-in kinds, a station for its own'),
  orgName: z.string().describe('That node’s name'),
  builtin: z.boolean().describe('One of the regulation’s ledgers, seeded for every tenant'),
  version: z.number().int().describe('Its version: each change of name or fields is a new one'),
  fields: z.array(fieldSchema).describe('The fields of the current version, in form order'),
  placeIds: z.array(z.string()).describe('The caller’s stations that keep this ledger'),
  abilities: z.object({ edit: z.boolean().describe('The caller may change the kind (a new version)') }),
});

export const kindVersionSchema = z.object({
  version: z.number().int().describe('The version number'),
  name: z.string().describe('The name it had'),
  fields: z.array(fieldSchema).describe('The fields it had'),
  createdAt: z.string().describe('When it was made'),
  createdByName: z.string().nullable().describe('Who made it (none for a seeded kind)'),
});

export const kindDetailSchema = kindSchema.extend({
  versions: z.array(kindVersionSchema).describe('Every version, latest first'),
  columns: z.array(fieldSchema).describe('The fields of every version: the current ones first, then those only older entries have'),
});

export const placeSchema = z.object({
  id: z.string(),
  name: z.string().describe('The station’s name'),
  mayWrite: z.boolean().describe('The caller may write entries there'),
  mayDefine: z.boolean().describe('The caller may define the station’s own kinds'),
});

export const overviewSchema = z.object({
  places: z.array(placeSchema).describe('The stations whose ledgers the caller reads'),
  kinds: z.array(kindSchema).describe('The kinds those stations keep: the built-in ones first, then each station’s own'),
});

export const kindCreateBody = z.strictObject({
  orgId: z.uuid().describe('The station the kind belongs to'),
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,39}$/, 'a lower-case letter, then letters, digits or _')
    .describe('Stable code, unique among the kinds the station keeps'),
  name: nameText(60).describe('Name of the ledger (独居老人走访台帐)'),
  fields: z.array(fieldSchema).max(60).describe('Its fields in form order'),
});

export const kindEditBody = z.strictObject({
  name: nameText(60).describe('Name of the ledger'),
  fields: z.array(fieldSchema).max(60).describe('Its fields in form order; entries already written keep the fields they had'),
  version,
});

export const peopleQuery = z.strictObject({ orgId: z.uuid().describe('The station') });
export const peopleSchema = z.array(z.object({ id: z.string(), name: z.string().describe('Display name') }));

const value = z.union([z.string().max(5000), z.number(), z.null()]);

export const entrySchema = z.object({
  id: z.string(),
  kindId: z.string(),
  kindCode: z.string().describe('The kind’s code'),
  kindName: z.string().describe('The kind’s name'),
  kindVersion: z.number().int().describe('The kind’s version the entry was written with'),
  fields: z.array(fieldSchema).describe('The fields of that version'),
  orgId: z.string().describe('The station whose ledger it is'),
  orgName: z.string(),
  occurredOn: z.string().describe('The day of the recorded work'),
  values: z.record(z.string(), value).describe('The values by field key (a person by user id)'),
  display: z.record(z.string(), z.string()).describe('The values as read (a person by name), by field key'),
  writtenBy: z.string().describe('Who wrote it (有据可查)'),
  writtenByName: z.string(),
  writtenAt: z.string().describe('When it was written'),
  voidedAt: z.string().nullable().describe('When it was voided; it stays in the ledger, struck through'),
  voidedByName: z.string().nullable(),
  voidReason: z.string().nullable().describe('Why it was voided'),
  version: z.number().int(),
  abilities: z.object({ void: z.boolean().describe('The caller may void it') }),
});

export const entryListQuery = z.strictObject({
  kindId: z.uuid().describe('The ledger kind'),
  orgId: z.uuid().optional().describe('Only this station’s entries'),
  q: z.string().max(100).optional().describe('Text found in the searchable fields'),
  from: day.optional().describe('Work on or after this day'),
  to: day.optional().describe('Work on or before this day'),
  writtenBy: z.uuid().optional().describe('Only entries this person wrote'),
  includeVoided: booleanQuery.optional().describe('Voided entries too (the list: yes unless false; the export: no unless true)'),
  page: z.coerce.number().int().min(1).max(10_000).default(1).describe('Page, from 1'),
  pageSize: z.coerce.number().int().min(1).max(200).default(20).describe('Entries per page'),
});

export const entryExportQuery = entryListQuery.omit({ page: true, pageSize: true }).extend({ lang: exportLang });

export const entryPage = z.object({
  items: z.array(entrySchema),
  total: z.number().int().describe('Entries the search selects'),
  columns: z.array(fieldSchema).describe('The kind’s fields over all its versions (current first)'),
});

export const entryCreateBody = z.strictObject({
  kindId: z.uuid().describe('The ledger kind'),
  orgId: z.uuid().describe('The station whose ledger it is'),
  occurredOn: day.describe('The day of the recorded work (not still to come)'),
  values: z.record(z.string().max(40), value).describe('The values by field key; a person by user id'),
});

export const entryVoidBody = z.strictObject({ reason, version });
