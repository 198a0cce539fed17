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

// Made at the first use: the first Intl object a process makes maps about 6 MB of ICU's data (issue 13, idle RSS).
let yuan: Intl.NumberFormat | undefined;

/** ¥1,234.50 — for display only. */
export function formatFen(fen: number): string {
  yuan ??= new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY' });
  return yuan.format(fen / 100);
}

let grouped: Intl.NumberFormat | undefined;

/** 1,234.50 — yuan with the pages' grouping and two decimals, for a column headed 金额（元）; for display only. */
export function formatYuan(fen: number): string {
  grouped ??= new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return grouped.format(fen / 100);
}

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const SMALL = ['', '拾', '佰', '仟'];
const BIG = ['', '万', '亿', '万亿'];

/** Up to four digits with their 拾佰仟, zeros folded as on a cheque ("壹仟零伍"). */
function fourDigits(n: number): string {
  let out = '';
  let zero = false;
  for (let i = 3; i >= 0; i--) {
    const d = Math.floor(n / 10 ** i) % 10;
    if (d === 0) {
      zero = out !== '';
    } else {
      if (zero) out += '零';
      out += `${DIGITS[d]}${SMALL[i]}`;
      zero = false;
    }
  }
  return out;
}

/** The amount in Chinese capitals as written on receipts and forms: 12000 fen → 壹佰贰拾元整. */
export function fenInChineseCapitals(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`not a fen amount: ${fen}`);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  let integer = '';
  if (yuan === 0) integer = '';
  else {
    const groups: number[] = [];
    for (let y = yuan; y > 0; y = Math.floor(y / 10_000)) groups.push(y % 10_000);
    let needZero = false;
    for (let g = groups.length - 1; g >= 0; g--) {
      const v = groups[g]!;
      if (v === 0) {
        needZero = integer !== '';
        continue;
      }
      if (needZero || (integer !== '' && v < 1000)) integer += '零';
      integer += fourDigits(v) + BIG[g];
      needZero = false;
    }
    integer += '元';
  }
  if (jiao === 0 && cents === 0) return yuan === 0 ? '零元整' : `${integer}整`;
  let frac = '';
  // 会计基础工作规范 art. 52 lets a 零 stand or not when the 元 digit is 0 and 角 is not;
  // we always write it, as we must when 角 is 0 and 分 is not (100.05 → 壹佰元零伍分).
  if (jiao > 0) frac += `${yuan % 10 === 0 && yuan > 0 ? '零' : ''}${DIGITS[jiao]}角`;
  else if (yuan > 0) frac += '零';
  if (cents > 0) frac += `${DIGITS[cents]}分`;
  return integer + frac;
}
