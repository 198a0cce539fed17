import { Route, Routes } from 'react-router';
import { FEATURES } from '../features';
import { AntdProvider } from './AntdProvider';
import { FeatureTexts } from './FeatureTexts';
import { page, textsOf } from './feature';
import { AppLayout } from './layout/AppLayout';

const NotFoundPage = page(() => import('./NotFoundPage'), 'NotFoundPage');

/**
 * Every address behind sign-in: each feature's routes (web/src/features/index.ts) in the signed-in layout. Loaded
 * with the layout, so the feature list, its icons and menu never weigh on the sign-in page. A feature's public pages
 * (`publicRoutes`, e.g. the feedback form under /p/) stand beside the layout, so no sign-in is asked for them.
 * Each feature's routes wait for its texts (FeatureTexts); all of them for antd in the current language (AntdProvider).
 */
export function SignedInRoutes() {
  return (
    <AntdProvider>
      <Routes>
        {FEATURES.map((f) =>
          f.publicRoutes ? (
            <Route key={`public-${f.name}`} element={<FeatureTexts namespaces={textsOf(f)} />}>
              {f.publicRoutes}
            </Route>
          ) : null,
        )}
        <Route element={<AppLayout />}>
          {FEATURES.map((f) =>
            f.routes ? (
              <Route key={f.name} element={<FeatureTexts namespaces={textsOf(f)} />}>
                {f.routes}
              </Route>
            ) : null,
          )}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </AntdProvider>
  );
}
