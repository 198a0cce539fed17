import type { FieldError } from '../../platform/http/errors.js';
import { parseLocalTime, recordKey } from './parking-stay.rules.js';
import { parsePlate } from './plate.rules.js';

/** How a car park's gate export names its columns (header text); `record` is '' when the export has no record number. */
export interface GateMapping {
  plate: string;
  entered: string;
  exited: string;
  record: string;
}

/** The columns assumed until the office sets a car park's mapping: what most gate systems' Chinese exports say. */
export const DEFAULT_GATE_MAPPING: GateMapping = { plate: '车牌号', entered: '入场时间', exited: '出场时间', record: '记录号' };

/** The most data rows one file may hold. */
export const MAX_GATE_ROWS = 5000;

/** A file as read: its header cells and each data row with its line (row) number in the file. */
export interface GateTable {
  headers: string[];
  rows: { row: number; cells: string[] }[];
}

/** One good row, ready to be matched against the stays on record. */
export interface GateRow {
  row: number;
  plate: string;
  entryAt: string | null;
  exitAt: string | null;
  recordNo: string;
  key: string;
}

const err = (field: string, code: string, message: string): FieldError => ({ field, code: `gate_import.${code}`, message });

/**
 * Checks every row of a gate export against the car park's mapping: the plate (normalised, a mainland plate), the
 * times (local, in the tenant's zone; at least one of the two; the exit not before the entry; neither after `now`).
 * A problem is named `<row>.<column header>` (the file's own words); the header's missing columns are named
 * `mapping.<plate|entered|exited|record>`. The record column is optional in a mapping and in each row: without it a
 * row is keyed by plate and times. Rows come back in time order, so an exit meets an entry of the same file.
 */
export function checkGateImport(
  table: GateTable,
  mapping: GateMapping,
  timeZone: string,
  now: string,
): { errors: FieldError[]; rows: GateRow[] } {
  const errors: FieldError[] = [];
  const index = (h: string) => (h ? table.headers.findIndex((x) => x.trim() === h.trim()) : -1);
  const at = { plate: index(mapping.plate), entered: index(mapping.entered), exited: index(mapping.exited), record: index(mapping.record) };
  for (const k of ['plate', 'entered', 'exited'] as const)
    if (at[k] < 0) errors.push(err(`mapping.${k}`, 'column_missing', `the file has no column ${mapping[k]}`));
  if (mapping.record && at.record < 0 && mapping.record !== DEFAULT_GATE_MAPPING.record)
    errors.push(err('mapping.record', 'column_missing', `the file has no column ${mapping.record}`));
  if (errors.length) return { errors, rows: [] };
  if (!table.rows.length) return { errors: [err('file', 'empty', 'the file has no rows to import')], rows: [] };
  if (table.rows.length > MAX_GATE_ROWS)
    return { errors: [err('file', 'too_many_rows', `at most ${MAX_GATE_ROWS} rows a file`)], rows: [] };

  const nowMs = Date.parse(now);
  const rows: GateRow[] = [];
  for (const { row, cells } of table.rows) {
    const before = errors.length;
    const cell = (i: number) => (i < 0 ? '' : (cells[i] ?? '').trim());
    const fail = (header: string, code: string, message: string) => errors.push(err(`${row}.${header}`, code, message));
    const parsed = parsePlate(cell(at.plate));
    if (!parsed) fail(mapping.plate, 'plate_invalid', 'not a plate of the mainland (沪A12345, 浙AD12345)');
    const time = (i: number, header: string) => {
      const text = cell(i);
      if (!text) return null;
      const iso = parseLocalTime(text, timeZone);
      if (!iso) fail(header, 'time_invalid', 'a time as YYYY-MM-DD HH:mm[:ss] or YYYY/MM/DD HH:mm[:ss]');
      else if (Date.parse(iso) > nowMs) fail(header, 'time_in_future', 'a time after now');
      return iso;
    };
    const entryAt = time(at.entered, mapping.entered);
    const exitAt = time(at.exited, mapping.exited);
    if (!cell(at.entered) && !cell(at.exited)) fail(mapping.entered, 'time_missing', 'a row has an entry time, an exit time or both');
    if (entryAt && exitAt && Date.parse(exitAt) < Date.parse(entryAt))
      fail(mapping.exited, 'exit_before_entry', 'the exit is before the entry');
    if (errors.length > before || !parsed) continue;
    const recordNo = cell(at.record);
    rows.push({ row, plate: parsed.plate, entryAt, exitAt, recordNo, key: recordKey({ recordNo, plate: parsed.plate, entryAt, exitAt }) });
  }
  const first = (r: GateRow) => Date.parse((r.entryAt ?? r.exitAt)!);
  rows.sort((a, b) => first(a) - first(b) || a.row - b.row);
  return { errors, rows };
}
