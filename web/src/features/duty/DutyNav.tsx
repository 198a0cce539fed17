import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

const TABS = [
  { path: '/workstation/duty', key: 'roster' },
  { path: '/workstation/duty/today', key: 'today' },
  { path: '/workstation/duty/logs', key: 'logs' },
] as const;

/** The three pages of 值班备勤: the roster, today's duty and handover, past logs. */
export function DutyNav() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <nav aria-label={t('duty:nav.label')} className="duty-nav">
      <Segmented
        value={location.pathname.replace(/\/$/, '')}
        onChange={(v) => navigate(String(v))}
        options={TABS.map((tab) => ({ value: tab.path, label: t(`duty:nav.${tab.key}`) }))}
      />
    </nav>
  );
}
