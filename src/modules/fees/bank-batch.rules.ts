import type { BankBatchState, BankLineState } from './fee.types.js';

/**
 * Bank collection (托收, A2.3) rules: batch numbers, the file layouts of docs/bank-collection-format.md, and how a
 * return file's lines are matched to the batch (never guessed: a line that does not match exactly is listed).
 */

/** `TS-202612-0001`: the batch's month and its sequence in the tenant for that month. */
export function batchNumber(period: string, seq: number): string {
  return `TS-${period.replace('-', '')}-${String(seq).padStart(4, '0')}`;
}

/** Fen as yuan with two decimals, no thousands separator: 12345 → `123.45` (what the bank file carries). */
export function yuanText(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Yuan text (`123.45`, `123.4`, `123`, `¥1,234.50`) as fen, or null when it is not an amount. */
export function parseYuan(text: string): number | null {
  const s = text
    .trim()
    .replace(/^[¥￥]/, '')
    .replace(/,/g, '');
  const m = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** The export file's columns, in order (docs/bank-collection-format.md). */
export const EXPORT_COLUMNS = ['批次号', '序号', '托收协议号', '户名', '账号(掩码)', '金额(元)', '账期', '房屋'] as const;
/** The return file's columns (失败原因 may be left out of a file with no failure). */
export const RETURN_COLUMNS = ['批次号', '序号', '托收协议号', '金额', '结果', '失败原因'] as const;
export const RESULT_PAID = '成功';
export const RESULT_FAILED = '失败';
/** Reason given to lines the return file never mentioned when the office closes the batch. */
export const NOT_RETURNED_REASON = '未回盘';

/** One CSV field: quoted when it holds a comma, a quote or a line break. */
const csvField = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** CSV in UTF-8 with a byte-order mark (so Excel opens the Chinese), lines ending CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): Buffer {
  return Buffer.from(`\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`, 'utf8');
}

/** Parses CSV (RFC 4180 quoting; a BOM is dropped; blank lines skipped). */
export function parseCsv(text: string): string[][] {
  const s = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

/** One line of a return file as read (text cells). */
export interface ReturnRow {
  /** The file's row number (the header is row 1), for the list of unmatched lines. */
  row: number;
  batchNo: string;
  lineNo: string;
  mandateNo: string;
  amount: string;
  result: string;
  reason: string;
}

export type HeaderProblem = { missing: string[] };

/** Reads a return file's rows by their header names (any column order); null header → the columns missing. */
export function readReturnRows(table: readonly (readonly string[])[]): ReturnRow[] | HeaderProblem {
  const header = (table[0] ?? []).map((h) => h.trim());
  const at = (name: string) => header.findIndex((h) => h === name || h.startsWith(`${name}(`) || h.startsWith(`${name}（`));
  const idx = RETURN_COLUMNS.map(at);
  const missing = RETURN_COLUMNS.filter((c, i) => idx[i] === -1 && c !== '失败原因');
  if (missing.length) return { missing };
  const cell = (r: readonly string[], i: number) => (i === -1 ? '' : (r[i] ?? '').trim());
  return table.slice(1).map((r, i) => ({
    row: i + 2,
    batchNo: cell(r, idx[0]!),
    lineNo: cell(r, idx[1]!),
    mandateNo: cell(r, idx[2]!),
    amount: cell(r, idx[3]!),
    result: cell(r, idx[4]!),
    reason: cell(r, idx[5]!),
  }));
}

export interface BatchLineFacts {
  lineNo: number;
  mandateNo: string;
  amountFen: number;
  state: BankLineState;
}

export type UnmatchedCause = 'line_unknown' | 'mandate_mismatch' | 'amount_mismatch' | 'result_unknown' | 'line_repeated';

export interface ReturnMatch {
  paid: { lineNo: number }[];
  failed: { lineNo: number; reason: string }[];
  /** Lines of the batch already paid or failed by an earlier import: left as they are. */
  skipped: number[];
  unmatched: { row: number; lineNo: string; mandateNo: string; amount: string; cause: UnmatchedCause }[];
}

/**
 * Matches a return file's rows to the batch's lines: a row applies only when its 序号 is a line of the batch and
 * its 托收协议号 and 金额 are the line's exactly, and its 结果 is 成功 or 失败; anything else is listed, never
 * guessed. A line already resolved is skipped, so importing the same file again changes nothing.
 */
export function matchReturn(lines: readonly BatchLineFacts[], rows: readonly ReturnRow[]): ReturnMatch {
  const byNo = new Map(lines.map((l) => [l.lineNo, l]));
  const out: ReturnMatch = { paid: [], failed: [], skipped: [], unmatched: [] };
  const seen = new Set<number>();
  for (const r of rows) {
    const unmatched = (cause: UnmatchedCause) =>
      out.unmatched.push({ row: r.row, lineNo: r.lineNo, mandateNo: r.mandateNo, amount: r.amount, cause });
    const line = /^\d{1,9}$/.test(r.lineNo) ? byNo.get(Number(r.lineNo)) : undefined;
    if (!line) unmatched('line_unknown');
    else if (seen.has(line.lineNo)) unmatched('line_repeated');
    else if (r.mandateNo !== line.mandateNo) unmatched('mandate_mismatch');
    else if (parseYuan(r.amount) !== line.amountFen) unmatched('amount_mismatch');
    else if (r.result !== RESULT_PAID && r.result !== RESULT_FAILED) unmatched('result_unknown');
    else {
      seen.add(line.lineNo);
      if (line.state !== 'pending') out.skipped.push(line.lineNo);
      else if (r.result === RESULT_PAID) out.paid.push({ lineNo: line.lineNo });
      else out.failed.push({ lineNo: line.lineNo, reason: r.reason || RESULT_FAILED });
    }
  }
  return out;
}

/** A2.3: an exported batch whose return file is not imported within `days` days of its export. */
export function returnOverdue(batch: { state: BankBatchState; exportedAt: string }, now: Date, days: number): boolean {
  return batch.state === 'exported' && now.getTime() - Date.parse(batch.exportedAt) > days * 86_400_000;
}

/** How a unit is named in the file and the lists: 1栋1单元0802 (no entrance part when the building has one). */
export function unitLabel(building: string, entrance: string, room: string): string {
  return `${building}${entrance ? `${entrance}单元` : ''}${room}`;
}

/** A month `YYYY-MM`. */
export const isPeriod = (p: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(p);

/**
 * A bill with an adjustment awaiting the office head's decision stays out of a new batch: the bank would be asked for
 * the amount before the adjustment, and while the batch awaits its return file the adjustment could not be approved.
 * It goes to the desk or the next batch (which takes earlier months too) once the adjustment is decided.
 */
export const heldOutForAdjustment = (bill: { pendingAdjustments: number }): boolean => bill.pendingAdjustments > 0;

/** The bills a new batch collects and those it holds out, each in the order given. */
export function splitCollectable<B extends { pendingAdjustments: number }>(bills: readonly B[]): { collect: B[]; heldOut: B[] } {
  return { collect: bills.filter((b) => !heldOutForAdjustment(b)), heldOut: bills.filter(heldOutForAdjustment) };
}
