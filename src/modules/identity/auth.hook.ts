import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../platform/http/errors.js';
import { checkRoutePermissions } from '../../platform/http/permission-gate.js';
import type { App } from '../../platform/http/types.js';
import { resolveSession, resolveToken, SESSION_COOKIE } from './session.service.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Hash of the session behind the request (for logout and password change). */
    sessionHash: string | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-guanjia-csrf';

/**
 * A browser sends cookies on cross-site requests; it never sends a custom header cross-site without
 * CORS, which we do not allow. So every mutating request not carrying a bearer token must carry the
 * header, and an `Origin`, when present, must be our own.
 */
function checkCsrf(request: FastifyRequest): void {
  if (SAFE_METHODS.has(request.method)) return;
  if (request.headers[CSRF_HEADER] !== '1') {
    throw new DomainError('forbidden', 'auth.csrf', `mutating requests need the header ${CSRF_HEADER}: 1`);
  }
  const origin = request.headers.origin;
  if (origin && origin !== 'null') {
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      throw new DomainError('forbidden', 'auth.csrf', 'bad Origin header');
    }
    if (host !== request.headers.host) throw new DomainError('forbidden', 'auth.csrf', 'cross-site request refused');
  }
}

export function setSessionCookie(reply: FastifyReply, request: FastifyRequest, value: string, maxAgeSeconds: number): void {
  reply.setCookie(SESSION_COOKIE, value, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: request.server.deps.config.secureCookies || request.protocol === 'https',
    maxAge: maxAgeSeconds,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/**
 * A user whose password was reset by an administrator may do nothing but set a new one (and read
 * their profile, sign out) — whatever client they use, the web app or the API, a session or a token.
 */
function checkPasswordChange(request: FastifyRequest): void {
  const config = request.routeOptions.config;
  if (!request.actor?.mustChangePassword || config.public || config.beforePasswordChange) return;
  throw new DomainError('forbidden', 'auth.password_change_required', 'change your password first (POST /api/auth/password)');
}

/**
 * Identifies the caller of every request (session cookie or API token) before any route runs, and before the
 * request's input is validated: a caller the route is not open to learns nothing of its schema.
 */
export function registerAuthHook(app: App): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionHash', null);
  app.addHook('preValidation', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    const auth = request.headers.authorization;
    if (auth?.startsWith('Bearer ')) {
      request.actor = await resolveToken(app.deps, auth.slice(7).trim());
      if (!request.actor) throw new DomainError('unauthenticated', 'auth.invalid_token', 'the API token is not valid');
      checkPasswordChange(request);
      checkRoutePermissions(request);
      return;
    }
    checkCsrf(request);
    const cookie = request.cookies[SESSION_COOKIE];
    if (!cookie) return;
    const resolved = await resolveSession(app.deps, cookie);
    if (resolved && 'actor' in resolved) {
      request.actor = resolved.actor;
      request.sessionHash = resolved.tokenHash;
      checkPasswordChange(request);
      checkRoutePermissions(request);
    } else {
      clearSessionCookie(reply);
      if (resolved && !request.routeOptions.config.public) {
        throw new DomainError('unauthenticated', 'auth.session_expired', 'your session has expired; sign in again');
      }
    }
  });
}
