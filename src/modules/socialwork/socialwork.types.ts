/** 篇三 A3.3: the three social-work methods a project is, in principle, to use together. */
export const SW_METHODS = ['casework', 'group', 'community'] as const;
export type SwMethod = (typeof SW_METHODS)[number];

/**
 * A project's life: `initiating` (survey and plan being made) → `running` (started once the plan is approved and a
 * survey recorded, A3.3) → `closing` (feedback gathered, replies, summary) → `closed`.
 */
export const PROJECT_STATES = ['initiating', 'running', 'closing', 'closed'] as const;
export type ProjectState = (typeof PROJECT_STATES)[number];

/** A version of the project plan: drafted, submitted to the head, approved (in force) or returned; superseded by a change. */
export const PLAN_STATES = ['draft', 'submitted', 'approved', 'returned', 'superseded'] as const;
export type PlanState = (typeof PLAN_STATES)[number];

/** The sections of the 项目计划书 (A3.3), stored as one JSON document per plan version. */
export interface PlanContent {
  background: string;
  theory: string;
  longTermGoals: string;
  stageGoals: string;
  area: string;
  /** The project period, dates YYYY-MM-DD. */
  periodFrom: string;
  periodTo: string;
  serviceUsers: string;
  methods: SwMethod[];
  /** The planned activities: what, by which method, how often. */
  activities: { title: string; method: SwMethod; frequency: string }[];
  frequency: string;
  /** The cost target in fen. */
  costFen: number;
  benefitTargets: string;
  executors: string;
}

/** A change of the plan or of the users' needs (A3.4): both the supervisor and the head approve before it takes effect. */
export const CHANGE_KINDS = ['plan', 'needs'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export const CHANGE_STATES = ['pending', 'approved', 'rejected'] as const;
export type ChangeState = (typeof CHANGE_STATES)[number];
export const DECISIONS = ['approved', 'rejected'] as const;
export type Decision = (typeof DECISIONS)[number];

export const AGREEMENT_KINDS = ['funding', 'cooperation'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export const PERSON_KINDS = ['staff', 'volunteer'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

/** An activity: planned (its activity plan written), held (with attendance), its brief after; or cancelled. */
export const ACTIVITY_STATES = ['planned', 'held', 'cancelled'] as const;
export type ActivityState = (typeof ACTIVITY_STATES)[number];

export const SUPERVISION_KINDS = ['monthly', 'on_site'] as const;
export type SupervisionKind = (typeof SUPERVISION_KINDS)[number];

export const FEEDBACK_SOURCES = ['user', 'partner'] as const;
export type FeedbackSource = (typeof FEEDBACK_SOURCES)[number];

/** A3.2: what was offered to a social worker, always declined. */
export const OFFER_KINDS = ['gift', 'money', 'loan', 'benefit', 'other'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

/** Files kept with a record: a survey's questionnaires, an agreement's scan, a brief's photos. */
export const ATTACHMENT_OWNERS = ['survey', 'agreement', 'brief'] as const;
export type AttachmentOwner = (typeof ATTACHMENT_OWNERS)[number];
