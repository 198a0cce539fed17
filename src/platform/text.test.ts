import { describe, expect, it } from 'vitest';
import { findControlCharacter, hasBidiControl, hasControlCharacter } from './text.js';

describe('control characters', () => {
  it.each(['\u0000', '\u0001', '\u0007', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u009f', 'a\rb', 'end\r'])('refuses %j', (ch) =>
    expect(hasControlCharacter(`前${ch}后`)).toBe(true),
  );
  it.each(['\t', '\n', '\r\n', '翠竹园3栋1201', '100% _x_ \\', '\u00a0', '\u202e'])('keeps %j', (s) =>
    expect(hasControlCharacter(s)).toBe(false),
  );
});

describe('direction controls', () => {
  it.each(['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'])(
    'finds %j',
    (ch) => expect(hasBidiControl(`王${ch}芳`)).toBe(true),
  );
  it('leaves Chinese, Latin and Arabic letters alone', () => expect(hasBidiControl('王芳 Wang محمد')).toBe(false));
});

describe('where a control character is', () => {
  it('names the dotted path of the first offending string', () => {
    expect(findControlCharacter({ a: 'ok', lines: [{ note: null }, { note: 'x\u0000' }] }, 'body')).toBe('lines.1.note');
    expect(findControlCharacter({ q: 'a\u0000b' }, 'querystring')).toBe('q');
  });
  it('names the value itself when it is a bare string, and the holder of a bad key', () => {
    expect(findControlCharacter('\u0000', 'body')).toBe('body');
    expect(findControlCharacter({ o: { 'k\u0000': 1 } }, 'body')).toBe('o');
    expect(findControlCharacter({ 'k\u0000': 1 }, 'body')).toBe('body');
  });
  it('finds nothing in clean values, numbers and buffers', () => {
    expect(findControlCharacter({ n: 1, b: true, z: null, s: '厨房\t\n', a: [1, 'x'] }, 'body')).toBeNull();
    expect(findControlCharacter(Buffer.from([0, 1, 2]), 'body')).toBeNull();
    expect(findControlCharacter(undefined, 'body')).toBeNull();
  });
});
