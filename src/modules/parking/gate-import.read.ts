import type ExcelJS from 'exceljs';
import { loadExcel } from '../../platform/export/exceljs.js';
import { cellText, MAX_IMPORT_ROWS } from '../../platform/export/xlsx-import.js';
import { DomainError } from '../../platform/http/errors.js';
import { decodeCsv, readCsv } from './gate-import.csv.js';
import type { GateTable } from './gate-import.rules.js';
import { excelDateText } from './parking-stay.rules.js';

const notReadable = () =>
  new DomainError('unprocessable', 'gate_import.not_readable', 'the file is neither Excel (.xlsx) nor CSV', [
    { field: 'file', code: 'gate_import.not_readable', message: 'the file is neither Excel (.xlsx) nor CSV' },
  ]);

/** A cell as the text the gate import reads: a date cell as its wall clock (`YYYY-MM-DD HH:mm:ss`), else as typed. */
const gateCell = (v: ExcelJS.CellValue): string => (v instanceof Date ? excelDateText(v) : cellText(v));

/** The first sheet of a workbook: its first row is the header. */
async function readWorkbook(file: Buffer): Promise<GateTable> {
  const { Workbook } = await loadExcel();
  const book = new Workbook();
  try {
    await book.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw notReadable();
  }
  const ws = book.worksheets[0];
  if (!ws) return { headers: [], rows: [] };
  if (ws.actualRowCount > MAX_IMPORT_ROWS + 1)
    throw new DomainError('unprocessable', 'gate_import.too_many_rows', `at most ${MAX_IMPORT_ROWS} rows a file`, [
      { field: 'file', code: 'gate_import.too_many_rows', message: `at most ${MAX_IMPORT_ROWS} rows a file` },
    ]);
  const width = ws.columnCount;
  const cells = (row: ExcelJS.Row) => Array.from({ length: width }, (_c, i) => gateCell(row.getCell(i + 1).value).trim());
  const headers = cells(ws.getRow(1));
  const rows: GateTable['rows'] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const c = cells(row);
    if (c.some((x) => x !== '')) rows.push({ row: n, cells: c });
  });
  return { headers, rows };
}

/** An uploaded gate export as a table: Excel (a zip: `PK` first) or CSV (UTF-8 or GB18030). */
export async function readGateFile(file: Buffer): Promise<GateTable> {
  if (file[0] === 0x50 && file[1] === 0x4b) return readWorkbook(file);
  const text = decodeCsv(file);
  if (text.includes('\u0000')) throw notReadable();
  const [header, ...rest] = readCsv(text);
  return { headers: header?.cells ?? [], rows: rest.map((l) => ({ row: l.line, cells: l.cells })) };
}
