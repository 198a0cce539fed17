import type { ReactNode } from 'react';
import { usePageTitle } from './page-title';

/** A page's title (its one h1), a line under it, and its actions on the right (wrapping on a phone). */
export function PageHeader({ title, subtitle, extra }: { title: string; subtitle?: ReactNode; extra?: ReactNode }) {
  usePageTitle(title);
  return (
    <div className="page-header">
      <div className="page-header-text">
        <h1 className="page-title">{title}</h1>
        {subtitle ? <div className="page-subtitle">{subtitle}</div> : null}
      </div>
      {extra ? <div className="page-header-extra">{extra}</div> : null}
    </div>
  );
}
