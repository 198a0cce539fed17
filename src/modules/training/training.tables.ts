import type { PlanHalf, PlanState, TrainingKind } from './training.types.js';

/** A station's (or centre's) training plan for a year or a half-year (A1.1). Hours are stored in tenths of an hour. */
export interface TrainingPlanTable {
  tenant_id: string;
  id: string;
  /** The station or centre whose plan it is: its scope. */
  org_id: string;
  year: number;
  half: PlanHalf;
  /** First and last day of the period, YYYY-MM-DD (derived from year and half). */
  period_from: string;
  period_to: string;
  title: string;
  state: PlanState;
  in_force_at: string | null;
  in_force_by: string | null;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  version: number;
}

/** One planned training of a plan: its topic, month, hours and kind. */
export interface TrainingPlanItemTable {
  tenant_id: string;
  id: string;
  plan_id: string;
  position: number;
  topic: string;
  /** YYYY-MM, inside the plan's period. */
  month: string;
  kind: TrainingKind;
  /** Planned hours × 10. */
  hours_tenths: number;
}

/** A training session held at a station (A1.1), optionally carrying out a plan item. */
export interface TrainingSessionTable {
  tenant_id: string;
  id: string;
  org_id: string;
  topic: string;
  kind: TrainingKind;
  held_on: string;
  trainer: string;
  place: string;
  /** Hours × 10, what each attendee is credited. */
  hours_tenths: number;
  plan_item_id: string | null;
  note: string | null;
  recorded_by: string;
  recorded_at: string;
  updated_at: string;
  version: number;
}

/** A staff member who attended a session. */
export interface TrainingAttendeeTable {
  tenant_id: string;
  session_id: string;
  user_id: string;
}

/** A course outside the station a staff member attended (上级培训班). */
export interface TrainingOutsideCourseTable {
  tenant_id: string;
  id: string;
  /** The station or centre that recorded it: its scope. */
  org_id: string;
  user_id: string;
  organiser: string;
  title: string;
  from_on: string;
  to_on: string;
  /** Hours × 10. */
  hours_tenths: number;
  certificate: string | null;
  recorded_by: string;
  recorded_at: string;
  updated_at: string;
  version: number;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    training_plans: TrainingPlanTable;
    training_plan_items: TrainingPlanItemTable;
    training_sessions: TrainingSessionTable;
    training_attendees: TrainingAttendeeTable;
    training_outside_courses: TrainingOutsideCourseTable;
  }
}
