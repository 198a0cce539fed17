import type { Locale } from 'antd/es/locale';

export type Texts = Record<string, unknown>;

/** What one language brings: the texts of its first render by namespace, the rest on demand. */
export interface LocaleBundle {
  resources: Record<string, Texts>;
  /** Each namespace's whole file (`./<namespace>.json`), loaded on demand. */
  namespaces: Record<string, () => Promise<Texts>>;
  /** antd's texts and dayjs' in this language (`./antd.ts`), loaded with the signed-in shell: the sign-in page has no antd. */
  antd: () => Promise<{ part: AntdPart }>;
}

/** A language's part for antd and dates. */
export interface AntdPart {
  locale: Locale;
  /** Makes dayjs format dates in this language. */
  applyToDates(): void;
}

/**
 * A language's namespaces as i18next takes them, from its JSON files (`./<namespace>.json`). Every refusal's words
 * are in `errors` (`errors:<code>`), loaded before any refusal is thrown (../locales/shell.ts), so a code reads in
 * words on any page.
 */
export function resourcesOf(files: Record<string, Texts>): LocaleBundle['resources'] {
  const ns: Record<string, Texts> = {};
  for (const [file, texts] of Object.entries(files)) {
    const name = /([^/]+)\.json(\?\w+)?$/.exec(file)?.[1];
    if (name) ns[name] = texts;
  }
  return ns;
}
