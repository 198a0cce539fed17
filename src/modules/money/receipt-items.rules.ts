import type { ReceiptItem, ReceiptLineKey } from './receipt-book.types.js';

/** A fixed line as it is stored (in Chinese, the print translates it by its key): one table for writing and recognising. */
const FIXED_LINE_NAME: Readonly<Record<ReceiptLineKey, string>> = { materials: '材料费', service: '服务费' };

/** A fixed line of `amountFen` (an order's material fee; the single line of field cash with no lines of its own). */
export const fixedLine = (key: ReceiptLineKey, amountFen: number): ReceiptItem => ({ name: FIXED_LINE_NAME[key], amountFen, key });

/**
 * What an order's receipt says (A2.4.2.2): each of the order's own lines with its amount, then its material fee — the
 * same lines whoever writes it, the cashier at the desk or later for cash or a transfer taken in the field. A free line
 * (a repair in warranty's labour, A4.2) is not printed: the receipt charges what was charged.
 */
export function orderReceiptItems(lines: readonly { itemName: string; amountFen: number | null }[], materialFeeFen: number): ReceiptItem[] {
  return [
    ...lines.filter((l) => (l.amountFen ?? 0) > 0).map((l) => ({ name: l.itemName, amountFen: l.amountFen ?? 0 })),
    ...(materialFeeFen > 0 ? [fixedLine('materials', materialFeeFen)] : []),
  ];
}

/** The fixed lines by the name they were stored under before they carried their key: 材料费 at the desk, 服务费 for field cash. */
const FIXED_LINE_NAMES: ReadonlyMap<string, ReceiptLineKey> = new Map(
  Object.entries(FIXED_LINE_NAME).map(([key, name]) => [name, key as ReceiptLineKey]),
);

/**
 * A stored line with the key of the fixed line it is: a receipt written before lines carried one (an order's
 * 材料费 at the desk, a field cash payment's single 服务费 line) is recognised by the very name it was written with, so
 * it prints in the print's language as a new receipt does. A record's own line keeps its name.
 */
export function withLineKey(item: ReceiptItem): ReceiptItem {
  if (item.key) return item;
  const key = FIXED_LINE_NAMES.get(item.name);
  return key ? { ...item, key } : item;
}
