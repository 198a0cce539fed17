import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SwMethod } from './initiation-queries';

/** A3.3: casework, group work and community work are to be used together — a warning, never a refusal. */
export function MethodsWarning({ missing }: { missing: readonly SwMethod[] }) {
  const { t } = useTranslation();
  if (!missing.length) return null;
  const methods = missing.map((m) => t(`swInitiation:method.${m}`)).join(t('common:listSeparator'));
  return <Alert type="warning" showIcon className="sw-methods-warning" title={t('swInitiation:plan.methodsMissing', { methods })} />;
}
