import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/ui/PageHeader';

/** 药品目录: a placeholder of the contract, built by the part that owns it. */
export function DrugsPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('infusion:pages.DrugsPage')} />;
}
