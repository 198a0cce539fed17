import { parseCsv, RESULT_FAILED, RESULT_PAID, RETURN_COLUMNS, toCsv } from '../../src/modules/fees/bank-batch.rules.js';

/**
 * A bank's return file made from a batch's exported CSV (as the bank would send it back): every line 成功 except
 * those given a failure reason; `extra` rows are appended as they are (lines the batch does not have).
 */
export function returnFileFrom(exportCsv: string, failures: Record<number, string> = {}, extra: string[][] = []): string {
  const rows = parseCsv(exportCsv).slice(1);
  const out = rows.map((r) => {
    const reason = failures[Number(r[1])];
    return [r[0]!, r[1]!, r[2]!, r[5]!, reason ? RESULT_FAILED : RESULT_PAID, reason ?? ''];
  });
  return toCsv([[...RETURN_COLUMNS], ...out, ...extra]).toString('base64');
}
