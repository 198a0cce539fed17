import { PARAMS, type Param, type ParamDef, type ParamKey } from './params.catalog.js';

/** A value set at one node of the path (root first). */
export interface Override {
  orgId: string;
  key: string;
  value: number | null;
}

export interface ResolvedParam extends ParamDef {
  key: ParamKey;
  value: number;
  /** The node the value comes from; null when it is the regulation's default. */
  sourceOrgId: string | null;
  /** The value set at this very node, if any. */
  ownValue: number | null;
}

/** The nearest node up the path that set a value wins; otherwise the regulation's default. */
export function resolveParams(pathIds: readonly string[], overrides: readonly Override[]): ResolvedParam[] {
  return PARAMS.map((def) => resolveParam(def, pathIds, overrides));
}

/** One parameter at the path's last node (what a rule reads: not every parameter to keep one). */
export function resolveParam(def: Param, pathIds: readonly string[], overrides: readonly Override[]): ResolvedParam {
  const nodeId = pathIds[pathIds.length - 1];
  let value: number = def.default;
  let sourceOrgId: string | null = null;
  for (const id of pathIds) {
    const o = overrides.find((x) => x.orgId === id && x.key === def.key && x.value !== null);
    if (o && o.value !== null) {
      value = o.value;
      sourceOrgId = id;
    }
  }
  const own = overrides.find((x) => x.orgId === nodeId && x.key === def.key)?.value ?? null;
  // the new names before the spread: after it, V8 (Node 20) adds each the slow way (docs/decisions.md)
  return { value, sourceOrgId, ownValue: own, ...def };
}

export function paramValue(resolved: readonly ResolvedParam[], key: ParamKey): number {
  return resolved.find((p) => p.key === key)!.value;
}

/** Null when the value is allowed for the parameter, or the refusal code. */
export function refuseValue(def: ParamDef, value: number): string | null {
  if (!Number.isInteger(value)) return 'params.not_whole';
  if (value < def.min || value > def.max) return 'params.out_of_range';
  return null;
}
