import ExcelJS from 'exceljs';

export interface Column<T> {
  header: string;
  width: number;
  value: (row: T) => string | number | null;
  /** Amounts are written as yuan with two decimals, from integer fen. */
  money?: boolean;
}

/** One sheet as an .xlsx file: a bold header row, then the rows; amounts in yuan (¥#,##0.00). */
export async function toWorkbook<T>(sheetName: string, columns: Column<T>[], rows: T[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Guanjia 管家';
  const sheet = book.addWorksheet(sheetName);
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width, style: c.money ? { numFmt: '¥#,##0.00' } : {} }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => (c.money ? Number(c.value(row) ?? 0) / 100 : c.value(row))));
  return Buffer.from(await book.xlsx.writeBuffer());
}
