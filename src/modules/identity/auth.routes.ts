import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { errorResponses } from '../../platform/http/common.schemas.js';
import { DomainError } from '../../platform/http/errors.js';
import { type App, contextOf } from '../../platform/http/types.js';
import { clearSessionCookie, setSessionCookie } from './auth.hook.js';
import * as s from './identity.schemas.js';
import { me } from './me.service.js';
import * as sessions from './session.service.js';

const tags = ['sign-in'];
const ok = z.object({ ok: z.literal(true) });

export function authRoutes(app: App): void {
  const { max, maxPerAddress, windowMs } = app.deps.config.loginRateLimit;
  // Per address whatever the username: one guess at each of many accounts (a known demo password
  // tried on every user) is slowed as much as many guesses at one.
  // (a counter of our own beside the route's: the plugin runs one limiter per request)
  const addressCount = app.createRateLimit({ max: maxPerAddress, timeWindow: windowMs, keyGenerator: (req) => req.ip });
  const perAddress = async (req: FastifyRequest) => {
    const r = await addressCount(req);
    if (!r.isAllowed && r.isExceeded) {
      throw new DomainError('rate_limited', 'request.rate_limited', 'too many sign-in attempts from this address; wait a minute');
    }
  };
  app.post(
    '/api/auth/login',
    {
      preHandler: perAddress,
      config: {
        public: true,
        // Per address and username: slows guessing one account without locking everyone out.
        rateLimit: {
          max,
          timeWindow: windowMs,
          keyGenerator: (req) => `${req.ip}|${String((req.body as { username?: unknown })?.username ?? '').toLowerCase()}`,
        },
      },
      schema: {
        tags,
        summary: 'Sign in with username and password; sets the session cookie',
        body: s.loginBody,
        response: { 200: s.meSchema, ...errorResponses, 429: errorResponses[400] },
      },
    },
    async (req, reply) => {
      const session = await sessions.login(app.deps, req.body, String(req.id));
      setSessionCookie(reply, req, session.cookie, app.deps.config.sessionMaxHours * 3600);
      const resolved = await sessions.resolveSession(app.deps, session.cookie);
      if (!resolved || !('actor' in resolved)) throw new Error('session just created cannot be read');
      return me({ ...app.deps, actor: resolved.actor, requestId: String(req.id) });
    },
  );
  app.post(
    '/api/auth/logout',
    { config: { public: true }, schema: { tags, summary: 'Sign out', response: { 200: ok, ...errorResponses } } },
    async (req, reply) => {
      if (req.actor) await sessions.logout(contextOf(req), req.sessionHash);
      clearSessionCookie(reply);
      return { ok: true as const };
    },
  );
  app.get(
    '/api/auth/me',
    {
      config: { permissions: 'any', beforePasswordChange: true },
      schema: { tags, summary: 'The signed-in user, grants and menu abilities', response: { 200: s.meSchema, ...errorResponses } },
    },
    (req) => me(contextOf(req)),
  );
  app.post(
    '/api/auth/password',
    {
      config: { permissions: 'any', beforePasswordChange: true },
      schema: { tags, summary: 'Change one’s own password', body: s.changePasswordBody, response: { 200: ok, ...errorResponses } },
    },
    async (req) => {
      await sessions.changePassword(contextOf(req), req.sessionHash, req.body);
      return { ok: true as const };
    },
  );
}
