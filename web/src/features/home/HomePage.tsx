import { useQuery } from '@tanstack/react-query';
import { Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../app/auth/use-me';
import { allowedEntries } from '../../app/layout/menu-items';
import { useOrgScope } from '../../app/org-scope/org-scope';
import { errorText } from '../../app/ui/error-text';
import { MenuIcon } from '../../app/ui/MenuIcon';
import { PageHeader } from '../../app/ui/PageHeader';
import { PageSpinner } from '../../app/ui/PageSpinner';
import { KeyFigures } from './KeyFigures';
import { TodoCards } from './TodoCards';
import { workbenchQuery } from './workbench-query';

/**
 * The workbench, the first page after sign-in: the caller's to-dos from every module with counts and links, key
 * figures for heads of office and HQ, then who I am here and the parts of the app I may open.
 */
export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const scope = useOrgScope();
  const bench = useQuery(workbenchQuery());
  const links = allowedEntries(me).filter((e) => e.descriptionKey);

  return (
    <>
      <PageHeader
        title={t('home:greeting', { name: me.user.displayName })}
        subtitle={t('home:subtitle', { tenant: me.tenant.name, org: me.user.orgName })}
      />
      <section className="panel home-todos" aria-labelledby="home-todos" aria-busy={bench.isPending}>
        <h2 id="home-todos" className="card-heading">
          {t('home:todos.title')}
        </h2>
        {bench.isPending ? <PageSpinner /> : null}
        {bench.isError ? (
          // a plain line, not the full error page: the rest of the home page still works
          <p role="alert">
            {errorText(t, bench.error)}{' '}
            <Button size="small" onClick={() => bench.refetch()}>
              {t('common:actions.retry')}
            </Button>
          </p>
        ) : null}
        {bench.data ? <TodoCards todos={bench.data.todos} /> : null}
      </section>
      {bench.data?.figures.length ? (
        <section className="panel home-figures" aria-labelledby="home-figures">
          <h2 id="home-figures" className="card-heading">
            {t('home:figures.title')}
          </h2>
          <KeyFigures figures={bench.data.figures} />
        </section>
      ) : null}
      <div className="home-grid">
        <section className="panel" aria-labelledby="home-roles">
          <h2 id="home-roles" className="card-heading">
            {t('home:roles.title')}
          </h2>
          {me.grants.length ? (
            <ul className="plain-list">
              {me.grants.map((g) => (
                <li key={g.id}>
                  <Tag color="blue">{t(`roles:builtin.${g.roleCode}`, { defaultValue: g.roleName })}</Tag>{' '}
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
                    <MenuIcon name={e.icon} />
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
