import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePageTitle } from './ui/page-title';

/** An address inside the app that leads nowhere. */
export function NotFoundPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  usePageTitle(t('common:state.pageNotFound'));
  return (
    <Result
      status="404"
      title={t('common:state.pageNotFound')}
      subTitle={t('common:state.pageNotFoundText')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('common:actions.backHome')}
        </Button>
      }
    />
  );
}
