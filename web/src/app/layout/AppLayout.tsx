import { MenuFoldOutlined, MenuOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Grid } from 'antd';
import { lazy, type ReactNode, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';
import { useMe } from '../auth/use-me';
import { OrgScopeProvider } from '../org-scope/OrgScopeProvider';
import { RouteErrorBoundary } from '../RouteErrorBoundary';
import { PageSpinner } from '../ui/PageSpinner';
import { PageTitleContext } from '../ui/page-title';
import { keepScrollRegionsFocusable } from '../ui/scroll-regions';
import { ToastProvider } from '../ui/toast';
import { Brand } from './Brand';
import { Breadcrumbs } from './Breadcrumbs';
import { LanguageSwitch } from './LanguageSwitch';
import { NotificationArea } from './NotificationArea';
import { OrgSwitcher } from './OrgSwitcher';
import { SideMenu } from './SideMenu';
import { UserMenu } from './UserMenu';

// Loaded when first needed: the phone's menu drawer, and the password dialog.
const NavDrawer = lazy(() => import('./NavDrawer').then((m) => ({ default: m.NavDrawer })));
const ChangePasswordDialog = lazy(() => import('../auth/ChangePasswordDialog').then((m) => ({ default: m.ChangePasswordDialog })));

/** The signed-in shell: menu, header tools, breadcrumbs and the page. */
export function AppLayout() {
  return (
    <RequireAuth>
      <ToastProvider>
        <PasswordFirst>
          <OrgScopeProvider>
            <Shell />
          </OrgScopeProvider>
        </PasswordFirst>
      </ToastProvider>
    </RequireAuth>
  );
}

/**
 * After an administrator reset the server answers nothing but the password change (403
 * auth.password_change_required), so the shell and its pages wait: only the dialog shows until the
 * new password is set, then everything loads afresh.
 */
function PasswordFirst({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  if (!me.user.mustChangePassword) return children;
  return (
    <div className="app-layout">
      <div className="app-main">
        <header className="app-header">
          <Brand compact />
          <div className="app-header-tools">
            <LanguageSwitch />
          </div>
        </header>
        <main id="main" className="app-content" tabIndex={-1}>
          <h1 className="sr-only">{t('auth:password.mustChangeTitle')}</h1>
        </main>
      </div>
      <Suspense fallback={<PageSpinner />}>
        <ChangePasswordDialog open forced onClose={() => undefined} />
      </Suspense>
    </div>
  );
}

function Shell() {
  const { t } = useTranslation();
  // Until the first measurement, assume a desk (no flash of the phone layout on a PC).
  const phone = Grid.useBreakpoint().md === false;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [passwordOpen, setPasswordOpen] = useState(false);
  const [pageTitle, setPageTitle] = useState<string | null>(null);
  const location = useLocation();

  useEffect(() => {
    if (!phone) setDrawerOpen(false);
  }, [phone]);
  useEffect(() => keepScrollRegionsFocusable(document.body), []);
  useEffect(() => {
    const name = t('common:appName');
    document.title = pageTitle ? `${pageTitle} · ${name}` : name;
  }, [pageTitle, t]);

  return (
    <PageTitleContext value={setPageTitle}>
      <a className="skip-link" href="#main">
        {t('layout:skipToContent')}
      </a>
      <div className="app-layout">
        {phone ? null : (
          <aside className={collapsed ? 'app-sider app-sider-collapsed' : 'app-sider'}>
            <div className="app-sider-inner">
              <Brand collapsed={collapsed} />
              <SideMenu collapsed={collapsed} />
            </div>
          </aside>
        )}
        <div className="app-main">
          <header className="app-header">
            {phone ? (
              <>
                <Button
                  type="text"
                  icon={<MenuOutlined aria-hidden />}
                  aria-label={t('layout:nav.open')}
                  onClick={() => setDrawerOpen(true)}
                />
                <Brand compact />
              </>
            ) : (
              <Button
                type="text"
                icon={collapsed ? <MenuUnfoldOutlined aria-hidden /> : <MenuFoldOutlined aria-hidden />}
                aria-label={collapsed ? t('layout:nav.expand') : t('layout:nav.collapse')}
                aria-expanded={!collapsed}
                onClick={() => setCollapsed((c) => !c)}
              />
            )}
            <div className="app-header-tools">
              {phone ? null : <OrgSwitcher />}
              <NotificationArea />
              <LanguageSwitch compact={phone} />
              <UserMenu compact={phone} onChangePassword={() => setPasswordOpen(true)} />
            </div>
          </header>
          {phone ? (
            <div className="scope-bar">
              <OrgSwitcher block />
            </div>
          ) : null}
          <main id="main" className="app-content" tabIndex={-1}>
            <Breadcrumbs pageTitle={pageTitle} />
            <RouteErrorBoundary resetKey={location.pathname}>
              <Suspense fallback={<PageSpinner />}>
                <Outlet />
              </Suspense>
            </RouteErrorBoundary>
          </main>
        </div>
      </div>
      <Suspense fallback={null}>
        {phone && drawerOpen ? <NavDrawer open onClose={() => setDrawerOpen(false)} /> : null}
        {passwordOpen ? <ChangePasswordDialog open forced={false} onClose={() => setPasswordOpen(false)} /> : null}
      </Suspense>
    </PageTitleContext>
  );
}
