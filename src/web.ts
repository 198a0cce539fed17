import { DomainError } from './platform/http/errors.js';
import type { App } from './platform/http/types.js';

/** Answers unknown paths. The web shell (built SPA) is served from here once it exists. */
export async function webPlugin(app: App): Promise<void> {
  app.setNotFoundHandler(() => {
    throw new DomainError('not_found', 'route.not_found', 'no such route');
  });
}
