import type { PrintLocale } from '../print/messages.js';

/** One namespace of the web's locale files (`web/src/locales/<lang>/<ns>.json`): nested objects of strings. */
export type Catalogue = { readonly [key: string]: unknown };

export type Words = (key: string, vars?: Record<string, string | number>) => string;

/**
 * The web's own words for a file the server writes, so an export's headers and labels read as the page
 * the user filtered: `t('money:receipts.number')`, with i18next's `{{name}}` placeholders. A key that is
 * missing shows itself (a bug to see, not a failed download).
 */
export function webWords(catalogues: Record<PrintLocale, Record<string, Catalogue>>, locale: PrintLocale): Words {
  const spaces = catalogues[locale];
  return (key, vars = {}) => {
    const colon = key.indexOf(':');
    let node: unknown = spaces[key.slice(0, colon)];
    for (const part of key.slice(colon + 1).split('.')) {
      node = node !== null && typeof node === 'object' ? (node as Catalogue)[part] : undefined;
    }
    if (typeof node !== 'string') return key;
    return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(vars[name] ?? ''));
  };
}
