/**
 * Quantities of an order line are thousandths in the API; amounts are fen, shown and read with the web's one
 * money formatter (app/ui/money.ts).
 */

/** Quantity in thousandths → "3", "24.5", "0.125". */
export function milliText(milli: number): string {
  const whole = Math.trunc(milli / 1000);
  const rest = String(milli % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : String(whole);
}

const QUANTITY = /^(\d{1,7})(?:\.(\d{0,3}))?$/;

/** Typed quantity → thousandths ("85.5" → 85500), null unless positive with at most 3 decimals. */
export function quantityToMilli(text: string): number | null {
  const m = QUANTITY.exec(text.trim());
  if (!m) return null;
  const [, whole = '0', part = ''] = m;
  const milli = Number(whole) * 1000 + Number(part.padEnd(3, '0'));
  return milli > 0 ? milli : null;
}

/** price × quantity, rounded half up to the fen — the server's own rule (order.rules.ts lineAmount). */
export function lineAmount(unitPriceFen: number, quantityMilli: number): number {
  return Math.floor((unitPriceFen * quantityMilli + 500) / 1000);
}

/** The quantity the API takes (a number with at most 3 decimals), from thousandths. */
export const milliToQuantity = (milli: number): number => Number(milliText(milli));
