import { describe, expect, it } from 'vitest';
import { BATCH_MAX, batchHint, batchPrintUrl, officeOf, splitFor } from './batch';

const row = (number: string, officeId: string, abilities: { assign?: boolean; close?: boolean }) => ({
  id: `id-${number}`,
  number,
  version: 3,
  officeId,
  abilities: { assign: false, close: false, ...abilities } as never,
});

describe('batch actions on the order list', () => {
  it('sends the orders whose abilities allow the action and names the rest', () => {
    const rows = [row('A', 'o1', { assign: true }), row('B', 'o1', { close: true }), row('C', 'o1', { assign: true })];
    expect(splitFor(rows, 'assign').go.map((r) => r.number)).toEqual(['A', 'C']);
    expect(splitFor(rows, 'assign').skip.map((r) => r.number)).toEqual(['B']);
    expect(splitFor(rows, 'close').go.map((r) => r.number)).toEqual(['B']);
  });

  it('assigns only within one office: staff come from it', () => {
    expect(officeOf([row('A', 'o1', {}), row('B', 'o1', {})])).toBe('o1');
    expect(officeOf([row('A', 'o1', {}), row('B', 'o2', {})])).toBeNull();
    expect(officeOf([])).toBeNull();
  });

  it('says why the buttons are off: nothing ticked, or more than the server takes at once', () => {
    expect(batchHint([])).toBe('none');
    expect(batchHint([row('A', 'o1', {})])).toBeNull();
    expect(batchHint(Array.from({ length: BATCH_MAX + 1 }, (_, i) => row(String(i), 'o1', {})))).toBe('tooMany');
    expect(batchHint(Array.from({ length: BATCH_MAX }, (_, i) => row(String(i), 'o1', {})))).toBeNull();
  });

  it('prints the ticked forms in the order ticked, in English when the page is', () => {
    expect(batchPrintUrl([{ id: 'b' }, { id: 'a' }], 'zh-CN')).toBe('/api/orders/batch/print?ids=b,a');
    expect(batchPrintUrl([{ id: 'b' }], 'en')).toBe('/api/orders/batch/print?ids=b&lang=en');
  });
});
