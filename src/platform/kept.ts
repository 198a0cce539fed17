/**
 * Values worked out once per owner object and key, kept while the owner lives (a `WeakMap` of `Map`s). For owners
 * never changed once made: an access (its scopes, an order's buttons), a machine's table (the commands open in a state).
 */
export function keptPer<O extends object, V>(): (owner: O, key: string, work: () => V) => V {
  const byOwner = new WeakMap<O, Map<string, V>>();
  return (owner, key, work) => {
    let kept = byOwner.get(owner);
    if (!kept) {
      kept = new Map();
      byOwner.set(owner, kept);
    }
    let value = kept.get(key);
    if (value === undefined) {
      value = work();
      kept.set(key, value);
    }
    return value;
  };
}
