import type { Agent } from '../harness.js';
import type { JsonSchema } from './schema-values.js';

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
export interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema: JsonSchema;
}
/** One operation of the app's OpenAPI document: what the generated tests send requests to. */
export interface Operation {
  method: Method;
  path: string;
  parameters: Parameter[];
  body: JsonSchema | null;
}

type Document = {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema: JsonSchema }> } }>>;
};

/** Every operation of `/api/openapi.json`, in path order. */
export async function loadOperations(anyone: Agent): Promise<Operation[]> {
  const doc = (await anyone.get('/api/openapi.json')).body as Document;
  const operations: Operation[] = [];
  for (const [path, ops] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(ops))
      operations.push({
        method: method.toUpperCase() as Method,
        path,
        parameters: op.parameters ?? [],
        body: op.requestBody?.content?.['application/json']?.schema ?? null,
      });
  return operations.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** Record ids a caller is answered with on every list it may read (GET operations without path parameters), by list. */
export async function idsSeenBy(agent: Agent, operations: Operation[]): Promise<Map<string, Set<string>>> {
  const seen = new Map<string, Set<string>>();
  for (const op of operations) {
    if (op.method !== 'GET' || op.path.includes('{') || !op.path.startsWith('/api/')) continue;
    const res = await agent.get(op.path);
    if (res.status === 200) seen.set(op.path, new Set(JSON.stringify(res.body ?? '').match(UUID) ?? []));
  }
  return seen;
}

/** Every id of `idsSeenBy`'s answer. */
export const allIds = (byList: Map<string, Set<string>>): Set<string> => new Set([...byList.values()].flatMap((ids) => [...ids]));

/** The list an operation's first path parameter names a record of: `/api/orders` for `/api/orders/{id}/pay`. */
export const listOf = (op: Operation): string => op.path.slice(0, Math.max(0, op.path.indexOf('/{')));
