import type { Grade, SanctionKind } from './assessment.types.js';

/** 岗位职责 (A1.6): the post and duties of one staff member; posting again replaces it (the audit keeps the history). */
export interface PostResponsibilityTable {
  tenant_id: string;
  id: string;
  user_id: string;
  /** The staff member's node when posted: where it is read and managed. */
  org_id: string;
  post_title: string;
  duties: string;
  posted_on: string;
  posted_by: string;
  posted_at: string;
  version: number;
}

/** 考核标准 of a node for a year (A1.6): JSON array of { name, weight, description }, the weights adding up to 100. */
export interface AssessmentCriteriaTable {
  tenant_id: string;
  id: string;
  org_id: string;
  year: number;
  items: string;
  set_by: string;
  set_at: string;
  version: number;
}

/** 奖惩记录 (A1.6): a reward or penalty of a staff member; never deleted. */
export interface RewardPenaltyTable {
  tenant_id: string;
  id: string;
  user_id: string;
  org_id: string;
  kind: SanctionKind;
  occurred_on: string;
  reason: string;
  /** The measure taken: 通报表扬, 口头警告… */
  measure: string;
  recorded_by: string;
  recorded_at: string;
}

/** 年度考核 (A1.6): one person's year-end assessment, with the criteria, scores and figures as they stood when saved. */
export interface AnnualAssessmentTable {
  tenant_id: string;
  id: string;
  user_id: string;
  org_id: string;
  year: number;
  /** The criteria set scored. */
  criteria_id: string;
  /** JSON array of { name, weight, score }. */
  items: string;
  /** The weighted total in tenths of a point. */
  total_tenths: number;
  grade: Grade;
  comment: string;
  /** JSON array of the person's figures of the year when saved. */
  figures: string;
  assessed_by: string;
  assessed_at: string;
  version: number;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    post_responsibilities: PostResponsibilityTable;
    assessment_criteria: AssessmentCriteriaTable;
    rewards_penalties: RewardPenaltyTable;
    annual_assessments: AnnualAssessmentTable;
  }
}
