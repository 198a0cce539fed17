/**
 * What the shell shows before any feature's page has loaded, so it is in a language's first chunk:
 * - these namespaces whole: the shell's own, the home page's, and `roles` and `orgs` (the user menu names roles, the
 *   organisation switcher its nodes). `permissions` (every module's permission names, 4 KB gzip) is not among them:
 *   it loads with the roles page, the only one that shows them;
 * - of every other namespace, only these subtrees: the menu entries, to-dos and key figures the feature adds to the
 *   shell and the home page (`WebFeature.menu`, `todos`, `figures`; locales.test.ts checks they are there).
 * - of `errors`, only the words that are no record's (its top-level texts: `unknown`, `network`, a field's checks).
 *   Every refusal's words (15 KB gzip in Chinese) load with any feature's pages (`textsOf`) and before any refusal is
 *   thrown (`loadRefusalTextsWith` in ../api/client.ts), so a code reads in words on every page all the same.
 * A feature's whole namespace loads with its pages (`WebFeature.namespaces` and `uses`).
 */
export const SHELL_NAMESPACES: readonly string[] = ['common', 'auth', 'layout', 'validation', 'home', 'roles', 'orgs'];
export const SHELL_SUBTREES: readonly string[] = ['menu', 'todos', 'figures'];

/** The part of a namespace's texts loaded with the shell. */
export function shellPart(namespace: string, texts: Record<string, unknown>): Record<string, unknown> {
  if (SHELL_NAMESPACES.includes(namespace)) return texts;
  if (namespace === 'errors') return Object.fromEntries(Object.entries(texts).filter(([, text]) => typeof text === 'string'));
  return Object.fromEntries(SHELL_SUBTREES.filter((k) => k in texts).map((k) => [k, texts[k]]));
}
