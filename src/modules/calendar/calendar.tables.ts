import type { DayKind } from './calendar.types.js';

/** One special day of the organisation's calendar (工作日历, A4.7): a public holiday or a make-up working day. */
export interface CalendarDayTable {
  tenant_id: string;
  /** `YYYY-MM-DD`, a business date in the tenant's zone. */
  day: string;
  kind: DayKind;
  name: string;
  created_by: string | null;
  created_at: string;
}

// The module's table joins the platform's `Database` (declaration merging: the platform imports no module).
declare module '../../platform/db/schema.js' {
  interface Database {
    calendar_days: CalendarDayTable;
  }
}
