import { isDeepStrictEqual } from 'node:util';
import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { jsonSchemaTransform, ResponseSerializationError, serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ResponseSerializer } from '../config.js';

/** The OpenAPI version of the document: the serializer converts each schema for the same target as the document does. */
export const OPENAPI_VERSION = '3.1.0';

/** What one route's answer of one status is written with, and why zod where it is zod. */
export type SerializerPlan = { kind: 'fast'; jsonSchema: Record<string, unknown> } | { kind: 'zod'; reason: string };

type JsonSchema = Record<string, unknown>;
type Write = (data: unknown) => string;

class Unsupported extends Error {}

/** zod types whose encoded value is the value itself, so JSON Schema describes what zod would write. */
const PLAIN_LEAVES = new Set(['string', 'number', 'boolean', 'null', 'enum', 'literal', 'date', 'any', 'unknown']);

/**
 * Why zod would write something its JSON schema does not describe (a transform, a default, a check that rewrites
 * the value such as trim), or null when it would not.
 */
export function zodOnlyReason(schema: z.core.$ZodType): string | null {
  const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
  if ((def.checks ?? []).some((c) => c._zod.def.check === 'overwrite')) return `a ${def.type} check that rewrites the value`;
  if (def.coerce === true) return `a coerced ${def.type}`;
  const inner = (s: unknown) => zodOnlyReason(s as z.core.$ZodType);
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.core.$ZodType>;
      for (const key of Object.keys(shape)) {
        const reason = inner(shape[key]);
        if (reason) return reason;
      }
      const catchall = def.catchall as z.core.$ZodType | undefined;
      return catchall && catchall._zod.def.type !== 'never' ? inner(catchall) : null;
    }
    case 'array':
      return inner(def.element);
    case 'optional':
    case 'nullable':
    case 'readonly':
      return inner(def.innerType);
    case 'record':
      return inner(def.keyType) ?? inner(def.valueType);
    case 'union': {
      // the JSON schema decides whether the union is only "or null"; here only its branches' contents
      for (const option of def.options as z.core.$ZodType[]) {
        const reason = inner(option);
        if (reason) return reason;
      }
      return null;
    }
    default:
      return PLAIN_LEAVES.has(def.type) ? null : `z.${def.type}`;
  }
}

/**
 * The route's JSON schema made exact for fast-json-stringify, or Unsupported where it cannot write what zod writes:
 * "X or null" becomes `nullable` (fast-json-stringify picks anyOf branches slowly, by validating, and may pick the
 * wrong one), so any other union falls back; formats are dropped (a Date still becomes its ISO string, and a
 * string is always escaped); a union of scalars is written as JSON.stringify writes it.
 */
function exact(node: JsonSchema, where: string): JsonSchema {
  for (const key of ['$ref', 'allOf', 'oneOf', 'not', 'if', 'patternProperties', 'prefixItems', '$defs', 'definitions']) {
    if (key in node) throw new Unsupported(`${key} at ${where}`);
  }
  if (Array.isArray(node.anyOf)) {
    const branches = node.anyOf as JsonSchema[];
    const other = branches.filter((b) => !(b.type === 'null' && Object.keys(b).length === 1));
    if (branches.every(isScalar)) return {};
    if (branches.length !== 2 || other.length !== 1) throw new Unsupported(`a union at ${where}`);
    const { anyOf: _, ...rest } = node;
    return nullable({ ...exact(other[0] as JsonSchema, where), ...rest }, where);
  }
  const out: JsonSchema = { ...node };
  delete out.format;
  if (Array.isArray(node.type)) {
    const types = node.type as string[];
    const other = types.filter((t) => t !== 'null');
    if (other.length > 1 && types.every((t) => SCALAR_TYPES.has(t))) return {};
    if (types.length !== 2 || other.length !== 1) throw new Unsupported(`a union of types at ${where}`);
    return nullable({ ...out, type: other[0] }, where);
  }
  if (node.items !== undefined) {
    if (typeof node.items !== 'object' || Array.isArray(node.items)) throw new Unsupported(`tuple items at ${where}`);
    out.items = exact(node.items as JsonSchema, `${where}[]`);
  }
  if (typeof node.additionalProperties === 'object' && node.additionalProperties !== null) {
    out.additionalProperties = exact(node.additionalProperties as JsonSchema, `${where}.*`);
  }
  if (node.properties) {
    const properties: JsonSchema = {};
    for (const [name, child] of Object.entries(node.properties as Record<string, JsonSchema>))
      properties[name] = exact(child, `${where}.${name}`);
    out.properties = properties;
  }
  return out;
}

/**
 * A union of scalars (say a detail that is text or a tick) is written as JSON.stringify writes it, which is what zod
 * writes for any value that passes the union. Integers are not among them: their refusal of a fraction must stay.
 */
const SCALAR_TYPES = new Set(['string', 'number', 'boolean', 'null']);

function isScalar(branch: JsonSchema): boolean {
  const types = Array.isArray(branch.type) ? (branch.type as unknown[]) : [branch.type];
  const nested = ['properties', 'items', 'additionalProperties', 'anyOf', 'oneOf', 'allOf', '$ref'].some((k) => k in branch);
  return !nested && types.every((t) => typeof t === 'string' && SCALAR_TYPES.has(t));
}

function nullable(node: JsonSchema, where: string): JsonSchema {
  if (node.nullable === true || node.type === undefined) throw new Unsupported(`a doubly nullable value at ${where}`);
  return { ...node, nullable: true };
}

/** Decides how one response schema is written: fast from its JSON schema, or zod with the reason. */
export function planResponse(schema: unknown, url: string): SerializerPlan {
  if (!(schema instanceof z.core.$ZodType)) return { kind: 'zod', reason: 'not a zod schema' };
  const reason = zodOnlyReason(schema);
  if (reason) return { kind: 'zod', reason };
  // the very conversion the OpenAPI document uses, so the document and the serializer read the same schema
  const transformed = jsonSchemaTransform({
    schema: { response: { 200: schema } },
    url,
    openapiObject: { openapi: OPENAPI_VERSION },
  } as unknown as Parameters<typeof jsonSchemaTransform>[0]) as { schema: { response: Record<number, JsonSchema> } };
  const jsonSchema = transformed.schema.response[200] as JsonSchema;
  try {
    return { kind: 'fast', jsonSchema: exact(jsonSchema, '$') };
  } catch (e) {
    if (e instanceof Unsupported) return { kind: 'zod', reason: e.message };
    throw e;
  }
}

/**
 * fast-json-stringify rounds a non-integer where the schema says integer (money in fen would lose its fraction
 * silently); this writer refuses it instead, as zod did, so the answer is a 500 rather than a wrong amount.
 * The debug build hands over the generated code and its helpers, and `restore` runs the code with ours.
 */
export function compileFast(jsonSchema: JsonSchema): Write {
  const built = fastJson(jsonSchema, { mode: 'debug' }) as unknown as { code: string; serializer: object };
  const strict = Object.create(built.serializer) as { asInteger(value: unknown): string };
  strict.asInteger = (value: unknown) => {
    if (typeof value === 'number' && Number.isInteger(value)) return `${value}`;
    throw new TypeError(`${String(value)} is not an integer`);
  };
  const restore = fastJson.restore as unknown as (parts: { code: string; serializer: object; validator: unknown }) => Write;
  // the code reaches its validator only for anyOf, oneOf and if-then-else, which `exact` never lets through
  return restore({ code: built.code, serializer: strict, validator: null });
}

/**
 * Writes what the zod serializer would have, with fast-json-stringify where the schema allows it. `shared` schemas
 * (the problem details every route documents for its error answers) get one writer for all routes and statuses
 * rather than one (and zod's) per route and status: about 1 MB less of an idle server's heap. Its errors
 * name no route; the request's log line does.
 */
export function createSerializerCompiler(mode: ResponseSerializer, shared: readonly object[] = []): FastifySerializerCompiler<unknown> {
  type Route = Parameters<FastifySerializerCompiler<unknown>>[0];
  const lazy = (route: Route): Write => {
    const slow = zodSerializerCompiler(route as Parameters<typeof zodSerializerCompiler>[0]) as Write;
    if (mode === 'zod') return slow;
    // compiled at the first answer of this route and status: all of them (over 4,000) at every start would cost
    // seconds, and a process answers only some
    let write: Write | undefined;
    return (data) => {
      write ??= writerFor(route, slow, mode);
      return write(data);
    };
  };
  const writers = new Map<object, Write>();
  return (route) => {
    const schema = route.schema as object;
    if (!shared.includes(schema)) return lazy(route);
    let write = writers.get(schema);
    if (!write) {
      write = lazy({ schema, method: '*', url: '(any route)', httpStatus: 'error' });
      writers.set(schema, write);
    }
    return write;
  };
}

function writerFor(route: Parameters<FastifySerializerCompiler<unknown>>[0], slow: Write, mode: ResponseSerializer): Write {
  const plan = planResponse(route.schema, route.url);
  if (plan.kind === 'zod') return slow;
  let compiled: Write;
  try {
    compiled = compileFast(plan.jsonSchema);
  } catch {
    // a schema fast-json-stringify cannot compile is still one zod can write
    return slow;
  }
  const fast: Write = (data) => {
    try {
      return compiled(data);
    } catch (cause) {
      // the same error as zod's, so the error handler logs it and answers 500 as before
      throw new ResponseSerializationError(route.method, route.url, { cause: cause as z.core.$ZodError });
    }
  };
  return mode === 'checked' ? checked(fast, slow, `${route.method} ${route.url} ${route.httpStatus}`) : fast;
}

/** Both writers on every answer (the test suite's safety net): a difference in meaning, or one of them failing alone, throws. */
function checked(fast: Write, slow: Write, where: string): Write {
  return (data) => {
    const a = attempt(fast, data);
    const b = attempt(slow, data);
    if (!a.ok && !b.ok) throw b.error;
    if (a.ok && b.ok && isDeepStrictEqual(JSON.parse(a.text), JSON.parse(b.text))) return a.text;
    const detail = `response serializers disagree on ${where}: fast ${a.ok ? a.text : `threw ${String(a.error)}`}; zod ${b.ok ? b.text : `threw ${String(b.error)}`}`;
    // the answer is a bare 500 in a test: the detail goes where the developer looks
    process.stderr.write(`${detail}\n`);
    throw new Error(detail);
  };
}

function attempt(write: Write, data: unknown): { ok: true; text: string } | { ok: false; error: unknown } {
  try {
    return { ok: true, text: write(data) };
  } catch (error) {
    return { ok: false, error };
  }
}
