import { loadExcel } from '../../platform/export/exceljs.js';
import { formatFen } from '../../platform/money.js';
import type { PrintLocale } from '../../platform/print/messages.js';
import { translator } from '../../platform/print/messages.js';
import { reconciliationMessages } from './reconciliation.messages.js';
import type { reconciliation } from './reconciliation.service.js';

type Report = Awaited<ReturnType<typeof reconciliation>>;

/** The stages' totals in the order money moves, as the page shows them. */
const TOTALS = [
  'acceptedFen',
  'paidFen',
  'collectedFen',
  'receiptedFen',
  'voidedFen',
  'remittedFen',
  'confirmedFen',
  'invoicedFen',
] as const satisfies readonly (keyof Report['totals'])[];

/**
 * The reconciliation as an Excel file to reconcile on paper: the unit, the period and each stage's total on top (in
 * yuan, ¥#,##0.00), then every difference with its reference, amount and explanation.
 */
export async function reconciliationWorkbook(r: Report, locale: PrintLocale): Promise<Buffer> {
  const tr = translator(reconciliationMessages, locale);
  const { Workbook } = await loadExcel();
  const book = new Workbook();
  book.creator = 'Guanjia 管家';
  const sheet = book.addWorksheet(tr('sheet'));
  sheet.columns = [{ width: 26 }, { width: 26 }, { width: 14, style: { numFmt: '¥#,##0.00' } }, { width: 44 }];
  const bold = (row: { font: unknown }) => {
    row.font = { bold: true };
  };
  bold(sheet.addRow([tr('title')]));
  sheet.addRow([tr('unit'), r.officeName]);
  sheet.addRow([tr('period'), `${r.from} ～ ${r.to}`]);
  sheet.addRow([]);
  bold(sheet.addRow([tr('totals')]));
  for (const key of TOTALS) sheet.addRow([tr(`total.${key}`), '', r.totals[key] / 100]);
  sheet.addRow([]);
  bold(sheet.addRow([tr('kind'), tr('ref'), tr('amount'), tr('detail')]));
  if (!r.differences.length) sheet.addRow([tr('none')]);
  for (const d of r.differences)
    sheet.addRow([
      tr(`${d.kind}.label`),
      d.ref,
      d.amountFen / 100,
      tr(`${d.kind}.detail`, { actual: formatFen(d.amountFen), expected: formatFen(d.expectedFen ?? 0) }),
    ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
