import type { ActionState, MeetingState } from './meetings.types.js';

/** A work meeting (A1.2) of a station: scheduled with its time, place and chair; held once its minutes are recorded. */
export interface MeetingTable {
  tenant_id: string;
  id: string;
  /** The station holding it: its scope. */
  org_id: string;
  state: MeetingState;
  /** When it is to be held (ISO UTC). */
  scheduled_at: string;
  place: string;
  /** Who chairs it (主持人): a member of the station's staff. */
  chair_id: string;
  /** When it was held (ISO UTC), from the minutes. */
  held_at: string | null;
  /** The business date it was held on (YYYY-MM-DD, tenant zone): what the interval is counted from. */
  held_on: string | null;
  /** The agenda's texts (JSON `Minutes`), once recorded. */
  minutes: string | null;
  /** Who took the minutes (记录人). */
  recorder_id: string | null;
  recorded_by: string | null;
  recorded_at: string | null;
  cancel_reason: string | null;
  cancelled_at: string | null;
  created_by: string | null;
  created_at: string;
  version: number;
}

/** One member of the station's staff at a held meeting: present, or absent with the reason. */
export interface MeetingAttendeeTable {
  tenant_id: string;
  meeting_id: string;
  user_id: string;
  present: number;
  absence_reason: string | null;
}

/** A decision of a meeting to carry out (行动事项): what, who, by when; followed to done with a note. */
export interface MeetingActionTable {
  tenant_id: string;
  id: string;
  meeting_id: string;
  org_id: string;
  text: string;
  owner_id: string;
  /** The last day to have it done (YYYY-MM-DD). */
  due_on: string;
  state: ActionState;
  done_note: string | null;
  done_by: string | null;
  done_at: string | null;
  /** The business date it was done on (YYYY-MM-DD, tenant zone): done late when after `due_on`. */
  done_on: string | null;
  created_at: string;
  version: number;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    meetings: MeetingTable;
    meeting_attendees: MeetingAttendeeTable;
    meeting_actions: MeetingActionTable;
  }
}
