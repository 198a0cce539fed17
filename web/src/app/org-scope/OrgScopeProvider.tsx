import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useMe } from '../auth/use-me';
import { type OrgScope, OrgScopeContext } from './org-scope';
import { useOrgs } from './use-orgs';

const storageKey = (userId: string) => `guanjia.org.${userId}`;

function readStored(userId: string): string | null {
  try {
    return localStorage.getItem(storageKey(userId));
  } catch {
    return null;
  }
}

function writeStored(userId: string, id: string | null): void {
  try {
    if (id) localStorage.setItem(storageKey(userId), id);
    else localStorage.removeItem(storageKey(userId));
  } catch {
    // private mode: the choice lasts for this visit only
  }
}

/**
 * The node the user works in, chosen in the header switcher. A page that scopes a list carries it
 * in the URL (`?org=`) so a link reproduces the view; otherwise the last choice on this browser
 * (per user) applies, else the user's own top node.
 */
export function OrgScopeProvider({ children }: { children: ReactNode }) {
  const me = useMe();
  const orgs = useOrgs();
  const [searchParams, setSearchParams] = useSearchParams();
  const [stored, setStored] = useState(() => readStored(me.user.id));
  const urlOrgId = searchParams.get('org');

  const select = useCallback(
    (id: string | null) => {
      setStored(id);
      writeStored(me.user.id, id);
      // A list scoped in its URL follows the switcher, back to its first page.
      if (searchParams.has('org')) {
        const next = new URLSearchParams(searchParams);
        if (id) next.set('org', id);
        else next.delete('org');
        next.delete('page');
        setSearchParams(next);
      }
    },
    [me.user.id, searchParams, setSearchParams],
  );

  // Opening a link that names a node makes it the working node, on every page after.
  const urlOrgVisible = Boolean(urlOrgId && orgs.byId.has(urlOrgId));
  useEffect(() => {
    if (urlOrgId && urlOrgVisible && urlOrgId !== stored) {
      setStored(urlOrgId);
      writeStored(me.user.id, urlOrgId);
    }
  }, [urlOrgId, urlOrgVisible, stored, me.user.id]);

  const value = useMemo<OrgScope>(() => {
    const visible = (id: string | null | undefined) => (id && orgs.byId.has(id) ? id : null);
    const fallback = orgs.tree.length === 1 ? (orgs.tree[0]?.org.id ?? null) : null;
    const chosen = visible(stored) ?? fallback;
    // An `?org=` the user cannot see is reported by the page (not silently replaced).
    const orgId = urlOrgId ? urlOrgId : chosen;
    return {
      orgId,
      org: orgId ? (orgs.byId.get(orgId) ?? null) : null,
      chosenOrgId: chosen,
      urlOrgInvisible: Boolean(urlOrgId) && orgs.isSuccess && !orgs.byId.has(urlOrgId ?? ''),
      select,
      orgs,
    };
  }, [orgs, stored, urlOrgId, select]);

  return <OrgScopeContext value={value}>{children}</OrgScopeContext>;
}
