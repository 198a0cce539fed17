import { useTranslation } from 'react-i18next';
import { changeLanguage } from './i18n';
import { LANGUAGES } from './languages';

/** 中文 | English as a two-way toggle for the sign-in page (plain buttons: that page stays light). */
export function LanguageToggle() {
  const { t, i18n } = useTranslation();
  return (
    <fieldset className="language-toggle">
      <legend className="sr-only">{t('layout:language.label')}</legend>
      {LANGUAGES.map((l) => (
        <button
          key={l.code}
          type="button"
          lang={l.code}
          aria-pressed={i18n.language === l.code}
          className={i18n.language === l.code ? 'language-option language-option-current' : 'language-option'}
          onClick={() => void changeLanguage(l.code)}
        >
          {l.label}
        </button>
      ))}
    </fieldset>
  );
}
