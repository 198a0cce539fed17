import { Fragment } from 'react';
import { Route, Routes } from 'react-router';
import { FEATURES } from '../features';
import { page } from './feature';
import { AppLayout } from './layout/AppLayout';

const NotFoundPage = page(() => import('./NotFoundPage'), 'NotFoundPage');

/**
 * Every address behind sign-in: each feature's routes (web/src/features/index.ts) in the signed-in layout. Loaded
 * with the layout, so the feature list, its icons and menu never weigh on the sign-in page. A feature's public pages
 * (`publicRoutes`, e.g. the feedback form under /p/) stand beside the layout, so no sign-in is asked for them.
 */
export function SignedInRoutes() {
  return (
    <Routes>
      {FEATURES.map((f) => (f.publicRoutes ? <Fragment key={`public-${f.name}`}>{f.publicRoutes}</Fragment> : null))}
      <Route element={<AppLayout />}>
        {FEATURES.map((f) => (f.routes ? <Fragment key={f.name}>{f.routes}</Fragment> : null))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
