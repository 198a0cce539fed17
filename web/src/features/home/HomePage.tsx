import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../app/auth/use-me';
import { allowedEntries } from '../../app/layout/menu-items';
import { useOrgScope } from '../../app/org-scope/org-scope';
import { PageHeader } from '../../app/ui/PageHeader';

/** The first page after sign-in: who I am here, my roles and where, and the parts of the app I may open. */
export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const scope = useOrgScope();
  const links = allowedEntries(me).filter((e) => e.descriptionKey);

  return (
    <>
      <PageHeader
        title={t('home:greeting', { name: me.user.displayName })}
        subtitle={t('home:subtitle', { tenant: me.tenant.name, org: me.user.orgName })}
      />
      <div className="home-grid">
        <section className="panel" aria-labelledby="home-roles">
          <h2 id="home-roles" className="card-heading">
            {t('home:roles.title')}
          </h2>
          {me.grants.length ? (
            <ul className="plain-list">
              {me.grants.map((g) => (
                <li key={g.id}>
                  <Tag color="blue">{t(`roles:builtin.${g.roleCode}`, { defaultValue: g.roleName })}</Tag>
                  <span>{t('home:roles.at', { org: g.orgName })}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('home:roles.none')}</p>
          )}
          {scope.org ? <p className="muted home-scope">{t('home:scope', { org: scope.org.name })}</p> : null}
        </section>
        <section className="panel" aria-labelledby="home-links">
          <h2 id="home-links" className="card-heading">
            {t('home:links.title')}
          </h2>
          {links.length ? (
            <div className="home-links">
              {links.map((e) => (
                <Link key={e.key} to={e.path} className="home-link">
                  <span className="home-link-icon" aria-hidden>
                    {e.icon}
                  </span>
                  <span>
                    <span className="home-link-name">{t(e.labelKey)}</span>
                    <span className="home-link-text">{t(e.descriptionKey!)}</span>
                  </span>
                </Link>
              ))}
            </div>
          ) : (
            <p>{t('home:links.none')}</p>
          )}
        </section>
      </div>
    </>
  );
}
