/** The languages of the interface; Chinese first, and the default for everyone. */
export const LANGUAGES = [
  { code: 'zh-CN', label: '中文' },
  { code: 'en', label: 'English' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];

export const DEFAULT_LANGUAGE: Language = 'zh-CN';
const STORAGE_KEY = 'guanjia.lang';

export const isLanguage = (value: unknown): value is Language => LANGUAGES.some((l) => l.code === value);

/** The language chosen last time on this browser, else Chinese (not the browser's: Chinese is the product's first language). */
export function rememberedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // private mode: the choice lasts for this visit only
  }
}
