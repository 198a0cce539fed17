import type {
  ActivityState,
  AgreementKind,
  AttachmentOwner,
  ChangeKind,
  ChangeState,
  Decision,
  FeedbackSource,
  OfferKind,
  PersonKind,
  PlanState,
  ProjectState,
  SupervisionKind,
} from './socialwork.types.js';

/** A social-work project (A3.3–A3.5) of a centre or station, run by its executor and supervised by a 督导. */
export interface SwProjectTable {
  tenant_id: string;
  id: string;
  /** The centre or station running it: its scope. */
  org_id: string;
  /** XM-2026-0001 */
  number: string;
  title: string;
  /** The social worker responsible (项目执行人). */
  executor_id: string;
  /** The project supervisor (项目督导). */
  supervisor_id: string;
  state: ProjectState;
  started_at: string | null;
  started_by: string | null;
  /** The project summary written at closure (A3.4). */
  summary: string | null;
  closed_at: string | null;
  closed_by: string | null;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  version: number;
}

/** 需求调查 before the project starts (A3.3): who was asked, how, what they need, think and suggest. */
export interface SwNeedsSurveyTable {
  tenant_id: string;
  id: string;
  project_id: string;
  surveyed_from: string;
  surveyed_to: string;
  respondents: string;
  respondent_count: number;
  method: string;
  needs: string;
  opinions: string;
  suggestions: string;
  recorded_by: string;
  recorded_at: string;
}

/** A file kept with a survey, an agreement or a brief (its bytes in the blob store). */
export interface SwAttachmentTable {
  tenant_id: string;
  id: string;
  project_id: string;
  owner_kind: AttachmentOwner;
  owner_id: string;
  blob_id: string;
  file_name: string;
  content_type: string;
  size: number;
  uploaded_by: string;
  uploaded_at: string;
}

/** A version of the 项目计划书: `version_no` 1 is the original, each approved change adds one (A3.4). */
export interface SwPlanTable {
  tenant_id: string;
  id: string;
  project_id: string;
  version_no: number;
  state: PlanState;
  /** JSON `PlanContent`. */
  content: string;
  /** The change request this version came from (null for the original plan). */
  change_request_id: string | null;
  submitted_at: string | null;
  submitted_by: string | null;
  decided_at: string | null;
  decided_by: string | null;
  return_reason: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

/** A funding or cooperation agreement of the project (A3.3). */
export interface SwAgreementTable {
  tenant_id: string;
  id: string;
  project_id: string;
  kind: AgreementKind;
  partner: string;
  signed_on: string;
  amount_fen: number | null;
  note: string | null;
  recorded_by: string;
  recorded_at: string;
}

/** An item of the 推进计划 (A3.4), drawn from an activity of the plan version in force, with its date. */
export interface SwProgressItemTable {
  tenant_id: string;
  id: string;
  project_id: string;
  plan_id: string;
  title: string;
  method: string;
  due_on: string;
  done_on: string | null;
  note: string | null;
  created_at: string;
  version: number;
}

/** A member of the project's staff or a volunteer, with their training for it (A3.4). */
export interface SwPersonTable {
  tenant_id: string;
  id: string;
  project_id: string;
  kind: PersonKind;
  /** The user, for staff of the organisation; null for a volunteer from outside. */
  user_id: string | null;
  name: string;
  role: string;
  phone: string | null;
  training: string | null;
  trained_on: string | null;
  added_at: string;
  added_by: string;
}

/** A publicity record of the project (A3.4): when, where or through what, what, how many reached. */
export interface SwPublicityTable {
  tenant_id: string;
  id: string;
  project_id: string;
  held_on: string;
  channel: string;
  description: string;
  reach: number | null;
  recorded_by: string;
  recorded_at: string;
}

/**
 * A change of the plan or of the users' needs (A3.4): the reason, what changes and the new plan; in effect only once
 * both the supervisor and the head approved it, when its new plan version becomes the one in force.
 */
export interface SwChangeRequestTable {
  tenant_id: string;
  id: string;
  project_id: string;
  kind: ChangeKind;
  reason: string;
  changes: string;
  /** JSON `PlanContent` of the new plan. */
  new_content: string;
  /** The plan version it changes. */
  base_plan_id: string;
  state: ChangeState;
  supervisor_decision: Decision | null;
  supervisor_id: string | null;
  supervisor_at: string | null;
  supervisor_note: string | null;
  head_decision: Decision | null;
  head_id: string | null;
  head_at: string | null;
  head_note: string | null;
  /** The plan version made from it when it took effect. */
  new_plan_id: string | null;
  effective_at: string | null;
  requested_by: string;
  requested_at: string;
  version: number;
}

/** A project activity (A3.4): its activity plan before it is held, the holding, and its 简报 within the deadline. */
export interface SwActivityTable {
  tenant_id: string;
  id: string;
  project_id: string;
  progress_item_id: string | null;
  title: string;
  method: string;
  /** A key activity, for the supervisor's on-site supervision (A3.5). */
  key_activity: number;
  planned_on: string;
  place: string | null;
  plan_goals: string;
  plan_content: string;
  plan_staffing: string;
  plan_written_by: string;
  plan_written_at: string;
  state: ActivityState;
  held_on: string | null;
  attendance: number | null;
  held_by: string | null;
  held_at: string | null;
  cancel_reason: string | null;
  brief_summary: string | null;
  brief_reflection: string | null;
  brief_by: string | null;
  brief_at: string | null;
  created_at: string;
  version: number;
}

/** The executor's monthly check against both plans (A3.5), with the missed items and what is done about them. */
export interface SwMonthlyCheckTable {
  tenant_id: string;
  id: string;
  project_id: string;
  /** YYYY-MM */
  month: string;
  findings: string;
  /** JSON array of { item, remedy }. */
  missed: string;
  checked_by: string;
  checked_at: string;
}

/** The supervisor's monthly or on-site supervision (A3.5). */
export interface SwSupervisionTable {
  tenant_id: string;
  id: string;
  project_id: string;
  kind: SupervisionKind;
  /** YYYY-MM the supervision counts for. */
  month: string;
  held_on: string;
  /** The key activity supervised on site. */
  activity_id: string | null;
  findings: string;
  supervisor_id: string;
  recorded_at: string;
}

/** An opinion written at a supervision, which the executor must answer (A3.5). */
export interface SwOpinionTable {
  tenant_id: string;
  id: string;
  project_id: string;
  supervision_id: string;
  text: string;
  raised_at: string;
  answer: string | null;
  answered_by: string | null;
  answered_at: string | null;
  version: number;
}

/** The organisation's periodic assessment of an executor (A3.5). */
export interface SwAssessmentTable {
  tenant_id: string;
  id: string;
  org_id: string;
  executor_id: string;
  period_from: string;
  period_to: string;
  score: number;
  comments: string;
  assessor_id: string;
  assessed_at: string;
}

/** Feedback gathered at closure from users and partners, and the reply to it (A3.4). */
export interface SwFeedbackTable {
  tenant_id: string;
  id: string;
  project_id: string;
  source: FeedbackSource;
  from_name: string;
  content: string;
  received_on: string;
  reply: string | null;
  replied_by: string | null;
  replied_at: string | null;
  recorded_by: string;
  recorded_at: string;
  version: number;
}

/** The ethics register (A3.2): a gift, payment, loan or benefit offered to a social worker, and that it was declined. */
export interface SwEthicsEntryTable {
  tenant_id: string;
  id: string;
  org_id: string;
  project_id: string | null;
  /** The social worker it was offered to. */
  offered_to: string;
  offered_by: string;
  offered_on: string;
  kind: OfferKind;
  description: string;
  value_fen: number | null;
  /** How it was declined (returned, refused on the spot…). */
  declined_how: string;
  recorded_by: string;
  recorded_at: string;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    sw_projects: SwProjectTable;
    sw_needs_surveys: SwNeedsSurveyTable;
    sw_attachments: SwAttachmentTable;
    sw_plans: SwPlanTable;
    sw_agreements: SwAgreementTable;
    sw_progress_items: SwProgressItemTable;
    sw_people: SwPersonTable;
    sw_publicity: SwPublicityTable;
    sw_change_requests: SwChangeRequestTable;
    sw_activities: SwActivityTable;
    sw_monthly_checks: SwMonthlyCheckTable;
    sw_supervisions: SwSupervisionTable;
    sw_opinions: SwOpinionTable;
    sw_assessments: SwAssessmentTable;
    sw_feedback: SwFeedbackTable;
    sw_ethics_entries: SwEthicsEntryTable;
  }
}
