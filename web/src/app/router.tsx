import { Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { page } from './feature';
import { RouteErrorBoundary } from './RouteErrorBoundary';
import { FullPageSpinner } from './ui/FullPageSpinner';

const LoginPage = page(() => import('./auth/LoginPage'), 'LoginPage');
const SignedInRoutes = page(() => import('./SignedInRoutes'), 'SignedInRoutes');

/**
 * The sign-in page, and everything else behind sign-in (app/SignedInRoutes.tsx, built from the feature list). Pages
 * a user's abilities do not include answer "not allowed" (an old or typed link), never a half-working page; the
 * server refuses the data anyway.
 */
export function AppRoutes() {
  return (
    <BrowserRouter>
      <RouteErrorBoundary>
        <Suspense fallback={<FullPageSpinner />}>
          <Routes>
            <Route path="/login" element={<LoginPage />} />
            <Route path="/*" element={<SignedInRoutes />} />
          </Routes>
        </Suspense>
      </RouteErrorBoundary>
    </BrowserRouter>
  );
}
