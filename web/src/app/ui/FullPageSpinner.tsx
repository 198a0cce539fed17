import { useTranslation } from 'react-i18next';

/**
 * Shown while the shell finds out who is signed in, or loads a page's code. Plain HTML and CSS (styles/plain.css):
 * it ships with the entry, before antd has loaded.
 */
export function FullPageSpinner() {
  const { t } = useTranslation();
  return (
    <div className="full-page-center" role="status" aria-live="polite">
      <div className="page-spinner">
        <span className="spinner spinner-large" aria-hidden />
        <span className="page-spinner-text">{t('common:state.loading')}</span>
      </div>
    </div>
  );
}
