import { z } from 'zod';
import { phoneText, version } from '../../platform/http/common.schemas.js';

const day = z.iso.date().describe('YYYY-MM-DD');
const month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .describe('YYYY-MM');
const orgId = z.uuid().describe('The station keeping the roster');
const notes = z.string().trim().max(2000);
const count = z.number().int().min(0).max(999);

export const abilitiesSchema = z.object({
  roster: z.boolean().describe('May fill the roster, set the head’s phone and record swaps here'),
  log: z.boolean().describe('May be put on duty here and write duty logs'),
});

export const personSchema = z.object({
  id: z.string().describe('User id'),
  displayName: z.string().describe('Name'),
  phone: z.string().describe('Phone on file, proposed as the 24-hour phone'),
});

export const swapSchema = z.object({
  id: z.string().describe('Swap id'),
  day: z.string().describe('The day swapped'),
  fromUserId: z.string().describe('Who was on duty'),
  fromName: z.string().describe('Their name'),
  toUserId: z.string().describe('Who took over'),
  toName: z.string().describe('Their name'),
  reason: z.string().describe('Why'),
  recordedBy: z.string().describe('Who recorded the swap'),
  recordedByName: z.string().describe('Their name'),
  recordedAt: z.string().describe('When it was recorded (ISO)'),
});

export const logState = z.enum(['written', 'handed_over', 'received']).describe('written 已填写, handed_over 已交班, received 已接班');

export const rosterDaySchema = z.object({
  day: z.string().describe('YYYY-MM-DD'),
  userId: z.string().nullable().describe('Who is on duty after swaps; null: nobody (uncovered)'),
  userName: z.string().nullable().describe('Their name'),
  phone: z.string().nullable().describe('Their 24-hour phone on this day'),
  swapped: z.boolean().describe('Someone took over this day by a swap'),
  uncovered: z.boolean().describe('Nobody on duty on a day of the horizon the roster must cover (duty.uncovered_day)'),
  logMissing: z.boolean().describe('A past day on duty without a duty log (duty.log_missing)'),
  log: z.object({ id: z.string(), state: logState }).nullable().describe('The day’s duty log, if written'),
});

export const rosterSchema = z.object({
  org: z.object({ id: z.string(), name: z.string() }).describe('The station'),
  month: z.string().describe('YYYY-MM shown'),
  today: z.string().describe('Today’s business date'),
  horizonEnd: z.string().describe('The last day the roster must cover now (today + rosterHorizonDays − 1)'),
  roster: z
    .object({
      id: z.string().describe('Roster id'),
      headName: z.string().describe('The station head'),
      headPhone: z.string().describe('The head’s 24-hour phone'),
      version: z.number().int(),
    })
    .nullable()
    .describe('Null until the station’s first entry'),
  days: z.array(rosterDaySchema).describe('Every day of the month'),
  swaps: z.array(swapSchema).describe('Swaps recorded for days of the month'),
  people: z.array(personSchema).describe('Who may be put on duty here'),
  abilities: abilitiesSchema,
});

export const rosterQuery = z.strictObject({ orgId, month });
export const printQuery = z.strictObject({ orgId, month, lang: z.enum(['zh-CN', 'en']).optional() });

export const stationList = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), keepsRoster: z.boolean().describe('A roster was opened') })),
});

export const rosterDaysBody = z.strictObject({
  orgId,
  days: z
    .array(
      z.strictObject({
        day,
        userId: z.uuid().nullable().describe('Who is on duty; null clears the day'),
        phone: phoneText.optional().describe('Their 24-hour phone; the phone on file when left out'),
      }),
    )
    .min(1)
    .max(62),
});

export const rotationBody = z.strictObject({
  orgId,
  from: day.describe('First day to fill'),
  to: day.describe('Last day to fill (at most 62 days)'),
  userIds: z.array(z.uuid()).min(1).max(10).describe('The people in turn, the first on the first day'),
});

export const contactBody = z.strictObject({
  orgId,
  headPhone: phoneText.describe('The station head’s 24-hour phone, printed on the roster'),
  version,
});

export const swapBody = z.strictObject({
  orgId,
  day,
  toUserId: z.uuid().describe('Who takes over the day'),
  phone: phoneText.optional().describe('Their 24-hour phone; the phone on file when left out'),
  reason: z.string().trim().min(1).max(500).describe('Why (换班原因)'),
});

export const logSchema = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  day: z.string().describe('The day on duty'),
  userId: z.string().describe('The person on duty who wrote it'),
  userName: z.string(),
  patrols: z.number().int().describe('治安巡逻: rounds made'),
  patrolNotes: z.string(),
  mediations: z.number().int().describe('矛盾调解: disputes mediated'),
  mediationNotes: z.string(),
  registrations: z.number().int().describe('登记服务: people registered or served'),
  registrationNotes: z.string(),
  events: z.string().describe('Events of the day and how they were handled'),
  state: logState,
  handoverNote: z.string().nullable().describe('The handover note (交接班) to the next person'),
  handedOverAt: z.string().nullable(),
  handedTo: z.string().nullable().describe('The next person on duty, who receives'),
  handedToName: z.string().nullable(),
  receivedAt: z.string().nullable().describe('When the next person received the handover'),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  abilities: z.object({
    edit: z.boolean().describe('The writer may still change it'),
    handover: z.boolean().describe('The writer may hand over'),
    receive: z.boolean().describe('The caller receives the handover'),
  }),
});

export const logBody = z.strictObject({
  orgId,
  day: day.describe('The day on duty; not after today'),
  patrols: count.describe('Rounds of 治安巡逻'),
  patrolNotes: notes.describe('What the patrols found'),
  mediations: count.describe('Disputes mediated (矛盾调解)'),
  mediationNotes: notes.describe('Which disputes, and how they ended'),
  registrations: count.describe('People registered or served (登记服务)'),
  registrationNotes: notes.describe('For what'),
  events: notes.describe('Events of the day (突发情况, visits, calls) and how they were handled'),
  version,
});

export const handoverBody = z.strictObject({
  version,
  handoverNote: z.string().trim().min(1).max(2000).describe('What the next person must know or follow up'),
});
export const receiveBody = z.strictObject({ version });

export const logListQuery = z.strictObject({
  orgId: orgId.optional(),
  from: day.describe('First day'),
  to: day.describe('Last day'),
});
export const logList = z.object({ items: z.array(logSchema) });

export const todaySchema = z.object({
  today: z.string().describe('Today’s business date'),
  duties: z
    .array(
      z.object({
        orgId: z.string(),
        orgName: z.string(),
        day: z.string().describe('A day the caller is on duty: today, or a past day whose log is missing'),
        log: logSchema.nullable(),
        next: z
          .object({ userId: z.string(), userName: z.string(), phone: z.string() })
          .nullable()
          .describe('Who is on duty the next day, who receives the handover; null: nobody yet'),
      }),
    )
    .describe('Today’s duty first, then the caller’s past days (last 31) without a log'),
  toReceive: z.array(logSchema).describe('Handovers waiting for the caller to receive them'),
});
