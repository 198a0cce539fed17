import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The product's mark and name; links home. */
export function Brand({ collapsed, compact }: { collapsed?: boolean; compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <Link to="/" className={compact ? 'brand brand-compact' : 'brand'} title={t('layout:brand.home')}>
      <img src="/favicon.svg" alt={collapsed ? t('common:appName') : ''} width={28} height={28} />
      {collapsed ? null : (
        <span className="brand-text">
          <span className="brand-name">{t('common:appName')}</span>
          {compact ? null : <span className="brand-tagline">{t('layout:brand.tagline')}</span>}
        </span>
      )}
    </Link>
  );
}
