import { describe, expect, it } from 'vitest';
import { accountDigits, isMandateNo, maskAccountNo } from './mandate.rules.js';

describe('mandate rules', () => {
  it('keeps only the first and last four digits of an account number', () => {
    expect(maskAccountNo('6222021234567891234')).toBe('6222 **** **** 1234');
    expect(maskAccountNo('6222021234567891234')).not.toContain('02123456789');
  });
  it('reads an account number typed with spaces or dashes, and refuses anything that is not 8–32 digits', () => {
    expect(accountDigits('6222 0212 3456 7891 234')).toBe('6222021234567891234');
    expect(accountDigits('6222-0212')).toBe('62220212');
    expect(accountDigits('6222')).toBeNull();
    expect(accountDigits('6222a0212345')).toBeNull();
  });
  it('accepts mandate numbers of letters, digits and dashes only', () => {
    expect(isMandateNo('TS-2026-0001')).toBe(true);
    expect(isMandateNo('托收1')).toBe(false);
    expect(isMandateNo('ab')).toBe(false);
  });
});
