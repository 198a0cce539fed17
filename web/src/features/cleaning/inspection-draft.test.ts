import { describe, expect, it } from 'vitest';
import { judge } from '../../../../src/modules/cleaning/cleaning.rules';
import { CHECK_VALUE_MAX as SERVER_CHECK_VALUE_MAX } from '../../../../src/modules/cleaning/cleaning.types';
import {
  CHECK_VALUE_MAX,
  checkIndexOf,
  clearDraft,
  loadDraft,
  newDraft,
  resultsBody,
  saveDraft,
  unjudgedCode,
  verdictOf,
} from './inspection-draft';

function memoryStore() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

const butts = { id: 'b', thresholdMax: 2 };
const soil = { id: 's', thresholdMax: null };

describe('the live verdict of a check', () => {
  it('fails three butts where two are allowed, and passes two', () => {
    expect(verdictOf(butts, { value: 3, photos: [] })).toBe('fail');
    expect(verdictOf(butts, { value: 2, photos: [] })).toBe('pass');
    expect(verdictOf(butts, { value: 0, photos: [] })).toBe('pass');
  });

  it('gives no verdict before a valid value or a choice', () => {
    expect(verdictOf(butts, { photos: [] })).toBeNull();
    expect(verdictOf(butts, { value: -1, photos: [] })).toBeNull();
    expect(verdictOf(butts, { value: 1.5, photos: [] })).toBeNull();
    expect(verdictOf(soil, { photos: [] })).toBeNull();
    expect(verdictOf(soil, undefined)).toBeNull();
    expect(verdictOf(soil, { passed: false, photos: [] })).toBe('fail');
  });

  it('says why there is none: nothing counted, a count that cannot be one (as the server’s judge refuses it), nothing chosen', () => {
    expect(unjudgedCode(butts, { photos: [] })).toBe('cleaning.value_required');
    for (const value of [-1, 1.5, CHECK_VALUE_MAX + 1]) {
      expect(unjudgedCode(butts, { value, photos: [] })).toBe('cleaning.value_invalid');
      expect(judge({ thresholdMax: 2, thresholdUnit: 'per_100m2' }, { value, photos: 0 })).toEqual({
        ok: false,
        code: 'cleaning.value_invalid',
      });
    }
    expect(unjudgedCode(soil, undefined)).toBe('cleaning.result_required');
  });

  it('takes values up to the server’s maximum', () => {
    expect(CHECK_VALUE_MAX).toBe(SERVER_CHECK_VALUE_MAX);
    expect(verdictOf(butts, { value: CHECK_VALUE_MAX, photos: [] })).toBe('fail');
  });

  it('agrees with the server’s judge on every value around the maximum', () => {
    for (const max of [0, 2, 10, 50])
      for (let value = 0; value <= max + 3; value++) {
        const server = judge({ thresholdMax: max, thresholdUnit: 'per_100m2' }, { value, photos: 0 });
        expect(server.ok && (server.passed ? 'pass' : 'fail')).toBe(verdictOf({ id: 'x', thresholdMax: max }, { value, photos: [] }));
      }
  });
});

describe('the draft kept on the device', () => {
  it('is restored as saved, with its key, and is gone once cleared', () => {
    const store = memoryStore();
    const draft = newDraft(3, 'key-1');
    draft.entries.b = { value: 3, note: '烟头三个', photos: ['data:image/jpeg;base64,AAA'] };
    draft.unsent = true;
    expect(saveDraft('i1', draft, store)).toBe(true);
    expect(loadDraft('i1', store)).toEqual(draft);
    expect(loadDraft('i2', store)).toBeNull();
    clearDraft('i1', store);
    expect(loadDraft('i1', store)).toBeNull();
  });

  it('says so when the device refuses to keep it, and ignores an unreadable one', () => {
    const full = {
      ...memoryStore(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(saveDraft('i1', newDraft(1), full)).toBe(false);
    const store = memoryStore();
    store.data.set('guanjia.cleaning.inspection.i1', '{"key":');
    expect(loadDraft('i1', store)).toBeNull();
  });

  it('makes a new Idempotency-Key for each new draft', () => {
    expect(newDraft(1).key).not.toBe(newDraft(1).key);
  });
});

describe('the results sent', () => {
  it('sends one result per check in checklist order, photos only with a failure', () => {
    const draft = newDraft(4);
    draft.entries.b = { value: 3, note: ' 烟头三个 ', photos: ['p1'] };
    draft.entries.s = { passed: true, note: '', photos: ['stale'] };
    expect(resultsBody([soil, butts], draft)).toEqual({
      version: 4,
      results: [
        { standardId: 's', passed: true },
        { standardId: 'b', value: 3, note: '烟头三个', photos: ['p1'] },
      ],
    });
  });

  it('sends an unanswered check as it is, for the server to name', () => {
    expect(resultsBody([butts], newDraft(1)).results).toEqual([{ standardId: 'b' }]);
  });

  it('finds the card a field error names', () => {
    expect(checkIndexOf('results.3.photos')).toBe(3);
    expect(checkIndexOf('results.0')).toBe(0);
    expect(checkIndexOf('version')).toBeNull();
  });
});
