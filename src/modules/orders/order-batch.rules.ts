/** At most this many orders in one batch action or one batch print: a page of the list is 100 at most. */
export const BATCH_MAX_ORDERS = 100;

/** Where an id is named a second time in a batch (its index), or -1 when each is named once. */
export function firstRepeat(ids: readonly string[]): number {
  const seen = new Set<string>();
  for (const [i, id] of ids.entries()) {
    if (seen.has(id)) return i;
    seen.add(id);
  }
  return -1;
}
