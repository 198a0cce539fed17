/**
 * The paper a form prints on. Chromium honours `@page { size }` only with both lengths (or a name such as
 * A4): `80mm auto` is dropped and the page falls back to US Letter. So the receipt roll gets a concrete
 * length, estimated from what it holds.
 */
export type Paper = { kind: 'a4' } | { kind: 'roll'; heightMm: number } | { kind: 'label'; widthMm: number; heightMm: number };

export const A4: Paper = { kind: 'a4' };

/** An 80 mm thermal roll: its printers leave about 4 mm unprinted at each side, so 72 mm carry text. */
export const ROLL = {
  widthMm: 80,
  margin: { topMm: 4, sideMm: 4, bottomMm: 6 },
  /** The shortest slip worth cutting, and the longest one the estimate may ask for (a metre of paper). */
  minHeightMm: 100,
  maxHeightMm: 1000,
} as const;

/** The text width of a roll: the paper less its side margins. */
export const ROLL_TEXT_MM = ROLL.widthMm - 2 * ROLL.margin.sideMm;
/** A roll's type: 9 pt (3.175 mm an em) on lines of a fixed 4.4 mm, so a slip's length can be worked out. */
export const ROLL_EM_MM = 3.175;
export const ROLL_LINE_MM = 4.4;

/** A roll slip long enough for `contentMm` of content between its margins, in whole millimetres. */
export function rollPaper(contentMm: number): Paper {
  const total = Math.ceil(contentMm + ROLL.margin.topMm + ROLL.margin.bottomMm);
  return { kind: 'roll', heightMm: Math.min(ROLL.maxHeightMm, Math.max(ROLL.minHeightMm, total)) };
}

/** A sticky label of a label printer (a returned terminal's 返修标签): a small page of its own, 2 mm unprinted around. */
export const LABEL_MARGIN_MM = 2;
export function labelPaper(widthMm: number, heightMm: number): Paper {
  return { kind: 'label', widthMm, heightMm };
}

/**
 * The `@page` rule of a paper: A4 with 14 × 12 mm margins, the roll's width and length with its narrow margins, or a
 * label's own size.
 */
export function pageRule(paper: Paper): string {
  if (paper.kind === 'a4') return '@page { size: A4; margin: 14mm 12mm; }';
  if (paper.kind === 'label') return `@page { size: ${paper.widthMm}mm ${paper.heightMm}mm; margin: ${LABEL_MARGIN_MM}mm; }`;
  const m = ROLL.margin;
  return `@page { size: ${ROLL.widthMm}mm ${paper.heightMm}mm; margin: ${m.topMm}mm ${m.sideMm}mm ${m.bottomMm}mm; }`;
}

/** Wide characters (CJK, full-width forms and punctuation) take one em; the rest about 0.6 em. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3040-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** The width of a text in ems, as a sans-serif font sets it (an estimate for layout, not a measurement). */
export function textEms(text: string): number {
  let ems = 0;
  for (const ch of text) ems += WIDE.test(ch) ? 1 : 0.6;
  return ems;
}

/**
 * How many lines a text takes in a column `widthEms` wide. Latin text breaks at spaces, not anywhere, so it is
 * counted a tenth wider to err on the long side: a slip cut a little long beats a receipt on two slips.
 */
export function linesOf(text: string, widthEms: number): number {
  if (widthEms <= 0) return 1;
  const ems = textEms(text);
  const latin = [...text].some((ch) => !WIDE.test(ch));
  return Math.max(1, Math.ceil((ems * (latin ? 1.1 : 1)) / widthEms));
}
