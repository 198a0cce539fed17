import { localDateTime } from '../time.js';
import { loadExcel } from './exceljs.js';

/** The media type of an .xlsx answer. */
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface Column<T> {
  header: string;
  width: number;
  value: (row: T) => string | number | null;
  /** Amounts are written as yuan with two decimals, from integer fen. */
  money?: boolean;
}

/** A column of an amount in integer fen, shown as yuan. */
export const yuanColumn = <T>(header: string, value: (r: T) => number | null): Column<T> => ({ header, width: 14, value, money: true });

/** A column of an instant, written in the organisation's zone as 2026-12-02 09:00 (empty when null). */
export const timeColumn = <T>(header: string, value: (r: T) => string | null, timeZone: string): Column<T> => ({
  header,
  width: 18,
  value: (r) => localDateTime(value(r), timeZone),
});

/** One sheet as an .xlsx file: a bold header row, then the rows; amounts in yuan (¥#,##0.00). */
export async function toWorkbook<T>(sheetName: string, columns: Column<T>[], rows: T[]): Promise<Buffer> {
  const { Workbook } = await loadExcel();
  const book = new Workbook();
  book.creator = 'Guanjia 管家';
  const sheet = book.addWorksheet(sheetName);
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width, style: c.money ? { numFmt: '¥#,##0.00' } : {} }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(
      columns.map((c) => {
        const v = c.value(row);
        return c.money && v !== null ? Number(v) / 100 : v;
      }),
    );
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
