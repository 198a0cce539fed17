import { describe, expect, it } from 'vitest';
import { refusalCodes } from './refusal-codes.js';

/** The codes of a few files, by path: the way each is built, as the server builds them. */
const read = (files: Record<string, string>) => {
  const r = refusalCodes(new Map(Object.entries(files)));
  return { codes: [...r.codes.keys()].sort(), unresolved: r.unresolved };
};

const errors = `
export class DomainError extends Error { constructor(readonly kind: string, readonly code: string, message: string, readonly errors = []) { super(message); } }
export const notFound = (what: string) => new DomainError('not_found', \`\${what}.not_found\`, \`\${what} not found\`);
export const fieldError = (kind: string, code: string, field: string, message: string) => new DomainError(kind, code, message, [{ field, code, message }]);
`;

describe('reading the refusal codes of the server’s source', () => {
  it('finds the codes given whole: to DomainError, fieldError, a call after an error kind, refusal objects, zod refinements', () => {
    expect(
      read({
        'src/errors.ts': errors,
        'src/a.ts': `
          import { DomainError, fieldError } from './errors.js';
          const refuse = (kind: string, why: string) => new DomainError(kind, why, why);
          export function f(x: number) {
            if (x < 0) throw new DomainError('unprocessable', 'order.negative', 'no');
            if (x > 9) throw fieldError('invalid', 'order.too_big', 'x', 'no');
            if (x === 5) throw refuse('conflict', 'order.five');
            return x === 1 ? { kind: 'conflict', code: 'order.one' } : { field: 'x', code: 'floor_zero', message: 'no' };
          }
          export const schema = z.number().refine((n) => n !== 0, { params: { code: 'zero_given' } });
          const machine = { record: 'order', refusals: ['order.not_ready'] };
          const permission = { code: 'orders.read', description: 'not a refusal' };
          const column = { code: 'c.code', name: 'c.name' };`,
      }).codes,
    ).toEqual(['floor_zero', 'order.five', 'order.negative', 'order.not_ready', 'order.one', 'order.too_big', 'zero_given']);
  });

  it('follows a code built in a shared helper back to every caller, through helpers that pass its part on', () => {
    expect(
      read({
        'src/errors.ts': errors,
        'src/guard.ts': `
          import { DomainError } from './errors.js';
          export function authorize(access: string, path: string, what: string) {
            if (!access) throw new DomainError('not_found', \`\${what}.not_found\`, 'no');
          }`,
        'src/policy.ts': `
          import { authorize } from './guard.js';
          export const authorizeRead = (access: string, path: string, what: string) => authorize(access, path, what);`,
        'src/service.ts': `
          import * as policy from './policy.js';
          import { notFound } from './errors.js';
          export function load(a: string) { policy.authorizeRead(a, '', 'estate'); if (!a) throw notFound(a ? 'unit' : 'building'); }
          for (const what of ['car_park', 'vehicle']) if (!what) throw notFound(what);`,
      }),
    ).toEqual({
      codes: ['building.not_found', 'car_park.not_found', 'estate.not_found', 'unit.not_found', 'vehicle.not_found'],
      unresolved: [],
    });
  });

  it('reads a part from a constant, a function’s answer, a typed parameter, a record’s property and a handed-around helper', () => {
    expect(
      read({
        'src/errors.ts': errors,
        'src/machine.ts': `
          import { DomainError } from './errors.js';
          export const invalidTransition = (record: string) => ({ kind: 'conflict', code: \`\${record}.invalid_transition\` });
          export const makeMachine = (record: string) => ({ record, refusals: [\`\${record}.retroactive\`] });
          export const FEE = makeMachine('fee_standard');
          export function decide(machine = FEE) { return invalidTransition(machine.record); }
          export function decideParking() { return decide(makeMachine('parking_standard')); }`,
        'src/sim.ts': `
          import { fieldError } from './errors.js';
          type Why = 'sim_in_use' | 'sim_not_in_stock';
          const why = (n: number): Why | null => (n ? 'sim_in_use' : null);
          const PREFIX = 'gps';
          export function fit(n: number) { const r = why(n); if (r) throw fieldError('conflict', \`\${PREFIX}.\${r}\`, 'sim', r); }
          const refusal = (prefix: string, what: 'not_excel' | 'too_many_rows') => fieldError('unprocessable', \`\${prefix}.\${what}\`, 'file', '');
          export const decode = (s: string) => { if (!s) throw refusal('gps_import', 'not_excel'); };
          function collector(sheet: string) {
            const fail = (code: string) => ({ field: sheet, code: \`parking_import.\${code}\`, message: code });
            return { fail };
          }
          export function check() { const { fail } = collector('spaces'); fail('plate_invalid'); }`,
      }).codes,
    ).toEqual([
      'fee_standard.invalid_transition',
      'fee_standard.retroactive',
      'gps.sim_in_use',
      'gps.sim_not_in_stock',
      'gps_import.not_excel',
      'gps_import.too_many_rows',
      'parking_import.plate_invalid',
      'parking_standard.invalid_transition',
      'parking_standard.retroactive',
    ]);
  });

  it('finds a parameter named code (an error class, a guard’s refusal) and a zod check’s message that is a code of a refused record', () => {
    expect(
      read({
        'src/errors.ts': errors,
        'src/image.ts': `
          export class ImageRefusal extends Error { constructor(readonly code: string, readonly field: string) { super(code); } }
          const refusal = (code: string, field?: string) => (field ? { code, field } : { code });
          export function check(s: string) { if (!s) throw new ImageRefusal('image.invalid', 'photo'); return refusal('image.blank'); }
          export const schema = z.string().regex(/^WX-/, 'order.warranty_order_format').min(1, 'at least one');
          export const other = z.string().regex(/^[a-z]+$/, 'place.name_format');
          export const closed = () => refusal('order.closed');`,
      }).codes,
    ).toEqual(['image.blank', 'image.invalid', 'order.closed', 'order.warranty_order_format']);
  });

  it('names the place of a built code whose part it cannot follow, instead of passing over it', () => {
    expect(
      read({
        'src/errors.ts': errors,
        'src/x.ts': `
          import { DomainError } from './errors.js';
          export function refuse(row: { kind: string }) { throw new DomainError('conflict', \`\${row.kind}.not_ready\`, 'no'); }
          export function load(id: string) { refuse(lookup(id)); }`,
      }).unresolved,
    ).toEqual(['src/x.ts:4: lookup(id)']);
  });

  it('takes an exported helper no server file calls as giving no code (a test may call it)', () => {
    expect(
      read({
        'src/errors.ts': errors,
        'src/codes.ts': `export const refusalsOf = (machine: { record: string }) => [{ kind: 'conflict', code: \`\${machine.record}.stuck\` }];`,
      }),
    ).toEqual({ codes: [], unresolved: [] });
  });
});
