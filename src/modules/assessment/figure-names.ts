import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PrintLocale } from '../../platform/print/messages.js';
import { PROJECT_ROOT } from '../../platform/project-root.js';

// read from the web app's sources at run time (the server's build does not carry them)
const LOCALES = `${path.join(PROJECT_ROOT, 'web', 'src', 'locales')}${path.sep}`;
const cache = new Map<string, Record<string, unknown> | null>();

function namespace(locale: PrintLocale, ns: string): Record<string, unknown> | null {
  const id = `${locale}/${ns}`;
  if (!cache.has(id)) {
    let words: Record<string, unknown> | null = null;
    if (/^[A-Za-z]+$/.test(ns)) {
      try {
        words = JSON.parse(readFileSync(`${LOCALES}${id}.json`, 'utf8')) as Record<string, unknown>;
      } catch {
        words = null;
      }
    }
    cache.set(id, words);
  }
  return cache.get(id) ?? null;
}

/**
 * The name of a person figure on paper, in the web's own words: `<module>.<what>` is `personFigures.<what>` of the
 * module's locale namespace (named as the module), so a module that adds figures names them once, for the page and the
 * print. A figure without a name shows its key.
 */
export function figureName(key: string, locale: PrintLocale): string {
  const dot = key.indexOf('.');
  const words = namespace(locale, key.slice(0, dot));
  const figures = words?.personFigures as Record<string, unknown> | undefined;
  const name = figures?.[key.slice(dot + 1)];
  return typeof name === 'string' ? name : key;
}
