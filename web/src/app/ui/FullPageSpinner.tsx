import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown while the shell finds out who is signed in, or loads a page's code. */
export function FullPageSpinner() {
  const { t } = useTranslation();
  return (
    <div className="full-page-center" role="status" aria-live="polite">
      <Spin size="large" description={t('common:state.loading')} />
    </div>
  );
}
