import type { IncidentKind, ReportKind } from './reporting.types.js';

/** A station's periodic report to its superior node (A1.3): one per station, kind and month. */
export interface StationReportTable {
  tenant_id: string;
  id: string;
  /** The reporting station: its scope. */
  org_id: string;
  /** The superior node it is reported to (the station's parent when submitted). */
  superior_id: string;
  kind: ReportKind;
  /** The month reported on, YYYY-MM. */
  period: string;
  /** The report's text, JSON `ReportSection[]`. */
  sections: string;
  submitted_by: string;
  submitted_at: string;
  acknowledged_by: string | null;
  acknowledged_at: string | null;
  /** The superior's reply on acknowledging, if any. */
  reply: string | null;
  version: number;
}

/** A file kept with a periodic report (a PNG, JPEG or PDF), its bytes in the blob store. */
export interface StationReportAttachmentTable {
  tenant_id: string;
  id: string;
  report_id: string;
  blob_id: string;
  file_name: string;
  content_type: string;
  size: number;
}

/** An urgent incident (突发事件) recorded at a station and reported upward at once (A1.3), with its four times. */
export interface IncidentTable {
  tenant_id: string;
  id: string;
  org_id: string;
  superior_id: string;
  kind: IncidentKind;
  /** When it happened. */
  occurred_at: string;
  place: string;
  /** What happened. */
  description: string;
  /** The early intervention and control measures (先期介入、控制态势). */
  measures: string;
  /** When they were taken. */
  measures_at: string;
  recorded_by: string;
  recorded_at: string;
  /** When it was reported upward; null while only recorded. */
  reported_at: string | null;
  reported_by: string | null;
  /** Whole minutes from occurrence to report (the late monitor compares it with incidentReportMinutes). */
  report_delay_minutes: number | null;
  acknowledged_by: string | null;
  acknowledged_at: string | null;
  reply: string | null;
  version: number;
}

// The module's tables join the platform's `Database` (declaration merging: the platform imports no module).
declare module '../../platform/db/schema.js' {
  interface Database {
    station_reports: StationReportTable;
    station_report_attachments: StationReportAttachmentTable;
    incidents: IncidentTable;
  }
}
