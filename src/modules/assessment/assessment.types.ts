/** 奖励 or 惩处 (A1.6): a reward or a penalty recorded during the year. */
export const SANCTION_KINDS = ['reward', 'penalty'] as const;
export type SanctionKind = (typeof SANCTION_KINDS)[number];

/** The year-end grade (年度考核等次): 优秀, 称职, 基本称职, 不称职. */
export const GRADES = ['excellent', 'competent', 'basically_competent', 'incompetent'] as const;
export type Grade = (typeof GRADES)[number];

/** One item of the assessment criteria: what is assessed, its weight in the total (the weights add up to 100). */
export interface CriterionItem {
  name: string;
  weight: number;
  description: string;
}

/** One criterion as scored at a year-end assessment: the item and weight as they stood, and the score 0–100. */
export interface ScoredItem {
  name: string;
  weight: number;
  score: number;
}

/** A person's figure of the year as another module counted it (`PersonFigure`), kept in the assessment when saved. */
export interface FigureSnapshot {
  key: string;
  unit: 'count' | 'minutes' | 'permille';
  value: number | null;
  better?: 'higher' | 'lower' | undefined;
}
