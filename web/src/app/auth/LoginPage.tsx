import CloseCircleFilled from '@ant-design/icons-svg/es/asn/CloseCircleFilled';
import ExclamationCircleFilled from '@ant-design/icons-svg/es/asn/ExclamationCircleFilled';
import EyeInvisibleOutlined from '@ant-design/icons-svg/es/asn/EyeInvisibleOutlined';
import EyeOutlined from '@ant-design/icons-svg/es/asn/EyeOutlined';
import LockOutlined from '@ant-design/icons-svg/es/asn/LockOutlined';
import UserOutlined from '@ant-design/icons-svg/es/asn/UserOutlined';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { isApiError } from '../../api/problem';
import { LanguageToggle } from '../i18n/LanguageToggle';
import { queryClient } from '../query-client';
import { errorText } from '../ui/error-text';
import { PlainIcon } from '../ui/PlainIcon';
import { LoginField } from './LoginField';
import { ME_KEY, useMeQuery } from './me-query';
import { safeNext } from './next-path';
import { setSessionEnd } from './session-events';

type Field = 'username' | 'password' | 'tenant';

/**
 * Sign in; then back to the page the user was sent away from (`?next=`). This page is the first thing anyone loads,
 * so it is plain HTML in antd's look (styles/plain.css) with no component library or form engine; the zod limits it
 * shares with the server load at the first submit.
 */
export function LoginPage() {
  const { t } = useTranslation();
  const me = useMeQuery();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [values, setValues] = useState<Record<Field, string>>({ username: '', password: '', tenant: '' });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [needTenant, setNeedTenant] = useState(false);
  const [showPassword, setShowPassword] = useState(false);
  const expired = (location.state as { expired?: boolean } | null)?.expired === true;

  // Whoever used this browser before: nothing of theirs stays cached once the sign-in page shows.
  useEffect(() => {
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
  }, []);

  if (me.data) return <Navigate to={next} replace />;

  const set = (field: Field, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setFieldErrors((e) => ({ ...e, [field]: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const [{ loginSchema }, { issueText }] = await Promise.all([import('./auth.schemas'), import('../ui/zod-rule')]);
    const parsed = loginSchema.safeParse({ ...values, tenant: needTenant ? values.tenant : undefined });
    if (!parsed.success) {
      setFieldErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), issueText(i, t)])));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const { username, password, tenant } = parsed.data;
      const signedIn = await unwrap(api.POST('/api/auth/login', { body: { username, password, ...(tenant ? { tenant } : {}) } }));
      setSessionEnd(null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
      queryClient.setQueryData(ME_KEY, signedIn);
      navigate(next, { replace: true });
    } catch (e) {
      if (isApiError(e) && e.code === 'auth.tenant_required') setNeedTenant(true);
      setError(errorText(t, e));
      setValues((v) => ({ ...v, password: '' }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="login-page">
      <aside className="login-hero" aria-label={t('common:appName')}>
        <div className="login-hero-inner">
          <img src="/favicon.svg" alt="" width={56} height={56} />
          <div className="login-hero-name">{t('common:appName')}</div>
          <p className="login-hero-tagline">{t('auth:hero.tagline')}</p>
          <ul className="login-hero-points">
            <li>{t('auth:hero.point1')}</li>
            <li>{t('auth:hero.point2')}</li>
            <li>{t('auth:hero.point3')}</li>
          </ul>
        </div>
      </aside>
      <main className="login-main">
        <div className="login-toolbar">
          <LanguageToggle />
        </div>
        <div className="login-panel">
          <div className="login-brand-mobile">
            <img src="/favicon.svg" alt="" width={40} height={40} />
            <span>{t('common:appName')}</span>
          </div>
          <h1 className="login-title">{t('auth:login.title')}</h1>
          <p className="login-subtitle">{t('auth:login.subtitle')}</p>
          {expired ? <Notice kind="warning" text={t('auth:login.expired')} /> : null}
          {error ? <Notice kind="error" text={error} /> : null}
          <form onSubmit={submit} noValidate>
            {needTenant ? (
              <LoginField
                id="login-tenant"
                label={t('auth:login.tenant')}
                help={t('auth:login.tenantHelp')}
                error={fieldErrors.tenant}
                value={values.tenant}
                onChange={(v) => set('tenant', v)}
                autoComplete="organization"
              />
            ) : null}
            <LoginField
              id="login-username"
              label={t('auth:login.username')}
              error={fieldErrors.username}
              icon={UserOutlined}
              value={values.username}
              onChange={(v) => set('username', v)}
              autoComplete="username"
              autoCapitalize="off"
              spellCheck={false}
              autoFocus
            />
            <LoginField
              id="login-password"
              label={t('auth:login.password')}
              error={fieldErrors.password}
              icon={LockOutlined}
              type={showPassword ? 'text' : 'password'}
              value={values.password}
              onChange={(v) => set('password', v)}
              autoComplete="current-password"
              after={
                <button
                  type="button"
                  className="plain-icon-button"
                  aria-pressed={showPassword}
                  aria-label={t('auth:login.showPassword')}
                  onClick={() => setShowPassword((shown) => !shown)}
                >
                  <PlainIcon icon={showPassword ? EyeOutlined : EyeInvisibleOutlined} />
                </button>
              }
            />
            <button type="submit" className="plain-button plain-button-primary plain-button-large plain-button-block" aria-busy={busy}>
              {busy ? <span className="spinner" aria-hidden /> : null}
              {t('auth:login.submit')}
            </button>
          </form>
          <p className="login-help">{t('auth:login.help')}</p>
        </div>
        <footer className="login-footer">{t('auth:login.footer')}</footer>
      </main>
    </div>
  );
}

/** A notice above the form, read out at once: an error, or a warning (the session that ended). */
function Notice({ kind, text }: { kind: 'error' | 'warning'; text: string }) {
  return (
    <div className={`plain-alert plain-alert-${kind} login-alert`} role="alert">
      <PlainIcon icon={kind === 'error' ? CloseCircleFilled : ExclamationCircleFilled} />
      <span>{text}</span>
    </div>
  );
}
