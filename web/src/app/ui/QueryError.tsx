import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/problem';
import { errorText } from './error-text';

/**
 * The error state of a page or panel. A record outside the user's nodes answers 404 like one that
 * does not exist, so both read "not found or not yours".
 */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  if (isApiError(error) && error.status === 404) {
    return (
      <Result
        status="404"
        title={t('common:state.notFoundTitle')}
        subTitle={t('common:state.notFoundText')}
        extra={
          <Button type="primary" onClick={() => navigate('/')}>
            {t('common:actions.backHome')}
          </Button>
        }
      />
    );
  }
  if (isApiError(error) && error.status === 403) {
    return <Result status="403" title={t('common:state.forbiddenTitle')} subTitle={errorText(t, error)} />;
  }
  const requestId = isApiError(error) ? error.problem.requestId : undefined;
  return (
    <Result
      status="error"
      title={t('common:state.errorTitle')}
      subTitle={
        <>
          {errorText(t, error)}
          {requestId ? <div className="muted small">{t('common:state.requestId', { id: requestId })}</div> : null}
        </>
      }
      extra={onRetry ? <Button onClick={onRetry}>{t('common:actions.retry')}</Button> : null}
    />
  );
}
