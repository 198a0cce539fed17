import { type LocaleBundle, resourcesOf, type Texts } from '../bundle';

/**
 * What English needs before the first render, loaded as one chunk when the language is chosen: the shell's part of
 * every namespace in this folder (../shell.ts). Each namespace's whole file is a chunk of its own, loaded with the
 * pages that use it.
 */
export const bundle: LocaleBundle = {
  resources: resourcesOf(import.meta.glob<Texts>('./*.json', { eager: true, query: '?shell', import: 'default' })),
  namespaces: import.meta.glob<Texts>('./*.json', { import: 'default' }),
  antd: () => import('./antd'),
};
