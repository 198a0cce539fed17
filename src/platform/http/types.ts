import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Actor, AppDeps, UseCase } from '../context.js';
import { DomainError } from './errors.js';
import type { RoutePermissions } from './permission-gate.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user or API token behind the request; null when anonymous. */
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** Routes anyone may call without signing in (health, login, public notices). */
    public?: boolean;
    /**
     * Routes a user who must change their password may still call (their profile, the change
     * itself); every other route answers 403 `auth.password_change_required` until they do.
     */
    beforePasswordChange?: boolean;
    /**
     * The permissions that open the route (a caller holding none of them anywhere is refused 403
     * `auth.permission_required` before the route reads its input), or `'any'` for every signed-in caller (their own
     * things, lists that answer what the caller may see). Every route that is not public declares it.
     */
    permissions?: RoutePermissions;
  }
  interface FastifyInstance {
    deps: AppDeps;
  }
}

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** The use-case context of a signed-in request; 401 when nobody is signed in. */
export function contextOf(request: FastifyRequest): UseCase {
  if (!request.actor) throw new DomainError('unauthenticated', 'auth.required', 'sign in first');
  // the two names before the spread: added after it, V8 (Node 20) adds each the slow way (about 1 µs a name)
  return { actor: request.actor, requestId: String(request.id), ...request.server.deps };
}
