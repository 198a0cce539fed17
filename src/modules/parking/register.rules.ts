import { SPACE_OWNERSHIPS, type SpaceOwnership } from './parking.types.js';

/**
 * A space number as the register keeps it: full-width characters made plain, upper case, no spaces (a-001 → A-001),
 * so the same painted number is never registered twice in two spellings.
 */
export function normaliseSpaceNumber(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** 1–20 letters (Chinese too), digits and dashes: A-001, B2-015, 负一1024. */
export const isSpaceNumber = (number: string) => /^[\p{L}\p{N}-]{1,20}$/u.test(number);

/** A car park's code, as its number: plain, upper case, no spaces (p1 → P1). */
export const normaliseCarParkCode = normaliseSpaceNumber;

/** 1–20 letters, digits, dashes or underscores, starting with a letter or digit: P1, B1, NORTH-2. */
export const isCarParkCode = (code: string) => /^[A-Z0-9][A-Z0-9_-]{0,19}$/.test(code);

/**
 * Whether a space of this ownership may (or must) name a unit: an owned space (产权车位) always belongs to a unit, a
 * public one (公共车位) never does, a rented one (租赁车位) names its tenant's unit or none while it waits to be let.
 * Returns the refusal code, or null.
 */
export function spaceUnitRefusal(ownership: SpaceOwnership, hasUnit: boolean): 'unit_required' | 'unit_not_allowed' | null {
  if (ownership === 'owned' && !hasUnit) return 'unit_required';
  if (ownership === 'public' && hasUnit) return 'unit_not_allowed';
  return null;
}

/** The Chinese words the import template uses for each ownership (English ones are taken too). */
export const OWNERSHIP_WORDS: Record<string, SpaceOwnership> = {
  产权: 'owned',
  产权车位: 'owned',
  租赁: 'rented',
  租赁车位: 'rented',
  公共: 'public',
  公共车位: 'public',
};

export function parseOwnership(text: string): SpaceOwnership | null {
  const t = text.trim();
  return (
    OWNERSHIP_WORDS[t] ?? ((SPACE_OWNERSHIPS as readonly string[]).includes(t.toLowerCase()) ? (t.toLowerCase() as SpaceOwnership) : null)
  );
}
