/**
 * A station's duty roster (值班表, A1.5): one per node that keeps a roster, opened by its head's first entry; it
 * carries the head's 24-hour phone printed on the roster.
 */
export interface DutyRosterTable {
  tenant_id: string;
  id: string;
  /** The station keeping the roster: its scope. */
  org_id: string;
  /** The station head responsible for the roster (the last to set the phone). */
  head_user_id: string;
  /** The head's 24-hour phone (24小时通信畅通). */
  head_phone: string;
  created_at: string;
  updated_at: string;
  version: number;
}

/** One day of a roster: who is on duty (after swaps) and their 24-hour phone. A day without a row is uncovered. */
export interface DutyDayTable {
  tenant_id: string;
  id: string;
  roster_id: string;
  org_id: string;
  /** Business date YYYY-MM-DD. */
  day: string;
  user_id: string;
  phone: string;
  assigned_by: string;
  assigned_at: string;
}

/** A swap of duty (换班): who was on duty, who took over, why, and who recorded it when. */
export interface DutySwapTable {
  tenant_id: string;
  id: string;
  roster_id: string;
  org_id: string;
  day: string;
  from_user_id: string;
  to_user_id: string;
  reason: string;
  recorded_by: string;
  recorded_at: string;
}

/** The duty log (值班日志) of one day at one station, written by the person on duty, and its handover (交接班). */
export interface DutyLogTable {
  tenant_id: string;
  id: string;
  org_id: string;
  day: string;
  /** The person on duty who wrote it. */
  user_id: string;
  /** 治安巡逻: rounds made, and what was seen. */
  patrols: number;
  patrol_notes: string;
  /** 矛盾调解: disputes mediated, and how. */
  mediations: number;
  mediation_notes: string;
  /** 登记服务: people registered or served at the desk, and for what. */
  registrations: number;
  registration_notes: string;
  /** Events of the day (突发情况, visits, calls) and how they were handled. */
  events: string;
  handover_note: string | null;
  handed_over_at: string | null;
  /** The next person on duty, who receives the handover. */
  handed_to: string | null;
  received_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    duty_rosters: DutyRosterTable;
    duty_days: DutyDayTable;
    duty_swaps: DutySwapTable;
    duty_logs: DutyLogTable;
  }
}
