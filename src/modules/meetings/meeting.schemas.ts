import { z } from 'zod';
import { nameText, reason, version } from '../../platform/http/common.schemas.js';
import { ACTION_FILTERS, ACTION_STATES, AGENDA, MEETING_STATES } from './meetings.types.js';

const day = z.iso.date().describe('YYYY-MM-DD');
const instant = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().trim().min(1).max(max);

/** The agenda's texts, one per fixed item (A1.2). */
export const minutesSchema = z.object(
  Object.fromEntries(AGENDA.map((k) => [k, z.string()])) as Record<(typeof AGENDA)[number], z.ZodString>,
);

export const attendeeSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  present: z.boolean(),
  absenceReason: z.string().nullable().describe('Why an absent member was absent'),
});

export const actionSchema = z.object({
  id: z.string(),
  meetingId: z.string(),
  meetingHeldOn: z.string().nullable().describe('The day the meeting that decided it was held'),
  orgId: z.string(),
  orgName: z.string(),
  text: z.string(),
  ownerId: z.string(),
  ownerName: z.string(),
  dueOn: z.string(),
  state: z.enum(ACTION_STATES),
  overdue: z.boolean().describe('Open after its due day'),
  doneLate: z.boolean().describe('Done after its due day'),
  doneNote: z.string().nullable(),
  doneByName: z.string().nullable(),
  doneAt: z.string().nullable(),
  version: z.number().int(),
  abilities: z.object({ markDone: z.boolean().describe('The caller owns it, or manages the station’s meetings') }),
});

const meetingFields = {
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  state: z.enum(MEETING_STATES),
  scheduledAt: z.string(),
  place: z.string(),
  chairId: z.string(),
  chairName: z.string(),
  heldAt: z.string().nullable(),
  heldOn: z.string().nullable(),
  recorderName: z.string().nullable(),
  cancelReason: z.string().nullable(),
  lateForInterval: z.boolean().describe('Scheduled for a day after the next meeting is due'),
  version: z.number().int(),
};

export const meetingSummary = z.object({ ...meetingFields, actionCount: z.number().int() });

export const meetingSchema = z.object({
  ...meetingFields,
  minutes: minutesSchema.nullable(),
  recorderId: z.string().nullable(),
  recordedAt: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  createdAt: z.string(),
  nextDueOn: z.string().nullable().describe('The day the station’s next meeting is due (last held + interval)'),
  attendees: z.array(attendeeSchema),
  actions: z.array(actionSchema),
  abilities: z.object({ manage: z.boolean() }),
});

export const stationStatus = z.object({
  orgId: z.string(),
  orgName: z.string(),
  intervalDays: z.number().int().describe('meetingIntervalDays at the station'),
  lastHeldOn: z.string().nullable(),
  nextDueOn: z.string().nullable().describe('lastHeldOn + intervalDays; null before the first meeting'),
  intervalExceeded: z.boolean().describe('The due day has passed with no meeting held'),
  nextScheduledAt: z.string().nullable().describe('The earliest meeting still scheduled'),
  mayManage: z.boolean(),
});

export const meetingList = z.object({
  today: day,
  stations: z.array(stationStatus),
  items: z.array(meetingSummary),
});

export const meetingListQuery = z.strictObject({ orgId: z.uuid().optional().describe('Only this station') });

export const scheduleBody = z.strictObject({
  orgId: z.uuid().describe('The station holding the meeting'),
  scheduledAt: instant.describe('When it is to be held (ISO instant), today or later'),
  place: nameText(100).describe('Where'),
  chairId: z.uuid().describe('Who chairs it: a member of the station’s staff'),
});

export const cancelBody = z.strictObject({ version, reason });

export const minutesBody = z.strictObject({
  version,
  heldAt: instant.describe('When the meeting was held (ISO instant), not in the future'),
  minutes: z.strictObject(
    Object.fromEntries(AGENDA.map((k) => [k, text(4000).describe(`The agenda item ${k}`)])) as Record<
      (typeof AGENDA)[number],
      ReturnType<typeof text>
    >,
  ),
  attendees: z
    .array(
      z.strictObject({
        userId: z.uuid().describe('A member of the station’s staff'),
        present: z.boolean().describe('Present at the meeting'),
        absenceReason: z.string().trim().max(200).nullable().optional().describe('Why absent; required when not present'),
      }),
    )
    .max(100)
    .describe('Every member of the station’s staff, present or absent with the reason'),
  recorderId: z.uuid().describe('Who took the minutes: a member present'),
  actions: z
    .array(
      z.strictObject({
        text: text(500).describe('What was decided to be done'),
        ownerId: z.uuid().describe('Who does it: a member of the station’s staff'),
        dueOn: day.describe('The last day to have it done, not before the meeting'),
      }),
    )
    .max(30)
    .describe('The decisions to carry out'),
});

export const peopleQuery = z.strictObject({ orgId: z.uuid().describe('The station') });
export const people = z.object({ items: z.array(z.object({ id: z.string(), displayName: z.string() })) });

export const actionListQuery = z.strictObject({
  filter: z.enum(ACTION_FILTERS).default('open').describe('open, overdue (open past the due day), mine (my open ones) or all'),
  orgId: z.uuid().optional().describe('Only this station'),
});
export const actionList = z.object({ today: day, items: z.array(actionSchema) });

export const doneBody = z.strictObject({ version, note: text(1000).describe('What was done') });

export const printQuery = z.strictObject({ lang: z.enum(['zh-CN', 'en']).optional() });
