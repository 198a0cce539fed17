import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Active / deactivated, in colours that stay readable (AA contrast) at tag size. */
export function StatusTag({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return active ? (
    <Tag className="status-tag status-active">{t('common:status.active')}</Tag>
  ) : (
    <Tag className="status-tag status-inactive">{t('common:status.inactive')}</Tag>
  );
}
