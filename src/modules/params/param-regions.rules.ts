/**
 * Where one parameter takes which value inside a subtree: the subtree's own value, except below
 * the nodes that set another one (each office's own value applies to its records). Pure.
 */
export interface ParamRegion {
  /** Path prefix of the region's top node. */
  prefix: string;
  /** Subtrees inside the region that take another value. */
  exclude: string[];
  value: number;
}

export function paramRegions(scopePath: string, scopeValue: number, overrides: readonly { path: string; value: number }[]): ParamRegion[] {
  // nearest setter first: sort by depth so a node's effective parent value is known before it
  const inside = overrides
    .filter((o) => o.path !== scopePath && o.path.startsWith(scopePath))
    .sort((a, b) => a.path.length - b.path.length);
  const kept: { path: string; value: number }[] = [];
  for (const o of inside) {
    const parent = kept.filter((k) => o.path.startsWith(k.path)).sort((a, b) => b.path.length - a.path.length)[0];
    // a node that sets the value it would inherit anyway changes nothing
    if (o.value !== (parent?.value ?? scopeValue)) kept.push(o);
  }
  const regions = [{ path: scopePath, value: scopeValue }, ...kept];
  return regions.map((r) => ({
    prefix: r.path,
    value: r.value,
    exclude: kept.filter((k) => k.path !== r.path && k.path.startsWith(r.path)).map((k) => k.path),
  }));
}
