/** The areas of an estate's outside cleaning (篇六 1): each check of the library belongs to one. */
export const CLEANING_AREAS = ['ground', 'signs', 'flower_beds', 'roads', 'lights', 'entrances', 'garage', 'pillars', 'bins'] as const;
export type CleaningArea = (typeof CLEANING_AREAS)[number];

/** How a check is made (篇六 2): 视检 by eye, 手检 with a white tissue, 嗅检 by smell. */
export const CHECK_METHODS = ['visual', 'touch', 'smell'] as const;
export type CheckMethod = (typeof CHECK_METHODS)[number];

/**
 * What a numeric check counts or measures; the check passes when the observed value is at most its maximum.
 * `per_100m2`: pieces counted on 100 m² (butts, paper scraps); `mm`: the largest one measured (stones);
 * `percent`: how full (a bin past half full).
 */
export const THRESHOLD_UNITS = ['per_100m2', 'mm', 'percent'] as const;
export type ThresholdUnit = (typeof THRESHOLD_UNITS)[number];
/**
 * The most a numeric check's observed value may be, at the inspection and the re-check: far past any maximum a check
 * allows (100 000), and within the column PostgreSQL keeps it in (an `integer`, up to 2 147 483 647).
 */
export const CHECK_VALUE_MAX = 1_000_000;

/** 三查: the cleaner's self-check, the supervisor's check, the manager's spot check (A6.3). */
export const INSPECTION_LEVELS = ['self', 'supervisor', 'manager'] as const;
export type InspectionLevel = (typeof INSPECTION_LEVELS)[number];

/** How often a plan's inspections fall due; the organisation sets it per plan. */
export const PLAN_FREQUENCIES = ['daily', 'weekly', 'monthly'] as const;
export type PlanFrequency = (typeof PLAN_FREQUENCIES)[number];

/** `planned`: due in its period, not yet walked; `done`: its results are recorded. */
export const INSPECTION_STATES = ['planned', 'done'] as const;
export type InspectionState = (typeof INSPECTION_STATES)[number];

/**
 * One round of fixing a failed check: `open` for the cleaner, `done` (after-photo taken) waits for the inspector's
 * re-check, which ends it `passed` or `failed` — a failed round opens the next one.
 */
export const RECTIFICATION_STATES = ['open', 'done', 'passed', 'failed'] as const;
export type RectificationState = (typeof RECTIFICATION_STATES)[number];
