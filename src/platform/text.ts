/**
 * Which characters a piece of text may hold. PostgreSQL cannot store U+0000 at all (a NUL in any
 * field was a 500 there and fine on SQLite), and the other controls are never typed by a person:
 * they only garble logs, exports and printed forms. Tab and line breaks (LF, or CR LF from a
 * Windows textarea) are ordinary text.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's purpose
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\r(?!\n)/;

/**
 * Invisible direction controls: embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069)
 * and the marks (U+200E, U+200F, U+061C). In a name they reverse what others read — a name shown on
 * the public price-list notice could read as another price or another office.
 */
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;

export const hasControlCharacter = (s: string): boolean => CONTROL.test(s);
export const hasBidiControl = (s: string): boolean => BIDI.test(s);

/**
 * The dotted path (`lines.1.note`) of the first string — or object key — in a decoded JSON value
 * that holds a control character, or null when there is none. `where` names the value itself
 * (`body`, `query`) when it is a bare string.
 */
export function findControlCharacter(value: unknown, where: string): string | null {
  const walk = (v: unknown, path: string[]): string | null => {
    if (typeof v === 'string') return CONTROL.test(v) ? (path.length ? path.join('.') : where) : null;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const found = walk(v[i], [...path, String(i)]);
        if (found !== null) return found;
      }
      return null;
    }
    // any record (a parsed query string has no Object prototype), but not the bytes of a buffer
    if (v !== null && typeof v === 'object' && !ArrayBuffer.isView(v)) {
      for (const [key, inner] of Object.entries(v)) {
        // a key with a control character cannot be echoed as the field: name the object holding it
        if (CONTROL.test(key)) return path.length ? path.join('.') : where;
        const found = walk(inner, [...path, key]);
        if (found !== null) return found;
      }
    }
    return null;
  };
  return walk(value, []);
}
