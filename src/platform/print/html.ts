import { type PrintLocale, PUNCTUATION } from './messages.js';
import { A4, type Paper, pageRule, ROLL_LINE_MM, ROLL_TEXT_MM } from './paper.js';

/** Markup that is already safe; anything else put into `html` is escaped. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

function render(value: unknown): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** A tagged template for server-rendered print views: interpolations are escaped unless already SafeHtml. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

export const raw = (s: string) => new SafeHtml(s);

/** `label：value` in Chinese, `label: value` in English (the web app's label separator). */
export const labelled =
  (locale: PrintLocale) =>
  (label: string, value: unknown): SafeHtml =>
    html`${label}${PUNCTUATION[locale].label}${value}`;

/** The ruled areas a paper form is signed and sealed in (X3): a 50 × 20 mm signature box, pen lines, a seal box. */
const SIGN_OFF_CSS = `
.sign-off { display: flex; justify-content: space-between; align-items: flex-end; gap: 6mm; margin-top: 6mm; break-inside: avoid; }
.sign-block { flex: none; }
.sign-block .caption { font-weight: 600; margin-bottom: 1mm; }
.sig-box { width: 50mm; height: 20mm; border: 1px solid #333; padding: 1mm; display: flex; align-items: center; justify-content: center; }
.sig-box img.sig { display: block; max-width: 100%; max-height: 100%; }
.sig-note { font-size: 10pt; margin-top: 1mm; }
.pen-lines { flex: 1; min-width: 0; display: grid; grid-template-columns: max-content 1fr; gap: 7mm 1mm; align-items: end; white-space: nowrap; }
.pen-lines .blank { min-width: 24mm; border-bottom: 1px solid #333; height: 1.3em; }
.seal { flex: none; width: 42mm; height: 42mm; border: 1px dashed #888; display: flex; align-items: center; justify-content: center; }
.seal span { color: #999; font-size: 10pt; letter-spacing: 2px; }
`;

/** An 80 mm slip: 72 mm of text in a smaller type with fixed line heights, so its length can be estimated. */
const ROLL_CSS = `
body { max-width: none; width: ${ROLL_TEXT_MM}mm; padding: 0; font-size: 9pt; line-height: ${ROLL_LINE_MM}mm; }
h1 { font-size: 12pt; line-height: 6mm; letter-spacing: 1px; margin: 0 0 1mm; }
.sub { margin-bottom: 2mm; }
p { margin: 1mm 0; }
table { margin: 1.5mm 0; }
th, td { padding: 0.8mm 1.2mm; }
.meta { grid-template-columns: 1fr; margin: 1.5mm 0; }
.sign-off { flex-direction: column; align-items: center; gap: 2mm; margin-top: 3mm; }
`;

/**
 * A whole printable page: A4 by default or a receipt roll, no scripts (the CSP allows none inline). Chinese
 * fonts first, but Latin ones first in English: a CJK font draws ’ and quotes full-width ("office ’ s").
 */
export function printPage(opts: { lang: string; title: string; body: SafeHtml; paper?: Paper; css?: string }): string {
  const paper = opts.paper ?? A4;
  return `<!doctype html>
<html lang="${escapeHtml(opts.lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<title>${escapeHtml(opts.title)}</title>
<style>
${pageRule(paper)}
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; color: #111; margin: 0 auto; max-width: 190mm; padding: 12px; font-size: 12pt; line-height: 1.5; }
html:lang(en) body { font-family: "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; }
h1 { font-size: 18pt; text-align: center; margin: 0 0 4px; letter-spacing: 2px; }
html:lang(en) h1 { letter-spacing: 0; }
.sub { text-align: center; color: #444; margin-bottom: 12px; }
table { width: 100%; border-collapse: collapse; margin: 8px 0; }
th, td { border: 1px solid #333; padding: 5px 7px; text-align: left; vertical-align: top; }
th { background: #f0f0f0; font-weight: 600; white-space: nowrap; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.meta { display: grid; grid-template-columns: 1fr 1fr; gap: 2px 16px; margin: 8px 0; }
.foot { display: flex; justify-content: space-between; align-items: flex-end; margin-top: 16px; gap: 16px; }
.muted { color: #555; font-size: 10pt; }
.mark { border: 2px solid #b00; color: #b00; padding: 0 6px; font-weight: 700; }
${SIGN_OFF_CSS}
@media print { .noprint { display: none; } body { padding: 0; } }
${paper.kind === 'roll' ? ROLL_CSS : ''}
${opts.css ?? ''}
</style></head><body>${opts.body.value}</body></html>`;
}
