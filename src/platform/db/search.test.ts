import { describe, expect, it } from 'vitest';
import { escapeLike } from './search.js';

describe('LIKE escaping', () => {
  it('makes the wildcards and the escape character literal', () => {
    expect(escapeLike('100%_a\\b')).toBe('100\\%\\_a\\\\b');
    expect(escapeLike('翠竹园3栋')).toBe('翠竹园3栋');
  });
});
