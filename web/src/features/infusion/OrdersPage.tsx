import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/ui/PageHeader';

/** 医嘱: a placeholder of the contract, built by the part that owns it. */
export function OrdersPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('infusion:pages.OrdersPage')} />;
}
