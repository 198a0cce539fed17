import type { ReceiptItem } from './receipt-book.types.js';

/**
 * What an order's receipt says (A2.4.2.2): each of the order's own lines with its amount, then its material fee — the
 * same lines whoever writes it, the cashier at the desk or later for cash or a transfer taken in the field. A free line
 * (a repair in warranty's labour, A4.2) is not printed: the receipt charges what was charged.
 */
export function orderReceiptItems(lines: readonly { itemName: string; amountFen: number | null }[], materialFeeFen: number): ReceiptItem[] {
  return [
    ...lines.filter((l) => (l.amountFen ?? 0) > 0).map((l) => ({ name: l.itemName, amountFen: l.amountFen ?? 0 })),
    ...(materialFeeFen > 0 ? [{ name: '材料费', amountFen: materialFeeFen, key: 'materials' as const }] : []),
  ];
}
