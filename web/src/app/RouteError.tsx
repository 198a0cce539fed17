import { useTranslation } from 'react-i18next';

/**
 * What a crashed page shows. The usual cause is a new version deployed while the tab was open (its
 * old code chunks are gone): reloading fetches the new one. Plain HTML: it ships with the entry, before antd.
 */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <div className="full-page-center">
      <div className="crash" role="alert">
        <h1>{t('common:state.crashTitle')}</h1>
        <p>{t('common:state.crashText')}</p>
        <button type="button" className="plain-button plain-button-primary" onClick={() => window.location.reload()}>
          {t('common:actions.reload')}
        </button>
      </div>
    </div>
  );
}
