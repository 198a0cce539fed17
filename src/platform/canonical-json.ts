/**
 * JSON with object keys sorted at every depth and `undefined` members left out, so two requests that
 * mean the same (`{a:1,b:2}` and `{b:2,a:1}`, an absent optional field and one sent as undefined) give
 * the same text and hash. Arrays keep their order: it is part of what was asked.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? 'null';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : sortKeys(v)));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = sortKeys(v);
  }
  return out;
}
