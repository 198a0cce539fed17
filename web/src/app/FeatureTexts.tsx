import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { pendingTexts } from './i18n/i18n';

/**
 * The routes of one feature render once the whole texts they name are loaded (its namespaces and those it uses):
 * until then the page suspends (the layout shows its spinner), so no key is ever shown in place of a text.
 */
export function FeatureTexts({ namespaces }: { namespaces: readonly string[] }) {
  useTranslation(); // renders again when the language changes
  const pending = pendingTexts(namespaces);
  if (pending) use(pending);
  return <Outlet />;
}
