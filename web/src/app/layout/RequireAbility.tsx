import { lazy, type ReactNode, Suspense } from 'react';
import { Outlet } from 'react-router';
import { useAbility } from '../auth/use-me';

const Forbidden = lazy(() => import('./Forbidden').then((m) => ({ default: m.Forbidden })));

/**
 * A part of the app the menu would not offer this user (a typed or old link) says so instead of
 * failing piecemeal. Wraps its children, or the nested routes.
 */
export function RequireAbility({ ability, children }: { ability: string; children?: ReactNode }) {
  const allowed = useAbility(ability);
  if (!allowed) {
    return (
      <Suspense fallback={null}>
        <Forbidden />
      </Suspense>
    );
  }
  return children ?? <Outlet />;
}
