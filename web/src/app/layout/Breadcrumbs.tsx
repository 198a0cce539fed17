import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { entryOf } from './menu-items';

/**
 * Where the user is: home, the part of the app (from the menu), then the record a detail page
 * shows (its title). Nothing on the home page itself.
 */
export function Breadcrumbs({ pageTitle }: { pageTitle: string | null }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const entry = entryOf(pathname);
  if (pathname === '/' || !entry || entry.path === '/') return null;
  const onDetail = pathname !== entry.path && pageTitle !== null;
  const trail = [
    { path: '/', label: t('layout:menu.home') },
    { path: entry.path, label: t(entry.labelKey) },
    ...(onDetail ? [{ path: pathname, label: pageTitle }] : []),
  ];
  return (
    <nav aria-label={t('layout:breadcrumbs')} className="breadcrumbs">
      <ol>
        {trail.map((c, i) => (
          <li key={c.path}>{i < trail.length - 1 ? <Link to={c.path}>{c.label}</Link> : <span aria-current="page">{c.label}</span>}</li>
        ))}
      </ol>
    </nav>
  );
}
