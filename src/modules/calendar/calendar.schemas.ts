import { z } from 'zod';
import { exportLang } from '../../platform/export/route.js';
import { nameText } from '../../platform/http/common.schemas.js';
import { DAY_KINDS } from './calendar.types.js';

// a date is only typed here: whether it is one is the rule's (`refuseDay`), refused as `calendar.day_invalid` on `day`
const day = z.string().max(32).describe('The date, YYYY-MM-DD (business date in the organisation’s zone)');
const kind = z
  .enum(DAY_KINDS)
  .describe('holiday: a day off (节假日), even on a weekday; workday: a make-up working day (调休上班) on a weekend');
// an empty name passes here so the rule names it (`calendar.name_required`)
const name = nameText(40, 0).describe('What the day is for, as the State Council’s notice names it (国庆节)');

export const yearQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).describe('The calendar year'),
});
export const yearExportQuery = yearQuery.extend({ lang: exportLang });
export const yearParam = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).describe('The calendar year the import replaces'),
});
export const dayParam = z.strictObject({ day });

export const specialDaySchema = z.object({ day, kind, name });
export const putDayBody = z.strictObject({ kind, name });
export const importBody = z.strictObject({
  days: z
    .array(z.strictObject({ day, kind, name }))
    .max(400)
    .describe('Every special day of the year; the year’s days are replaced by these'),
});

export const calendarSchema = z.object({
  id: z.string().describe('The calendar’s id (its organisation root’s), for its history: /api/history/calendar/{id}'),
  year: z.number().int().describe('The calendar year shown'),
  startMinutes: z.number().int().describe('Working hours begin, minutes after local midnight (parameter workdayStartMinutes at the root)'),
  endMinutes: z.number().int().describe('Working hours end, minutes after local midnight (parameter workdayEndMinutes at the root)'),
  days: z.array(specialDaySchema).describe('The year’s holidays and make-up working days, by date'),
  nextYear: z
    .object({
      year: z.number().int().describe('The year after today’s'),
      dayCount: z.number().int().describe('Special days entered for it; 0 means its arrangement is still to be entered'),
    })
    .describe('Whether next year’s arrangement has been entered'),
  abilities: z.object({ manage: z.boolean().describe('The caller may add, remove and import days') }),
});

export const removedSchema = z.null().describe('Removed: the date counts as an ordinary weekday or weekend again');
