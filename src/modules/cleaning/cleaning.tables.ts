import type {
  CheckMethod,
  CleaningArea,
  InspectionLevel,
  InspectionState,
  PlanFrequency,
  RectificationState,
  ThresholdUnit,
} from './cleaning.types.js';

/**
 * One version of one check of the standards library (A6.1, A6.2). `estate_id` null is the group's library, seeded
 * from 篇六; an estate's own checks start as a copy of it. An edit retires the row (`retired_at`) and inserts the
 * next `version` under the same `check_key`, so every recorded result keeps the wording it was judged by.
 */
export interface CleaningStandardTable {
  tenant_id: string;
  id: string;
  estate_id: string | null;
  check_key: string;
  version: number;
  area: CleaningArea;
  object: string;
  criterion: string;
  method: CheckMethod;
  /** The most a numeric check allows (butts per 100 m², stone size in mm, bin fill %); null: judged pass/fail. */
  threshold_max: number | null;
  threshold_unit: ThresholdUnit | null;
  sort: number;
  created_at: string;
  created_by: string | null;
  retired_at: string | null;
  retired_by: string | null;
  /** Why this version was made (the edit's reason); null for the seed. */
  note: string | null;
}

/** Who checks which areas of an estate, at which level and how often (A6.3). */
export interface CleaningPlanTable {
  tenant_id: string;
  id: string;
  estate_id: string;
  /** The estate's office: the plan's scope. */
  office_id: string;
  level: InspectionLevel;
  frequency: PlanFrequency;
  inspector_id: string;
  /** The cleaner responsible for the plan's areas: failures become her rectification tasks. */
  cleaner_id: string;
  /** JSON array of `CleaningArea`. */
  areas: string;
  active: number;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  version: number;
}

/** One inspection of one area: planned for a plan's period, or a spot check made without a plan. */
export interface CleaningInspectionTable {
  tenant_id: string;
  id: string;
  plan_id: string | null;
  estate_id: string;
  office_id: string;
  level: InspectionLevel;
  area: CleaningArea;
  /** The plan's period (business dates, inclusive): due by the end of `period_end`. */
  period_start: string;
  period_end: string;
  inspector_id: string;
  cleaner_id: string;
  state: InspectionState;
  done_at: string | null;
  /** The business date it was done on (the organisation's time zone). */
  done_date: string | null;
  done_by: string | null;
  passed_count: number;
  failed_count: number;
  created_at: string;
  version: number;
}

/** One check's result in an inspection. */
export interface CleaningResultTable {
  tenant_id: string;
  id: string;
  inspection_id: string;
  /** The standard's version it was judged by. */
  standard_id: string;
  passed: number;
  /** The counted or measured value of a numeric check. */
  value: number | null;
  note: string | null;
  /** JSON array of blob ids (a failure has at least one). */
  photos: string;
  sort: number;
}

/** One round of fixing a failed check (A6.3); a failed re-check opens round + 1 (`next_id`). */
export interface CleaningRectificationTable {
  tenant_id: string;
  id: string;
  inspection_id: string;
  result_id: string;
  standard_id: string;
  estate_id: string;
  office_id: string;
  area: CleaningArea;
  level: InspectionLevel;
  cleaner_id: string;
  /** Whose inspection found the failure (the cleaner herself for a self-check); who re-checks is `mayRecheck`'s. */
  inspector_id: string;
  round: number;
  state: RectificationState;
  created_at: string;
  due_at: string;
  done_at: string | null;
  done_note: string | null;
  /** The after-photo's blob id. */
  done_photo: string | null;
  rechecked_at: string | null;
  rechecked_by: string | null;
  recheck_note: string | null;
  recheck_photo: string | null;
  /** The count a re-check of a numeric check found: a failed one is the next round's finding. */
  recheck_value: number | null;
  previous_id: string | null;
  next_id: string | null;
  version: number;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    cleaning_standards: CleaningStandardTable;
    cleaning_plans: CleaningPlanTable;
    cleaning_inspections: CleaningInspectionTable;
    cleaning_results: CleaningResultTable;
    cleaning_rectifications: CleaningRectificationTable;
  }
}
