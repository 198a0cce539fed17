import type ExcelJS from 'exceljs';

let loaded: Promise<typeof ExcelJS> | undefined;

/**
 * exceljs, loaded at the first export or import instead of at start: it is the heaviest package the server uses
 * (about 15 MB of a server's resident memory and 0.4 s of its start, measured for issue 13), and most servers
 * spend most of their life without writing or reading a workbook.
 */
export function loadExcel(): Promise<typeof ExcelJS> {
  loaded ??= import('exceljs').then((m) => m.default);
  return loaded;
}
