import Fastify from 'fastify';
import { isResponseSerializationError, serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { ResponseSerializer } from '../config.js';
import { registerErrorHandler } from './errors.js';
import { createSerializerCompiler, planResponse } from './serializer.js';

type Route = Parameters<ReturnType<typeof createSerializerCompiler>>[0];
const route = (schema: z.ZodType): Route => ({ schema, method: 'GET', url: '/t', httpStatus: '200' }) as Route;
const writer = (schema: z.ZodType, mode: ResponseSerializer = 'fast') => createSerializerCompiler(mode)(route(schema));
const zodWriter = (schema: z.ZodType) => zodSerializerCompiler(route(schema) as never) as (data: unknown) => string;

/** The fast writer takes this schema, and writes what zod writes, in meaning. */
function sameAsZod(schema: z.ZodType, data: unknown): unknown {
  expect(planResponse(schema, '/t').kind).toBe('fast');
  const written = JSON.parse(writer(schema)(data));
  expect(written).toEqual(JSON.parse(zodWriter(schema)(data)));
  return written;
}

function refused(schema: z.ZodType, data: unknown): unknown {
  try {
    writer(schema)(data);
  } catch (e) {
    return e;
  }
  throw new Error('written, not refused');
}

describe('the response serializer', () => {
  it('writes only the declared keys of an object, like zod', () => {
    const schema = z.object({ id: z.string(), inner: z.object({ n: z.number() }) });
    expect(sameAsZod(schema, { id: 'a', secret: 'x', inner: { n: 1, hash: 'h' } })).toEqual({ id: 'a', inner: { n: 1 } });
  });

  it('keeps the extra keys of a loose object and of a record, leaving out undefined ones', () => {
    const loose = z.looseObject({ id: z.string() });
    expect(sameAsZod(loose, { id: 'a', extra: { deep: [1] }, gone: undefined })).toEqual({ id: 'a', extra: { deep: [1] } });
    const record = z.record(z.string(), z.number());
    expect(sameAsZod(record, { a: 1, b: 2 })).toEqual({ a: 1, b: 2 });
  });

  it('writes null for nullable scalars, enums, objects and arrays, and the value otherwise', () => {
    const schema = z.object({
      s: z.string().nullable(),
      e: z.enum(['a', 'b']).nullable(),
      o: z.object({ n: z.number().int() }).nullable(),
      l: z.array(z.string()).nullable(),
      opt: z.string().nullable().optional(),
    });
    sameAsZod(schema, { s: null, e: null, o: null, l: null, opt: null });
    sameAsZod(schema, { s: 'x', e: 'b', o: { n: 3 }, l: ['y'] });
  });

  it('writes a union of scalars as the value itself, and leaves any other union to zod', () => {
    expect(sameAsZod(z.record(z.string(), z.union([z.string(), z.boolean()])), { a: 'x', b: true })).toEqual({ a: 'x', b: true });
    sameAsZod(z.object({ v: z.union([z.string(), z.number(), z.null()]) }), { v: 2.5 });
    const objects = z.discriminatedUnion('t', [z.object({ t: z.literal('a'), x: z.string() }), z.object({ t: z.literal('b') })]);
    expect(planResponse(z.object({ u: objects }), '/t')).toEqual({ kind: 'zod', reason: 'oneOf at $.u' });
    expect(planResponse(z.union([z.object({ a: z.string() }), z.array(z.string())]), '/t').kind).toBe('zod');
    expect(planResponse(z.object({ n: z.union([z.number().int(), z.string()]) }), '/t').kind).toBe('zod');
  });

  it('writes a Date as its ISO instant, and any and unknown values as they are', () => {
    const schema = z.object({ at: z.date(), meta: z.unknown(), raw: z.any(), maybe: z.unknown().optional() });
    expect(sameAsZod(schema, { at: new Date('2026-12-05T01:02:03.004Z'), meta: { a: [1, 'x'] }, raw: null })).toEqual({
      at: '2026-12-05T01:02:03.004Z',
      meta: { a: [1, 'x'] },
      raw: null,
    });
    // zod refuses a missing value of a key it requires even when the value may be anything; so does the fast writer
    expect(() => zodWriter(schema)({ at: new Date(), raw: 1 })).toThrow();
    expect(isResponseSerializationError(refused(schema, { at: new Date(), raw: 1 }))).toBe(true);
  });

  it('leaves to zod what JSON Schema cannot say zod writes: transforms, codecs, defaults, custom checks, trim', () => {
    const reasons = [
      z.object({ a: z.string().transform((s) => s.length) }),
      z.object({ a: z.codec(z.string(), z.number(), { decode: Number, encode: String }) }),
      z.object({ a: z.string().default('x') }),
      z.object({ a: z.custom<string>((v) => typeof v === 'string') }),
      z.object({ a: z.string().trim() }),
      z.object({ a: z.lazy(() => z.string()) }),
    ].map((s) => planResponse(s, '/t'));
    for (const plan of reasons) expect(plan.kind).toBe('zod');
    // what zod writes through its trim, the route still writes
    expect(writer(z.object({ a: z.string().trim() }))({ a: ' x ' })).toBe('{"a":"x"}');
  });

  it('refuses a fraction where the schema says integer, as zod does, instead of rounding it', () => {
    const amount = z.object({ amountFen: z.number().int() });
    expect(writer(amount)({ amountFen: 1250 })).toBe('{"amountFen":1250}');
    expect(isResponseSerializationError(refused(amount, { amountFen: 1250.5 }))).toBe(true);
    const many = z.array(z.number().int());
    expect(isResponseSerializationError(refused(many, [...Array.from({ length: 50 }, (_, i) => i), 0.5]))).toBe(true);
    expect(isResponseSerializationError(refused(amount, { amountFen: '1250' }))).toBe(true);
  });

  it('refuses an object without a required property, as zod does', () => {
    const schema = z.object({ id: z.string(), n: z.number() });
    expect(isResponseSerializationError(refused(schema, { id: 'a' }))).toBe(true);
  });

  it('in checked mode answers when both writers agree and throws when they do not', () => {
    const schema = z.object({ name: z.string() });
    expect(writer(schema, 'checked')({ name: '王芳', x: 1 })).toBe('{"name":"王芳"}');
    // fast-json-stringify turns a number into a string where zod refuses it: the check catches that
    const quiet = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(() => writer(schema, 'checked')({ name: 5 })).toThrow(/serializers disagree on GET \/t 200/);
      expect(quiet).toHaveBeenCalledWith(expect.stringContaining('fast {"name":"5"}'));
    } finally {
      quiet.mockRestore();
    }
    // both refusing is zod's refusal, as before
    expect(isResponseSerializationError(attempt(() => writer(schema, 'checked')({})))).toBe(true);
  });

  it('serves the error answers every route documents with one writer, which writes them as before', async () => {
    const problem = z.object({ code: z.string(), status: z.number().int() });
    const compiler = createSerializerCompiler('fast', [problem]);
    const at = (url: string, httpStatus: string, schema: z.ZodType) => compiler({ schema, method: 'GET', url, httpStatus } as Route);
    const first = at('/orders', '404', problem);
    expect(at('/receipts', '409', problem)).toBe(first);
    expect(JSON.parse(first({ code: 'record.not_found', status: 404, extra: 'dropped' }))).toEqual({
      code: 'record.not_found',
      status: 404,
    });
    expect(() => first({ code: 'x', status: 0.5 })).toThrow();
    // a route's own answer keeps a writer of its own
    const own = z.object({ code: z.string(), status: z.number().int() });
    expect(at('/orders', '200', own)).not.toBe(at('/receipts', '200', own));
    const app = Fastify();
    app.setSerializerCompiler(compiler);
    registerErrorHandler(app);
    app.get('/gone', { schema: { response: { 200: own, 404: problem } } }, async (_req, reply) =>
      reply.code(404).send({ code: 'record.not_found', status: 404 }),
    );
    expect((await app.inject({ url: '/gone' })).json()).toEqual({ code: 'record.not_found', status: 404 });
    await app.close();
  });

  it('answers 500 problem+json through the app for a fraction of a fen, and sends strings (pages, files) untouched', async () => {
    const app = Fastify();
    app.setSerializerCompiler(createSerializerCompiler('fast'));
    registerErrorHandler(app);
    const response = { 200: z.object({ amountFen: z.number().int() }) };
    app.get('/fraction', { schema: { response } }, async () => ({ amountFen: 0.5 }));
    app.get('/page', { schema: { response } }, async (_req, reply) => reply.type('text/html; charset=utf-8').send('<p>收费公示</p>'));
    const fraction = await app.inject({ url: '/fraction' });
    expect(fraction.statusCode).toBe(500);
    expect(fraction.json()).toMatchObject({ code: 'internal' });
    const page = await app.inject({ url: '/page' });
    expect(page.body).toBe('<p>收费公示</p>');
    await app.close();
  });
});

function attempt(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    return e;
  }
  return undefined;
}
