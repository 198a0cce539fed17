import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** Inside the shell while a page's code loads: the menu and header stay. */
export function PageSpinner() {
  const { t } = useTranslation();
  return (
    <div className="page-spinner" role="status" aria-live="polite">
      <Spin description={t('common:state.loading')} />
    </div>
  );
}
