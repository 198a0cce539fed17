/** What the question reads of an open bill on the desk's card. */
export interface OwedBill {
  id: string;
  itemId: string;
  period: string;
  inBankCollection: boolean;
}

/**
 * The months the payment being prepared leaves owed before a month it takes: open bills not ticked and not with the
 * bank, of an item with a later month ticked or paid ahead. The page asks with them before it sends; the server runs
 * this same rule (pure, no imports: src/modules/fees/desk.rules.ts reads it) and refuses such a payment unconfirmed
 * (409 fee_payment.earlier_month_owed). Oldest first.
 */
export function earlierOwed<B extends OwedBill>(open: readonly B[], picked: readonly string[], aheadItemIds: readonly string[]): B[] {
  const ticked = new Set(picked);
  const latest = new Map<string, string>();
  for (const b of open) if (ticked.has(b.id) && b.period > (latest.get(b.itemId) ?? '')) latest.set(b.itemId, b.period);
  for (const item of aheadItemIds) latest.set(item, '9999-12');
  return open
    .filter((b) => !ticked.has(b.id) && !b.inBankCollection && b.period < (latest.get(b.itemId) ?? ''))
    .sort((a, b) => a.period.localeCompare(b.period));
}
