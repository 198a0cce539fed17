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

/** Looks a key up and fills `{name}` placeholders; a missing key is a bug, so it shows the key. */
export function translator(catalogue: Record<PrintLocale, Messages>, locale: PrintLocale) {
  return (key: string, vars: Record<string, string | number> = {}) =>
    (catalogue[locale][key] ?? key).replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}
