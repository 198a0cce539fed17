import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMe } from '../auth/use-me';
import { allowedEntries, entryOf, type MenuEntry } from './menu-items';

/**
 * The main navigation, built only from what the server says this user may open. Plain links (not a
 * menu widget): they open in a new tab, read well to screen readers, and keep the shell light.
 */
export function SideMenu({ collapsed, onNavigate }: { collapsed?: boolean; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const { pathname } = useLocation();
  const entries = allowedEntries(me);
  const current = entryOf(pathname)?.key;
  const admin = entries.filter((e) => e.group === 'admin');

  const item = (e: MenuEntry) => {
    const label = t(e.labelKey);
    return (
      <li key={e.key}>
        <Link
          to={e.path}
          onClick={onNavigate}
          className={e.key === current ? 'nav-link nav-link-current' : 'nav-link'}
          aria-current={e.key === current ? 'page' : undefined}
          title={collapsed ? label : undefined}
          aria-label={collapsed ? label : undefined}
        >
          <span className="nav-icon" aria-hidden>
            {e.icon}
          </span>
          {collapsed ? null : <span className="nav-label">{label}</span>}
        </Link>
      </li>
    );
  };

  return (
    <nav aria-label={t('layout:nav.main')} className={collapsed ? 'side-nav side-nav-collapsed' : 'side-nav'}>
      <ul className="nav-list">{entries.filter((e) => !e.group).map(item)}</ul>
      {admin.length ? (
        <>
          {collapsed ? (
            <hr className="nav-divider" />
          ) : (
            <div className="nav-group" id="nav-group-admin">
              {t('layout:menu.adminGroup')}
            </div>
          )}
          <ul className="nav-list" aria-labelledby={collapsed ? undefined : 'nav-group-admin'}>
            {admin.map(item)}
          </ul>
        </>
      ) : null}
    </nav>
  );
}
