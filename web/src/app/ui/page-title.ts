import { createContext, useContext, useEffect } from 'react';

/** Lets a page name itself for the breadcrumbs and the browser tab (a record's name on a detail page). */
export const PageTitleContext = createContext<(title: string | null) => void>(() => {});

export function usePageTitle(title: string | null | undefined): void {
  const set = useContext(PageTitleContext);
  useEffect(() => {
    set(title ?? null);
    return () => set(null);
  }, [set, title]);
}
