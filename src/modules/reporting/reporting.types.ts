/** Kinds of a station's periodic report upward (A1.3): 工作报告 and 社情民意 report. */
export const REPORT_KINDS = ['work', 'public_sentiment'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** Kinds of an urgent incident reported upward at once (A1.3). */
export const INCIDENT_KINDS = [
  'criminal_case',
  'public_security_case',
  'group_dispute',
  'safety_accident',
  'disaster',
  'other_major_event',
] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

/** Where an urgent incident stands: recorded at the station, reported upward, acknowledged by the superior. */
export const INCIDENT_STATES = ['recorded', 'reported', 'acknowledged'] as const;
export type IncidentState = (typeof INCIDENT_STATES)[number];

/** One titled section of a periodic report's text. */
export interface ReportSection {
  heading: string;
  body: string;
}
