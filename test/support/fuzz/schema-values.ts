import fc from 'fast-check';

/** The part of JSON Schema the OpenAPI document of the app uses (zod's output). */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
}

const MB = 1024 * 1024;

/**
 * Strings a careless server breaks on: empty, NUL and control characters, a right-to-left override, lone
 * surrogates, SQL and HTML, path tricks, a megabyte, and UUIDs that are almost right.
 */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '\u0001\u0002\u001f\u007f',
    '\u202eevil\u202c',
    '\ud800',
    '\u200b',
    "'; drop table orders; --",
    '<script>alert(1)</script>',
    '../../etc/passwd',
    '%00',
    '00000000-0000-0000-0000-00000000000',
    '00000000-0000-7000-8000-00000000000g',
    'NaN',
    '-0',
    '1e999',
    '2026-02-30',
    '2026-13-01T25:61:00Z',
    '9999-12-31',
    '0000-01-01',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constant('长'.repeat(5000)),
  fc.constant('x'.repeat(MB)),
);

/** Numbers out of every range: negative, fractional, huge, beyond safe integers (NaN and Infinity go as JSON null). */
export const hostileNumber: fc.Arbitrary<number> = fc.constantFrom(
  -1,
  0,
  0.5,
  -0.000001,
  2 ** 31,
  2 ** 53 + 2,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER,
);

/** Values of the wrong kind for any field, deep nesting included. */
export const wrongKind: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, '', [], {}, [null], { '': '' }, { __proto__: { x: 1 } }),
  fc.constant(deep(200)),
);

function deep(levels: number): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < levels; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

const uuid = fc.uuid({ version: 7 });

function stringFor(s: JsonSchema, ids: fc.Arbitrary<string>): fc.Arbitrary<string> {
  if (s.format === 'uuid') return fc.oneof({ weight: 3, arbitrary: ids }, { weight: 1, arbitrary: uuid });
  if (s.format === 'date')
    return fc
      .date({ min: new Date('2024-01-01'), max: new Date('2028-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
  if (s.format === 'date-time')
    return fc.date({ min: new Date('2024-01-01'), max: new Date('2028-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
  if (s.pattern) {
    try {
      return fc.stringMatching(new RegExp(s.pattern)).filter((v) => v.length <= (s.maxLength ?? 200));
    } catch {
      // a pattern fast-check cannot read: plain strings
    }
  }
  const min = s.minLength ?? 0;
  return fc.string({ minLength: min, maxLength: Math.max(min, Math.min(s.maxLength ?? 30, 30)) });
}

function numberFor(s: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : -1000);
  const max = s.maximum ?? min + 100_000;
  return integer
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(Math.min(max, Number.MAX_SAFE_INTEGER)) })
    : fc.double({ min, max, noNaN: true });
}

/**
 * Values for a schema: mostly what it asks for (so a request gets past validation into the use case), with hostile
 * values and values of the wrong kind mixed in at every level. `ids` are record ids seen in the app's own answers.
 */
export function valuesFor(schema: JsonSchema, ids: fc.Arbitrary<string>, depth = 0): fc.Arbitrary<unknown> {
  const valid = validFor(schema, ids, depth);
  if (depth > 4 || wellFormedOnly) return valid;
  return fc.oneof(
    { weight: 12, arbitrary: valid },
    { weight: 1, arbitrary: hostileString },
    { weight: 1, arbitrary: hostileNumber },
    { weight: 1, arbitrary: wrongKind },
  );
}

let wellFormedOnly = false;

/** Values that pass the schema as far as the generator can tell (no hostile values): requests that reach the use case. */
export function wellFormedFor(schema: JsonSchema, ids: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  // the arbitraries are built now, while the flag holds
  wellFormedOnly = true;
  try {
    return validFor(schema, ids, 0);
  } finally {
    wellFormedOnly = false;
  }
}

function validFor(s: JsonSchema, ids: fc.Arbitrary<string>, depth: number): fc.Arbitrary<unknown> {
  const union = s.anyOf ?? s.oneOf;
  if (union?.length) return fc.oneof(...union.map((u) => validFor(u, ids, depth)));
  if (s.allOf?.length) return validFor(Object.assign({}, ...s.allOf), ids, depth);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum?.length) return fc.constantFrom(...s.enum);
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  switch (type) {
    case 'string':
      return stringFor(s, ids);
    case 'integer':
      return numberFor(s, true);
    case 'number':
      return numberFor(s, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(s.items ? valuesFor(s.items, ids, depth + 1) : fc.anything(), {
        minLength: s.minItems ?? 0,
        maxLength: Math.min(s.maxItems ?? 3, 3),
      });
    case 'object':
      return objectFor(s, ids, depth);
    default:
      return fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean());
  }
}

function objectFor(s: JsonSchema, ids: fc.Arbitrary<string>, depth: number): fc.Arbitrary<unknown> {
  const props = s.properties ?? {};
  const required = new Set(s.required ?? []);
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, p] of Object.entries(props)) shape[key] = valuesFor(p, ids, depth + 1);
  const record = fc.record(shape, { requiredKeys: Object.keys(props).filter((k) => required.has(k)) });
  if (wellFormedOnly) return record;
  // now and then a required field is missing or a field nobody declared is sent
  return fc.oneof(
    { weight: 8, arbitrary: record },
    { weight: 1, arbitrary: record.map((r) => dropOne(r as Record<string, unknown>)) },
    { weight: 1, arbitrary: record.map((r) => ({ ...(r as object), undeclared: 'x' })) },
  );
}

function dropOne(r: Record<string, unknown>): Record<string, unknown> {
  const keys = Object.keys(r);
  if (!keys.length) return r;
  const { [keys[0]!]: _, ...rest } = r;
  return rest;
}
