import type { PlateKind } from './parking.types.js';

/**
 * 机动车号牌 (GA 36-2018), civilian plates as a car park meets them: the province's one-character abbreviation, the
 * issuing city's letter, then
 * - a standard (blue or yellow) plate: 5 letters or digits — 沪A12345, 苏E8G8H8;
 * - a coach, trailer, learner, police, Hong Kong or Macao plate: 4 letters or digits and 学/挂/警/港/澳 — 粤Z1234港;
 * - a small new-energy (green) plate: D/A/B/C/E (electric) or F/G/H/J/K (hybrid), a letter or digit, 4 digits — 浙AD12345;
 * - a large new-energy plate: 5 digits and that letter — 粤B12345D.
 * Letters never include I or O (they read as 1 and 0). Embassy and military plates are not taken.
 */
const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
const L = 'A-HJ-NP-Z';
const P = `[${PROVINCES}]`;
const NEW_ENERGY = 'DABCEFGHJK';
const PATTERNS: [RegExp, PlateKind][] = [
  [new RegExp(`^${P}[${L}][${L}0-9]{5}$`), 'standard'],
  [new RegExp(`^${P}[${L}][${L}0-9]{4}[学挂警港澳]$`), 'standard'],
  [new RegExp(`^${P}[${L}][${NEW_ENERGY}][${L}0-9]\\d{4}$`), 'new_energy'],
  [new RegExp(`^${P}[${L}]\\d{5}[${NEW_ENERGY}]$`), 'new_energy'],
];

/**
 * A plate as the register keeps it: full-width letters and digits made plain (Ｂ → B), upper case, and the spaces,
 * dots and dashes people type between the city letter and the number left out (沪A·12345, 沪a 12345 → 沪A12345).
 */
export function normalisePlate(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\s·•・.\-_]/g, '')
    .toUpperCase();
}

/** The normalised plate and its kind, or null when it is not a civilian plate of the mainland. */
export function parsePlate(raw: string): { plate: string; kind: PlateKind } | null {
  const plate = normalisePlate(raw);
  const hit = PATTERNS.find(([re]) => re.test(plate));
  return hit ? { plate, kind: hit[1] } : null;
}

/** The kind of a plate already normalised and checked (8 characters: new energy). */
export const plateKind = (plate: string): PlateKind => ([...plate].length === 8 ? 'new_energy' : 'standard');
