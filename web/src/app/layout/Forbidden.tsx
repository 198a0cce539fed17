import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../ui/page-title';

/** The page a user's roles do not include. */
export function Forbidden() {
  const { t } = useTranslation();
  usePageTitle(t('common:state.forbiddenTitle'));
  return <Result status="403" title={t('common:state.forbiddenTitle')} subTitle={t('common:state.forbiddenPage')} />;
}
