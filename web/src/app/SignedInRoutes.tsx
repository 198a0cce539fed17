import { Fragment } from 'react';
import { Route, Routes } from 'react-router';
import { FEATURES } from '../features';
import { page } from './feature';
import { AppLayout } from './layout/AppLayout';

const NotFoundPage = page(() => import('./NotFoundPage'), 'NotFoundPage');

/**
 * Every address behind sign-in: each feature's routes (web/src/features/index.ts) in the signed-in layout. Loaded
 * with the layout, so the feature list, its icons and menu never weigh on the sign-in page.
 */
export function SignedInRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        {FEATURES.map((f) => (f.routes ? <Fragment key={f.name}>{f.routes}</Fragment> : null))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
