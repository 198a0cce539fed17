import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/ui/PageHeader';

/** 外院带药: a placeholder of the contract, built by the part that owns it. */
export function OutsideDrugsPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('infusion:pages.OutsideDrugsPage')} />;
}
