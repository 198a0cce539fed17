import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/ui/PageHeader';

/** 护理团队: a placeholder of the contract, built by the part that owns it. */
export function TeamsPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('infusion:pages.TeamsPage')} />;
}
