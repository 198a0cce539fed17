import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError, SESSION_LOST_CODES } from '../api/problem';
import { sessionLost } from './auth/session-events';

/** A 401 from any call means the session is gone: the shell sends the user to sign in, then back. */
function onError(error: unknown): void {
  if (isApiError(error) && error.status === 401 && SESSION_LOST_CODES.has(error.code)) sessionLost(error.code);
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // A refusal (4xx) will not change on retry; a network hiccup or 5xx might.
      retry: (count, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});
