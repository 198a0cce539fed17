import type ExcelJS from 'exceljs';
import { DomainError } from '../http/errors.js';
import { loadExcel } from './exceljs.js';

/**
 * The Excel imports' shared reading (the estate register, the parking register): an upload arrives base64 in JSON,
 * its sheets are found by name, each row read as the text a user typed. Refusals carry the import's own code prefix
 * (`estate_import.not_excel`, `parking_import.not_excel`), on the field `file`.
 */

/** One sheet of a template: its name and its columns as `[field, header, width]`, in the order a row is read. */
export interface SheetSpec {
  sheet: string;
  columns: readonly (readonly [string, string, number])[];
}

/** A row as read: its spreadsheet row number and each column's text by field. */
export type ReadRow = { row: number } & Record<string, string>;

/** The most rows one sheet may hold. */
export const MAX_IMPORT_ROWS = 5000;

const refusal = (prefix: string, what: 'not_excel' | 'too_many_rows', message: string, field = 'file') =>
  new DomainError('unprocessable', `${prefix}.${what}`, message, [{ field, code: `${prefix}.${what}`, message }]);

/** Decodes the uploaded file; text that is not base64 is refused with the field named. */
export function decodeUpload(base64: string, prefix: string): Buffer {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64.replace(/\s+/g, ''))) throw refusal(prefix, 'not_excel', 'send the .xlsx file base64-encoded');
  return Buffer.from(base64, 'base64');
}

/** A cell as the text a user typed: numbers as written, dates as YYYY-MM-DD, rich text and formula results flattened. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value).trim();
}

/** An empty template: one sheet per spec with its bold headers and an example row, text cells so 0802 stays 0802. */
export async function templateWorkbook(specs: readonly { spec: SheetSpec; example: readonly string[] }[]): Promise<Buffer> {
  const { Workbook } = await loadExcel();
  const book = new Workbook();
  book.creator = 'Guanjia 管家';
  for (const { spec, example } of specs) {
    const ws = book.addWorksheet(spec.sheet);
    ws.columns = spec.columns.map(([, header, width]) => ({ header, width, style: { numFmt: '@' } }));
    ws.getRow(1).font = { bold: true };
    ws.addRow([...example]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * Reads the sheets by their names (a missing sheet is an empty one); blank rows are skipped, the header row too. A file
 * that is not Excel, or a sheet of more than `MAX_IMPORT_ROWS` rows, is refused.
 */
export async function readSheets<K extends string>(
  file: Buffer,
  specs: Record<K, SheetSpec>,
  prefix: string,
): Promise<Record<K, ReadRow[]>> {
  const { Workbook } = await loadExcel();
  const book = new Workbook();
  try {
    await book.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw refusal(prefix, 'not_excel', 'the file is not an Excel workbook (.xlsx)');
  }
  const out = {} as Record<K, ReadRow[]>;
  for (const key of Object.keys(specs) as K[]) {
    const { sheet, columns } = specs[key];
    out[key] = [];
    const ws = book.getWorksheet(sheet);
    if (!ws) continue;
    if (ws.actualRowCount > MAX_IMPORT_ROWS + 1) throw refusal(prefix, 'too_many_rows', `at most ${MAX_IMPORT_ROWS} rows a sheet`, key);
    ws.eachRow((row, n) => {
      if (n === 1) return;
      const cells = columns.map((_c, i) => cellText(row.getCell(i + 1).value));
      if (cells.every((c) => c === '')) return;
      out[key].push({ row: n, ...Object.fromEntries(columns.map(([field], i) => [field, cells[i] ?? ''])) } as ReadRow);
    });
  }
  return out;
}
