import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/ui/PageHeader';

/** 患者详情: a placeholder of the contract, built by the part that owns it. */
export function PatientPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('infusion:pages.PatientPage')} />;
}
