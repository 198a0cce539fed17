import { lazy, type ReactNode, Suspense, useEffect } from 'react';
import { Navigate, useLocation } from 'react-router';
import { queryClient } from '../query-client';
import { FullPageSpinner } from '../ui/FullPageSpinner';
import { ME_KEY, useMeQuery } from './me-query';
import { loginPath } from './next-path';
import { onSessionLost, sessionEnd, setSessionEnd } from './session-events';
import { MeContext } from './use-me';

// Its illustrations are heavy; the shell needs them only when /api/auth/me fails.
const QueryError = lazy(() => import('../ui/QueryError').then((m) => ({ default: m.QueryError })));

/** Shows its children to a signed-in user; anyone else goes to sign in, and comes back here after. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMeQuery();
  const location = useLocation();

  useEffect(
    () =>
      onSessionLost(() => {
        if (queryClient.getQueryData(ME_KEY)) setSessionEnd('expired');
        queryClient.setQueryData(ME_KEY, null);
      }),
    [],
  );

  if (me.isPending) return <FullPageSpinner />;
  if (me.isError) {
    return (
      <Suspense fallback={<FullPageSpinner />}>
        <QueryError error={me.error} onRetry={() => me.refetch()} />
      </Suspense>
    );
  }
  if (!me.data) {
    const end = sessionEnd();
    if (end === 'signed_out') return <Navigate to="/login" replace />;
    return <Navigate to={loginPath(location.pathname + location.search)} replace state={{ expired: end === 'expired' }} />;
  }
  return <MeContext value={me.data}>{children}</MeContext>;
}
