import { createContext, useContext } from 'react';
import type { Org } from '../../api/types';
import type { useOrgs } from './use-orgs';

export interface OrgScope {
  /** The node pages scope to: the URL's `?org=` when present, else the switcher's choice; null = all visible. */
  orgId: string | null;
  org: Org | null;
  /** The switcher's own choice (what a page falls back to when its URL names no node). */
  chosenOrgId: string | null;
  /** The URL names a node the user cannot see (or that does not exist). */
  urlOrgInvisible: boolean;
  select(id: string | null): void;
  orgs: ReturnType<typeof useOrgs>;
}

export const OrgScopeContext = createContext<OrgScope | null>(null);

export function useOrgScope(): OrgScope {
  const scope = useContext(OrgScopeContext);
  if (!scope) throw new Error('useOrgScope outside OrgScopeProvider');
  return scope;
}
