import { linesOf, type Paper, ROLL_EM_MM, ROLL_LINE_MM, ROLL_TEXT_MM, rollPaper } from '../../platform/print/paper.js';

/** The text a receipt slip prints, part by part: the length of roll it needs follows from it. */
export interface SlipText {
  title: string;
  /** copy, number, 重印 */
  sub: string;
  /** the 作废 line, when void */
  voided: string | null;
  /** 收款单位, 付款人: one line each */
  heads: string[];
  /** item names, one table row each */
  items: string[];
  /** 合计（大写）：… across the table */
  words: string;
  /** 付款方式, 收款人, 日期: one line each */
  tail: string[];
}

/** The amount column of the slip's table; the item names wrap in the rest. */
export const SLIP_AMOUNT_MM = 24;
/** The seal square under the slip's text (the same 42 mm as on A4: the office's seal is one size). */
const SEAL_MM = 42;
/** A table cell's padding (0.8 mm above and below) and its rule. */
const CELL_MM = 1.6 + 0.3;
const CELL_SIDES_MM = 2.4;
/** The heading: 12 pt type on 6 mm lines. */
const H1_EM_MM = 4.233;
const H1_LINE_MM = 6;
/** Left over for rounding in the browser's layout: better a few millimetres of blank roll than a second slip. */
const SLACK_MM = 10;

/**
 * The roll paper of a receipt slip: 80 mm wide and as long as its text, worked out line by line from the
 * roll's fixed type (ROLL_LINE_MM a line) and the widths of its columns. Pure.
 */
export function slipPaper(s: SlipText): Paper {
  const ems = (mm: number) => mm / ROLL_EM_MM;
  const line = (text: string, widthMm: number) => linesOf(text, ems(widthMm)) * ROLL_LINE_MM;
  const row = (text: string, widthMm: number) => line(text, widthMm - CELL_SIDES_MM) + CELL_MM;
  let mm = linesOf(s.title, ROLL_TEXT_MM / H1_EM_MM) * H1_LINE_MM + 1;
  mm += line(s.sub, ROLL_TEXT_MM) + 2;
  if (s.voided) mm += line(s.voided, ROLL_TEXT_MM - 3) + 3;
  for (const h of s.heads) mm += line(h, ROLL_TEXT_MM) + 0.6;
  mm += 3 + 3;
  const nameMm = ROLL_TEXT_MM - SLIP_AMOUNT_MM;
  mm += 2 * row('', nameMm); // the header and the total
  for (const item of s.items) mm += row(item, nameMm);
  mm += row(s.words, ROLL_TEXT_MM);
  mm += 3;
  for (const t of s.tail) mm += line(t, ROLL_TEXT_MM) + 0.6;
  mm += 2 + SEAL_MM;
  return rollPaper(mm + SLACK_MM);
}
