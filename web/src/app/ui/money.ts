/**
 * Money is integer fen in the API (X4). The web's one money formatter: these helpers turn fen into text and
 * typed yuan into fen by reading the digits, so no floating-point arithmetic ever touches an amount.
 */

const cny = new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY' });

/** "12345" fen → "123.45": the exact decimal, built from integer parts. */
export function fenToYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** ¥123.45, formatted by Intl from the exact decimal string (not from fen / 100). */
export function formatFen(fen: number): string {
  return cny.format(fenToYuan(fen) as `${number}`);
}

const YUAN = /^(\d{1,11})(?:\.(\d{0,2}))?$/;

/**
 * Typed yuan → integer fen, by its digits: "12.5" → 1250, "0.05" → 5, "40" → 4000. Null when the
 * text is not a non-negative amount with at most two decimals.
 */
export function yuanToFen(text: string): number | null {
  const m = YUAN.exec(
    text
      .trim()
      .replace(/^[¥￥]/, '')
      .replaceAll(',', ''),
  );
  if (!m) return null;
  const [, whole = '0', cents = ''] = m;
  const fen = Number(whole) * 100 + Number(cents.padEnd(2, '0'));
  return Number.isSafeInteger(fen) ? fen : null;
}
