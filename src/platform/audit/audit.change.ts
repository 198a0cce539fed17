/**
 * A change's event keeps the fields the change touched, before and after, rather than the whole record twice: the
 * history shows a change as the fields of `after` that differ from `before`, and an order's event of two 1.5 KB
 * snapshots became a couple of hundred bytes to write, hash and keep. Fields are compared by their JSON.
 *
 * `stated` fields are kept on both sides even when unchanged: what a reader of one event needs without the events
 * before it (an order's quote states its total, a re-quote at the same total too). Kept on both sides, the history's
 * diff still reads them as unchanged.
 */
export function changedFields<T extends object>(
  before: T,
  after: T,
  stated: readonly (keyof T)[] = [],
): { before: Partial<T>; after: Partial<T> } {
  const was: Partial<T> = {};
  const now: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    const a = after[key];
    const b = before[key];
    const same = a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));
    if (same && !stated.includes(key)) continue;
    was[key] = b;
    now[key] = a;
  }
  return { before: was, after: now };
}
