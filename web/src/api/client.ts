import createClient from 'openapi-fetch';
import { ApiError } from './problem';
import type { paths } from './schema';

/** The typed API client; paths, parameters and bodies come from the server's OpenAPI document. */
export const api = createClient<paths>({ baseUrl: '' });

api.use({
  onRequest({ request }) {
    if (request.method === 'GET' || request.method === 'HEAD') return request;
    // The server refuses writes without this header: a cross-site form can never send it.
    request.headers.set('x-guanjia-csrf', '1');
    if (request.body !== null) return request;
    // Every write is JSON, even one with nothing to say (sign out, revoke): the server expects {}.
    request.headers.set('content-type', 'application/json');
    return new Request(request, { body: '{}' });
  },
});

let refusalTexts: () => Promise<unknown> = () => Promise.resolve();

/**
 * How the app loads the words of every refusal (`errors:<code>`, not among the texts of the first render): a refusal
 * is thrown only once they are loaded, so whoever catches it can say it in words, on any page.
 */
export function loadRefusalTextsWith(load: () => Promise<unknown>): void {
  refusalTexts = load;
}

/** The ApiError for a refused or failed response, once the refusals' words are loaded (or could not be). */
export async function refusal(response: Response | undefined, body: unknown): Promise<ApiError> {
  await refusalTexts().catch(() => undefined);
  return ApiError.from(response, body);
}

/** Awaits a client call and returns its data, or throws an ApiError carrying the problem details. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw await refusal(undefined, undefined);
  }
  if (result.error !== undefined || !result.response.ok) throw await refusal(result.response, result.error);
  return result.data as T;
}
