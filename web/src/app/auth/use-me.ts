import { createContext, useContext } from 'react';
import type { Me } from '../../api/types';

/** The signed-in user inside the shell (RequireAuth provides it, so it is never null there). */
export const MeContext = createContext<Me | null>(null);

export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe outside the signed-in shell');
  return me;
}

/** The menu and page abilities the server granted; the web never derives them itself. */
export function useAbility(name: string): boolean {
  return useMe().abilities[name] === true;
}
