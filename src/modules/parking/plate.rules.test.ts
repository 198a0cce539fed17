import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalisePlate, parsePlate, plateKind } from './plate.rules.js';

describe('Chinese plates (GA 36-2018)', () => {
  it('takes standard, suffixed and new-energy plates, and says which', () => {
    expect(parsePlate('沪A12345')).toEqual({ plate: '沪A12345', kind: 'standard' });
    expect(parsePlate('苏E8G8H8')).toEqual({ plate: '苏E8G8H8', kind: 'standard' });
    expect(parsePlate('粤Z1234港')).toEqual({ plate: '粤Z1234港', kind: 'standard' });
    expect(parsePlate('京A1234学')?.kind).toBe('standard');
    expect(parsePlate('浙AD12345')).toEqual({ plate: '浙AD12345', kind: 'new_energy' });
    expect(parsePlate('沪AF81234')?.kind).toBe('new_energy');
    expect(parsePlate('粤B12345D')).toEqual({ plate: '粤B12345D', kind: 'new_energy' });
  });

  it('normalises what people type: case, spaces, dots, dashes and full-width characters', () => {
    expect(normalisePlate(' 沪a·12345 ')).toBe('沪A12345');
    expect(normalisePlate('苏E 8g8-h8')).toBe('苏E8G8H8');
    expect(normalisePlate('粤Ｂ１２３４５')).toBe('粤B12345');
    expect(parsePlate('浙ad 12345')?.plate).toBe('浙AD12345');
  });

  it('refuses what is no mainland civilian plate', () => {
    for (const bad of [
      '',
      'A12345', // no province
      '台A12345', // not a mainland province
      '沪I12345', // I is never used
      '沪A1234O', // nor O
      '沪A1234', // too short
      '沪A123456', // 8 characters but no new-energy letter
      '沪AZ12345', // Z is no new-energy letter
      '沪AD1234X', // a small new-energy plate ends in 4 digits
      '粤B1234DD', // a large one has 5 digits first
      '沪A1234使', // embassy plates are not taken
      '沪沪12345',
    ])
      expect(parsePlate(bad), bad).toBeNull();
  });

  const province = fc.constantFrom(...'京沪苏浙粤川鲁');
  const letter = fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZ');
  const digit = fc.constantFrom(...'0123456789');
  const plates = fc.oneof(
    fc.tuple(province, letter, fc.array(fc.oneof(letter, digit), { minLength: 5, maxLength: 5 })).map(([p, c, r]) => p + c + r.join('')),
    fc
      .tuple(province, letter, fc.constantFrom(...'DABCEFGHJK'), fc.oneof(letter, digit), fc.array(digit, { minLength: 4, maxLength: 4 }))
      .map(([p, c, e, x, r]) => p + c + e + x + r.join('')),
  );

  it('keeps a valid plate valid however it is typed, and normalising twice changes nothing', () => {
    const noise = fc.array(fc.constantFrom(' ', '·', '-', '.'), { maxLength: 3 });
    fc.assert(
      fc.property(plates, noise, fc.boolean(), (plate, sep, lower) => {
        const typed = `${plate.slice(0, 2)}${sep.join('')}${lower ? plate.slice(2).toLowerCase() : plate.slice(2)}`;
        const parsed = parsePlate(typed);
        expect(parsed?.plate).toBe(plate);
        expect(parsed?.kind).toBe(plateKind(plate));
        expect(normalisePlate(normalisePlate(typed))).toBe(normalisePlate(typed));
      }),
    );
  });
});
