import { z } from 'zod';

/** Money is integer fen (分), never floating point (X4). */
export const fenSchema = z
  .number()
  .int({ message: 'money.not_whole_fen' })
  .nonnegative({ message: 'money.negative' })
  .max(Number.MAX_SAFE_INTEGER)
  .describe('Amount in integer fen (1 yuan = 100 fen)');

export function addFen(...amounts: number[]): number {
  let total = 0;
  for (const a of amounts) {
    if (!Number.isSafeInteger(a)) throw new RangeError(`not an integer fen amount: ${a}`);
    total += a;
  }
  if (!Number.isSafeInteger(total)) throw new RangeError('fen total out of safe range');
  return total;
}

const yuan = new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY' });

/** ¥1,234.50 — for display only. */
export function formatFen(fen: number): string {
  return yuan.format(fen / 100);
}
