import { describe, expect, it } from 'vitest';
import { checkEntryValues, entryFilter, isDay, labelledValues, matchesFilter, searchTextOf } from './ledger-entry.rules.js';
import { BUILTIN_KINDS } from './ledgers.builtins.js';
import type { LedgerField } from './ledgers.types.js';

const mediation = BUILTIN_KINDS.find((k) => k.code === 'mediation')?.fields ?? [];
const people = new Set(['u-lin']);
const good = {
  parties: '王某、李某',
  disputeType: '邻里纠纷',
  dispute: '漏水',
  mediation: '面谈',
  outcome: '调解成功',
  mediator: 'u-lin',
};
const f = (type: LedgerField['type'], extra: Partial<LedgerField> = {}): LedgerField => ({
  key: 'v',
  label: 'V',
  type,
  required: false,
  listed: true,
  searchable: true,
  options: [],
  ...extra,
});
const codeOf = (field: LedgerField, v: unknown) => checkEntryValues([field], { v }, people).errors.map((e) => e.code);

describe('checkEntryValues (A1.4: the entry form of every kind)', () => {
  it('keeps a complete mediation entry, every field present and empty ones null', () => {
    const r = checkEntryValues(mediation, { ...good, parties: '  王某、李某 ' }, people);
    expect(r.errors).toEqual([]);
    expect(r.values.parties).toBe('王某、李某');
    expect(r.values.agreement).toBeNull();
    expect(Object.keys(r.values).sort()).toEqual(mediation.map((x) => x.key).sort());
  });

  it('refuses each missing required field on its own path', () => {
    const r = checkEntryValues(mediation, { ...good, parties: ' ', outcome: null, mediator: undefined }, people);
    expect(r.errors.map((e) => [e.field, e.code])).toEqual([
      ['values.parties', 'ledger_entry.value_required'],
      ['values.outcome', 'ledger_entry.value_required'],
      ['values.mediator', 'ledger_entry.value_required'],
    ]);
  });

  it('refuses a value for a field the kind does not have', () => {
    const r = checkEntryValues(mediation, { ...good, weather: '晴' }, people);
    expect(r.errors).toEqual([expect.objectContaining({ field: 'values.weather', code: 'ledger_entry.value_unknown' })]);
  });

  it('checks each type', () => {
    expect(codeOf(f('date'), '2026-02-30')).toEqual(['ledger_entry.value_not_date']);
    expect(codeOf(f('date'), '2026-02-28')).toEqual([]);
    expect(codeOf(f('datetime'), '2026-02-28 25:00')).toEqual(['ledger_entry.value_not_datetime']);
    expect(codeOf(f('datetime'), '2026-02-28T20:30')).toEqual([]);
    expect(codeOf(f('number'), 'twelve')).toEqual(['ledger_entry.value_not_number']);
    expect(checkEntryValues([f('number')], { v: '12' }, people).values.v).toBe(12);
    expect(codeOf(f('select', { options: ['甲', '乙'] }), '丙')).toEqual(['ledger_entry.value_not_option']);
    expect(codeOf(f('person'), 'u-other')).toEqual(['ledger_entry.value_not_person']);
    expect(codeOf(f('phone'), '138-abc')).toEqual(['ledger_entry.value_not_phone']);
    expect(codeOf(f('phone'), '0755-8888 1234')).toEqual([]);
    expect(codeOf(f('text'), 'x'.repeat(201))).toEqual(['ledger_entry.value_too_long']);
    expect(codeOf(f('longtext'), 'x'.repeat(4000))).toEqual([]);
    expect(codeOf(f('text'), { a: 1 })).toEqual(['ledger_entry.value_invalid']);
  });

  it('knows a real day', () => {
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2027-02-29')).toBe(false);
  });
});

describe('search (A1.4: searchable)', () => {
  const names = (id: string) => (id === 'u-lin' ? '林站长' : undefined);

  it('searches the searchable fields only, a person by name, in lower case', () => {
    const values = checkEntryValues(mediation, { ...good, partiesPhone: '13800138000', followUp: 'Revisited' }, people).values;
    const text = searchTextOf(mediation, values, names);
    expect(text).toContain('王某、李某');
    expect(text).toContain('林站长');
    expect(text).not.toContain('13800138000'); // the phone is not searchable
    expect(text).not.toContain('revisited');
  });

  it('normalises the filter and refuses a reversed range', () => {
    expect(entryFilter({ q: '  ABC ', includeVoided: true }).filter.text).toBe('abc');
    expect(entryFilter({ q: '   ', includeVoided: true }).filter.text).toBeUndefined();
    expect(entryFilter({ from: '2026-03-02', to: '2026-03-01', includeVoided: true }).errors).toEqual([
      expect.objectContaining({ field: 'to', code: 'ledger_entry.range_reversed' }),
    ]);
  });

  it('selects by text, days, writer and voided', () => {
    const e = { searchText: '王某\n林站长', occurredOn: '2026-03-05', writtenBy: 'u-lin', voided: false };
    const { filter } = entryFilter({ q: '林站', from: '2026-03-01', to: '2026-03-05', writtenBy: 'u-lin', includeVoided: false });
    expect(matchesFilter(e, filter)).toBe(true);
    expect(matchesFilter({ ...e, occurredOn: '2026-03-06' }, filter)).toBe(false);
    expect(matchesFilter({ ...e, writtenBy: 'u-gao' }, filter)).toBe(false);
    expect(matchesFilter({ ...e, voided: true }, filter)).toBe(false);
    expect(matchesFilter({ ...e, voided: true }, { ...filter, includeVoided: true })).toBe(true);
    expect(matchesFilter(e, entryFilter({ q: '高值班', includeVoided: true }).filter)).toBe(false);
  });
});

describe('labelledValues', () => {
  it('names each value by its field as the ledger calls it, a person by name, leaving out the empty ones', () => {
    const fields = [
      { key: 'parties', label: '当事人', type: 'text', required: true, listed: true, searchable: true, options: [] },
      { key: 'mediator', label: '调解人', type: 'person', required: false, listed: true, searchable: true, options: [] },
      { key: 'note', label: '备注', type: 'text', required: false, listed: false, searchable: false, options: [] },
    ] as const satisfies readonly LedgerField[];
    const names = (id: string) => (id === 'u-lin' ? '林站长' : undefined);
    expect(labelledValues(fields, { parties: '王某、李某', mediator: 'u-lin', note: null }, names)).toEqual({
      当事人: '王某、李某',
      调解人: '林站长',
    });
  });
});
