import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/ui/PageHeader';

/** The social-work assessments page; built by its part of issue 20. */
export function AssessmentsPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('socialwork:pages.AssessmentsPage')} />;
}
