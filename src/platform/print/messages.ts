/**
 * Strings of server-rendered print views (notices, forms, receipts), per language. Chinese is what
 * goes on paper; English is there so every view can be read in the second language too.
 */
export const PRINT_LOCALES = ['zh-CN', 'en'] as const;
export type PrintLocale = (typeof PRINT_LOCALES)[number];

export function printLocale(query: unknown): PrintLocale {
  return query === 'en' ? 'en' : 'zh-CN';
}

export type Messages = Record<string, string>;

/**
 * Punctuation of a printed line, as the web app writes it (common.labelSeparator, common.listSeparator):
 * `label：value` and `甲、乙` in Chinese, `label: value` and `a, b` in English; `gap` parts fields on one line.
 */
export const PUNCTUATION: Record<PrintLocale, { label: string; list: string; gap: string }> = {
  'zh-CN': { label: '：', list: '、', gap: '　' },
  en: { label: ': ', list: ', ', gap: '\u2003' },
};

/** Looks a key up and fills `{name}` placeholders; a missing key is a bug, so it shows the key. */
export function translator(catalogue: Record<PrintLocale, Messages>, locale: PrintLocale) {
  return (key: string, vars: Record<string, string | number> = {}) =>
    (catalogue[locale][key] ?? key).replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}
