import { DownOutlined, RightOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMe } from '../auth/use-me';
import type { MenuGroup } from '../feature';
import { MenuIcon } from '../ui/MenuIcon';
import { entryOf, groupedEntries, type MenuEntry } from './menu-items';

const FOLDED_KEY = 'guanjia.menu.folded';

function readFolded(): MenuGroup[] {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(FOLDED_KEY) ?? '[]');
    return Array.isArray(v) ? v.filter((g): g is MenuGroup => typeof g === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * The main navigation, built only from what the server says this user may open, grouped by domain. Plain links
 * (not a menu widget): they open in a new tab, read well to screen readers, and keep the shell light. A group can
 * be folded away (remembered on this browser); the group of the page being shown always stays open.
 */
export function SideMenu({ collapsed, onNavigate }: { collapsed?: boolean; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const { pathname } = useLocation();
  const current = entryOf(pathname);
  const [folded, setFolded] = useState<MenuGroup[]>(readFolded);

  const toggle = (g: MenuGroup) => {
    const next = folded.includes(g) ? folded.filter((x) => x !== g) : [...folded, g];
    setFolded(next);
    try {
      localStorage.setItem(FOLDED_KEY, JSON.stringify(next));
    } catch {
      // private mode: the choice lasts for this page only
    }
  };

  const item = (e: MenuEntry) => {
    const label = t(e.labelKey);
    const here = e.key === current?.key;
    return (
      <li key={e.key}>
        <Link
          to={e.path}
          onClick={onNavigate}
          className={here ? 'nav-link nav-link-current' : 'nav-link'}
          aria-current={here ? 'page' : undefined}
          title={collapsed ? label : undefined}
          aria-label={collapsed ? label : undefined}
        >
          <span className="nav-icon" aria-hidden>
            <MenuIcon name={e.icon} />
          </span>
          {collapsed ? null : <span className="nav-label">{label}</span>}
        </Link>
      </li>
    );
  };

  return (
    <nav aria-label={t('layout:nav.main')} className={collapsed ? 'side-nav side-nav-collapsed' : 'side-nav'}>
      {groupedEntries(me).map(({ group, entries }) => {
        if (!group) {
          return (
            <ul key="top" className="nav-list">
              {entries.map(item)}
            </ul>
          );
        }
        if (collapsed) {
          return (
            <div key={group} className="nav-section">
              <hr className="nav-divider" />
              <ul className="nav-list" aria-label={t(`layout:groups.${group}`)}>
                {entries.map(item)}
              </ul>
            </div>
          );
        }
        const open = !folded.includes(group) || current?.group === group;
        const headingId = `nav-group-${group}`;
        return (
          <div key={group} className="nav-section">
            <button
              type="button"
              id={headingId}
              className="nav-group"
              aria-expanded={open}
              aria-controls={`${headingId}-list`}
              onClick={() => toggle(group)}
            >
              <span>{t(`layout:groups.${group}`)}</span>
              <span className="nav-group-chevron" aria-hidden>
                {open ? <DownOutlined /> : <RightOutlined />}
              </span>
            </button>
            <ul id={`${headingId}-list`} className="nav-list" aria-labelledby={headingId} hidden={!open}>
              {entries.map(item)}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}
