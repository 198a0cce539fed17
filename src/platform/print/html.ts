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

/**
 * A whole printable page: A4 by default, no scripts (the CSP allows none inline). Chinese fonts first, but
 * Latin ones first in English: a CJK font draws ’ and quotes full-width ("office ’ s").
 */
export function printPage(opts: { lang: string; title: string; body: SafeHtml; size?: 'A4' | 'receipt'; css?: string }): string {
  const size = opts.size === 'receipt' ? '80mm auto' : 'A4';
  return `<!doctype html>
<html lang="${escapeHtml(opts.lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(opts.title)}</title>
<style>
@page { size: ${size}; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; color: #111; margin: 0 auto; max-width: 190mm; padding: 12px; font-size: 12pt; line-height: 1.5; }
html:lang(en) body { font-family: "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; }
h1 { font-size: 18pt; text-align: center; margin: 0 0 4px; letter-spacing: 2px; }
.sub { text-align: center; color: #444; margin-bottom: 12px; }
table { width: 100%; border-collapse: collapse; margin: 8px 0; }
th, td { border: 1px solid #333; padding: 5px 7px; text-align: left; vertical-align: top; }
th { background: #f0f0f0; font-weight: 600; white-space: nowrap; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.meta { display: grid; grid-template-columns: 1fr 1fr; gap: 2px 16px; margin: 8px 0; }
.foot { display: flex; justify-content: space-between; align-items: flex-end; margin-top: 16px; gap: 16px; }
.sign img { height: 60px; border-bottom: 1px solid #333; }
.muted { color: #555; font-size: 10pt; }
.mark { border: 2px solid #b00; color: #b00; padding: 0 6px; font-weight: 700; }
@media print { .noprint { display: none; } body { padding: 0; } }
${opts.css ?? ''}
</style></head><body>${opts.body.value}</body></html>`;
}
