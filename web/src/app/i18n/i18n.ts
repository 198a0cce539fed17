import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { loadRefusalTextsWith } from '../../api/client';
import type { AntdPart, LocaleBundle } from '../../locales/bundle';
import { SHELL_NAMESPACES } from '../../locales/shell';
import { type Language, rememberedLanguage, rememberLanguage } from './languages';

// One chunk per language (the shell's texts, antd's and dayjs' locale), loaded on demand; each namespace's whole
// texts are a chunk of their own, loaded with the pages that use them (loadTexts).
const loaders: Record<Language, () => Promise<{ bundle: LocaleBundle }>> = {
  'zh-CN': () => import('../../locales/zh-CN/index'),
  en: () => import('../../locales/en/index'),
};
const loaded = new Map<Language, LocaleBundle>();

async function load(language: Language): Promise<LocaleBundle> {
  const cached = loaded.get(language);
  if (cached) return cached;
  const { bundle } = await loaders[language]();
  loaded.set(language, bundle);
  for (const [ns, resources] of Object.entries(bundle.resources)) i18n.addResourceBundle(language, ns, resources, true, true);
  return bundle;
}

/** Namespaces some page has needed: a change of language loads them before it switches, so no page shows a key. */
const wanted = new Set<string>();
/** The namespaces loaded (or loading) per language. */
const namespaceLoads = new Map<string, Promise<void>>();
const done = new Set<string>();

/** The load kept under `key`, started once; a failed one is forgotten, so the next ask tries again. */
function loadOnce<K, T>(loads: Map<K, Promise<T>>, key: K, start: () => Promise<T>): Promise<T> {
  let loading = loads.get(key);
  if (!loading) {
    loading = start();
    loading.catch(() => loads.delete(key));
    loads.set(key, loading);
  }
  return loading;
}

function loadNamespace(language: Language, bundle: LocaleBundle, ns: string): Promise<void> {
  const id = `${language}/${ns}`;
  return loadOnce(namespaceLoads, id, async () => {
    const file = bundle.namespaces[`./${ns}.json`];
    if (!file) throw new Error(`no texts for the namespace ${ns}`);
    const texts = await file();
    i18n.addResourceBundle(language, ns, texts, true, true);
    done.add(id);
  });
}

const needsLoading = (language: Language, namespaces: readonly string[]) =>
  namespaces.filter((ns) => !SHELL_NAMESPACES.includes(ns) && !done.has(`${language}/${ns}`));

/**
 * The whole texts of these namespaces in the current language: null when they are loaded already, else a promise
 * that resolves once they are (a page suspends on it, so it never renders before its texts).
 */
export function pendingTexts(namespaces: readonly string[]): Promise<void> | null {
  for (const ns of namespaces) if (!SHELL_NAMESPACES.includes(ns)) wanted.add(ns);
  const language = i18n.language as Language;
  const missing = needsLoading(language, namespaces);
  if (missing.length === 0) return null;
  const key = `${language}:${missing.join(',')}`;
  let pending = pendingByKey.get(key);
  if (!pending) {
    pending = load(language)
      .then((bundle) => Promise.all(missing.map((ns) => loadNamespace(language, bundle, ns))))
      .then(() => {});
    pending.finally(() => pendingByKey.delete(key)).catch(() => {});
    pendingByKey.set(key, pending);
  }
  return pending;
}
const pendingByKey = new Map<string, Promise<void>>();

function apply(language: Language): void {
  antdParts.get(language)?.applyToDates();
  document.documentElement.lang = language;
  document.title = i18n.t('common:appName');
}

/** antd's and dayjs' part per language, once the signed-in shell has asked for it (the sign-in page has no antd). */
const antdParts = new Map<Language, AntdPart>();
const antdLoads = new Map<Language, Promise<AntdPart>>();
let antdWanted = false;

function loadAntdPart(language: Language, bundle: LocaleBundle): Promise<AntdPart> {
  return loadOnce(antdLoads, language, async () => {
    const { part } = await bundle.antd();
    antdParts.set(language, part);
    if (i18n.language === language) part.applyToDates();
    return part;
  });
}

/**
 * antd's part of the current language: null when it is loaded, else a promise that resolves once it is (the
 * signed-in shell suspends on it). From then on a change of language loads the new language's part before it switches.
 */
export function pendingAntdPart(): Promise<unknown> | null {
  antdWanted = true;
  const language = i18n.language as Language;
  if (antdParts.has(language)) return null;
  return antdLoads.get(language) ?? load(language).then((bundle) => loadAntdPart(language, bundle));
}

/** Starts i18n in the remembered language; resolves once its texts are loaded. */
export async function initI18n(): Promise<void> {
  const language = rememberedLanguage();
  await i18n.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    defaultNS: 'common',
    ns: [],
    resources: {},
    interpolation: { escapeValue: false },
    returnEmptyString: false,
  });
  await load(language);
  apply(language);
  // every refusal's words, before the refusal reaches whoever says it (the sign-in page and the home page load no feature)
  loadRefusalTextsWith(() => pendingTexts(['errors']) ?? Promise.resolve());
}

/** Switches the interface language and remembers it on this browser. */
export async function changeLanguage(language: Language): Promise<void> {
  const bundle = await load(language);
  await Promise.all([
    ...needsLoading(language, [...wanted]).map((ns) => loadNamespace(language, bundle, ns)),
    antdWanted ? loadAntdPart(language, bundle) : null,
  ]);
  await i18n.changeLanguage(language);
  rememberLanguage(language);
  apply(language);
}

/** antd's locale for a language whose part is loaded (the current one always is, inside the signed-in shell). */
export const antdLocaleOf = (language: Language) => antdParts.get(language)?.locale;

export { i18n };
