import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { isApiError } from '../../api/problem';
import type { Me } from '../../api/types';
import { setSessionEnd } from './session-events';

export const ME_KEY = ['me'] as const;

/** The signed-in user, or null when nobody is signed in (a 401 is an answer here, not an error). */
export const meQuery = queryOptions({
  queryKey: ME_KEY,
  queryFn: async (): Promise<Me | null> => {
    try {
      return await unwrap(api.GET('/api/auth/me'));
    } catch (e) {
      if (isApiError(e) && e.status === 401) {
        // Back the next morning with yesterday's cookie: say so on the sign-in page.
        if (e.code === 'auth.session_expired') setSessionEnd('expired');
        return null;
      }
      throw e;
    }
  },
  staleTime: 5 * 60_000,
});

export const useMeQuery = () => useQuery(meQuery);
