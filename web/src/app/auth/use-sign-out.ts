import { useCallback } from 'react';
import { api, unwrap } from '../../api/client';
import { queryClient } from '../query-client';
import { ME_KEY } from './me-query';
import { setSessionEnd } from './session-events';

/** Ends the session on the server; the shell then shows the sign-in page (which forgets the rest of the cache). */
export function useSignOut() {
  return useCallback(async () => {
    try {
      await unwrap(api.POST('/api/auth/logout'));
    } finally {
      setSessionEnd('signed_out');
      queryClient.setQueryData(ME_KEY, null);
    }
  }, []);
}
