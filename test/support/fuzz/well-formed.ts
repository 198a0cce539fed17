import fc from 'fast-check';
import type { Operation } from './openapi.js';
import { wellFormedFor } from './schema-values.js';

/**
 * `runs` well-formed requests for `op` (seeded: the same seed gives the same requests): path parameters and body
 * generated from its schemas, every id among them taken from `ids`, the path filled in.
 */
export function wellFormedRequests(
  op: Operation,
  ids: readonly string[],
  o: { seed: number; runs: number },
): { url: string; body: unknown }[] {
  const pool = fc.constantFrom(...ids);
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const request = fc.record({
    path: fc.tuple(...pathParams.map((p) => wellFormedFor(p.schema, pool))),
    body: op.body ? wellFormedFor(op.body, pool) : fc.constant(undefined),
  });
  return fc.sample(request, { seed: o.seed, numRuns: o.runs }).map((r) => {
    let url = op.path;
    pathParams.forEach((p, i) => {
      url = url.replace(`{${p.name}}`, encodeURIComponent(String(r.path[i])));
    });
    return { url, body: r.body };
  });
}
