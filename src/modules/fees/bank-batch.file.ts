import type ExcelJS from 'exceljs';
import { loadExcel } from '../../platform/export/exceljs.js';
import { DomainError } from '../../platform/http/errors.js';
import type { BankBatch } from './bank-batch.repo.js';
import { EXPORT_COLUMNS, parseCsv, toCsv, unitLabel, yuanText } from './bank-batch.rules.js';
import type { BatchLine } from './bank-batch-lines.repo.js';

/**
 * The bank's files (docs/bank-collection-format.md): the export of a batch as CSV (UTF-8 with BOM) or Excel, and
 * the return file read back from either. Every cell is text, so 0001 and 123.40 reach the bank as written.
 */
export const FILE_FORMATS = ['csv', 'xlsx'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

export function exportRows(batch: Pick<BankBatch, 'number'>, lines: readonly BatchLine[]): string[][] {
  return [
    [...EXPORT_COLUMNS],
    ...lines.map((l) => [
      batch.number,
      String(l.lineNo),
      l.mandateNo,
      l.accountHolder,
      l.accountNoMasked,
      yuanText(l.amountFen),
      l.period,
      unitLabel(l.building, l.entrance, l.room),
    ]),
  ];
}

export async function writeFile(rows: string[][], format: FileFormat, sheetName: string): Promise<Buffer> {
  if (format === 'csv') return toCsv(rows);
  const { Workbook } = await loadExcel();
  const book = new Workbook();
  book.creator = 'Guanjia 管家';
  const ws = book.addWorksheet(sheetName);
  ws.columns = (rows[0] ?? []).map((h) => ({ width: Math.max(10, h.length * 2 + 4), style: { numFmt: '@' } }));
  for (const r of rows) ws.addRow(r);
  ws.getRow(1).font = { bold: true };
  return Buffer.from(await book.xlsx.writeBuffer());
}

const unreadable = () =>
  new DomainError('unprocessable', 'bank_return.unreadable', 'the file cannot be read', [
    { field: 'file', code: 'bank_return.unreadable', message: 'send the bank’s return file as CSV or .xlsx, base64-encoded' },
  ]);

/** A cell as text: numbers as written (an amount 123.4 stays 123.4; the matcher reads it as yuan). */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((p) => p.text).join('');
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('text' in v) return String(v.text);
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    return '';
  }
  return String(v);
}

/** The return file's table of text cells (first sheet of a workbook); refused when it is neither CSV nor Excel. */
export async function readTable(file: Buffer, format: FileFormat): Promise<string[][]> {
  if (format === 'csv') {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(file);
    if (text.includes('\u0000')) throw unreadable();
    return parseCsv(text);
  }
  const { Workbook } = await loadExcel();
  const book = new Workbook();
  try {
    await book.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw unreadable();
  }
  const ws = book.worksheets[0];
  if (!ws) throw unreadable();
  const out: string[][] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value).trim());
    out.push(cells);
  });
  return out.filter((r) => r.some((c) => c !== ''));
}
