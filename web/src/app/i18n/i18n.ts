import dayjs from 'dayjs';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { LocaleBundle } from '../../locales/bundle';
import { type Language, rememberedLanguage, rememberLanguage } from './languages';

// One chunk per language (its namespaces, antd's and dayjs' locale), loaded on demand.
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

function apply(language: Language, bundle: LocaleBundle): void {
  dayjs.locale(bundle.dayjsLocale);
  document.documentElement.lang = language;
  document.title = i18n.t('common:appName');
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
  apply(language, await load(language));
}

/** Switches the interface language and remembers it on this browser. */
export async function changeLanguage(language: Language): Promise<void> {
  const bundle = await load(language);
  await i18n.changeLanguage(language);
  rememberLanguage(language);
  apply(language, bundle);
}

/** antd's locale for a language already loaded (the current one always is). */
export const antdLocaleOf = (language: Language) => loaded.get(language)?.antdLocale;

export { i18n };
