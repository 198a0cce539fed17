/** What a training is about (A1.1): 政策法规, 业务技能, 安全, 其他. */
export const TRAINING_KINDS = ['policy', 'skills', 'safety', 'other'] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];

/** A training plan is drafted, then put in force by the station head; in force it no longer changes. */
export const PLAN_STATES = ['draft', 'in_force'] as const;
export type PlanState = (typeof PLAN_STATES)[number];

/** The period a plan covers: the whole year, or its first or second half. */
export const PLAN_HALVES = ['year', 'h1', 'h2'] as const;
export type PlanHalf = (typeof PLAN_HALVES)[number];

/** Where a plan item stands: covered by a session, its month passed without one, or still to come. */
export const ITEM_STATUSES = ['done', 'overdue', 'open'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];
