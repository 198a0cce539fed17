import { describe, expect, it } from 'vitest';
import { checkKindFields, kindColumns, normaliseFields } from './ledger-kind.rules.js';
import { BUILTIN_KINDS } from './ledgers.builtins.js';
import type { LedgerField } from './ledgers.types.js';

const f = (key: string, extra: Partial<LedgerField> = {}): LedgerField => ({
  key,
  label: key,
  type: 'text',
  required: false,
  listed: true,
  searchable: false,
  options: [],
  ...extra,
});

describe('a ledger kind’s fields (A1.4)', () => {
  it('accepts every built-in kind', () => {
    for (const k of BUILTIN_KINDS) expect({ code: k.code, errors: checkKindFields(k.fields) }).toEqual({ code: k.code, errors: [] });
  });

  it('refuses each fault on its own field path', () => {
    const errors = checkKindFields([
      f('name'),
      f('Name'),
      f('1bad'),
      f('blank', { label: ' ' }),
      f('pick', { type: 'select' }),
      f('pick2', { type: 'select', options: ['甲', '甲'] }),
      f('note', { options: ['x'] }),
    ]);
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['fields.1.key', 'ledger_kind.field_key_repeated'],
      ['fields.2.key', 'ledger_kind.field_key_invalid'],
      ['fields.3.label', 'ledger_kind.field_label_empty'],
      ['fields.4.options', 'ledger_kind.options_empty'],
      ['fields.5.options', 'ledger_kind.option_repeated'],
      ['fields.6.options', 'ledger_kind.options_not_select'],
    ]);
    expect(checkKindFields([]).map((e) => e.code)).toEqual(['ledger_kind.fields_empty']);
  });

  it('trims labels and choices', () => {
    expect(normaliseFields([f('a', { label: ' 甲 ', type: 'select', options: [' x '] })])[0]).toMatchObject({
      label: '甲',
      options: ['x'],
    });
  });

  it('shows the current fields first, then those only older versions had', () => {
    const cols = kindColumns([
      { version: 1, fields: [f('a'), f('old'), f('b', { label: 'B1' })] },
      { version: 2, fields: [f('b', { label: 'B2' }), f('a'), f('c')] },
    ]);
    expect(cols.map((c) => c.key)).toEqual(['b', 'a', 'c', 'old']);
    expect(cols[0]?.label).toBe('B2');
  });
});
