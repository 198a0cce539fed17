import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import Fastify, { LogController } from 'fastify';
import { jsonSchemaTransform, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../context.js';
import { pingDb } from '../db/dialect.js';
import { newId } from '../ids.js';
import { findControlCharacter } from '../text.js';
import { problemSchema } from './common.schemas.js';
import { DomainError, frameworkError, registerErrorHandler } from './errors.js';
import { checkRouteDeclaration, type RoutePermissions } from './permission-gate.js';
import { staticSecurityHeaders } from './security-headers.js';
import { createSerializerCompiler, OPENAPI_VERSION } from './serializer.js';
import type { App } from './types.js';

/**
 * A request id a load balancer or client may choose: short, of characters that are safe in a log
 * line, a header and the audit log. Anything else gets an id of our own.
 */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export interface RouteInfo {
  method: string;
  url: string;
  public: boolean;
  /** What the route declares in `config.permissions`; null for public routes and the API's own documents. */
  permissions: RoutePermissions | null;
}

export interface BuildOptions {
  deps: AppDeps;
  logger?: FastifyServerOptions['logger'];
  /** No line per request in the log (the summary log counts requests instead). */
  disableRequestLogging?: boolean;
  /** Told of every answer: its status and how long it took (the summary log's counter). */
  onAnswered?: (statusCode: number, ms: number) => void;
  /** Serves the web app and answers unknown non-API paths (the shell issue plugs in here). */
  web?: (app: App) => void | Promise<void>;
}

/** The security headers of every answer (helmet's defaults with this content security policy). */
const SECURITY_HEADERS = {
  contentSecurityPolicy: {
    // no upgrade-insecure-requests: an office server is often reached over plain http on its LAN
    directives: {
      'img-src': ["'self'", 'data:', 'blob:'],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'upgrade-insecure-requests': null,
    },
  },
};
/** Those headers, read from helmet once: the same on every answer. */
const securityHeaders = staticSecurityHeaders(SECURITY_HEADERS);

/** What every answer carries besides the security headers: its request id, and no caching of what the API answers. */
function answerHeaders(request: FastifyRequest, reply: FastifyReply) {
  reply.header('x-request-id', request.id);
  // API answers carry owners' names, phones and addresses: no cache (shared or the browser's) keeps them
  if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
}

/** Builds the HTTP app: conventions first (errors, security, OpenAPI), then the modules. */
export async function buildApp(options: BuildOptions): Promise<App & { routeTable: RouteInfo[] }> {
  const app = Fastify({
    logger: options.logger ?? false,
    ...(options.disableRequestLogging ? { logController: new LogController({ disableRequestLogging: true }) } : {}),
    bodyLimit: 1024 * 1024,
    // read x-request-id here rather than through requestIdHeader, which takes any value as it is
    requestIdHeader: false,
    genReqId: (req) => {
      const sent = req.headers['x-request-id'];
      return typeof sent === 'string' && SAFE_REQUEST_ID.test(sent) ? sent : newId();
    },
    trustProxy: options.deps.config.trustProxy,
    routerOptions: { maxParamLength: 200 },
    // HEAD is answered by the GET route (RFC 9110 §9.3.2: its headers without the body, which Node's response withholds
    // from a HEAD request by itself), not by a HEAD route made for each GET: about 450 routes fewer, 2.3 MB of an idle
    // server's heap. The request's method is GET from routing on (hooks and the log see GET).
    exposeHeadRoutes: false,
    rewriteUrl: (req) => {
      if (req.method === 'HEAD') req.method = 'GET';
      return req.url ?? '/';
    },
    // the router refuses some URLs before any hook runs: the security headers are set here for those answers
    frameworkErrors: (error, request, reply) => {
      reply.headers(securityHeaders);
      answerHeaders(request, reply);
      return frameworkError(error, request, reply);
    },
  }).withTypeProvider<ZodTypeProvider>();

  const routeTable: RouteInfo[] = [];
  const permissionCodes = new Set(options.deps.modules.permissionCodes);
  app.addHook('onRoute', (r) => {
    checkRouteDeclaration(r.url, r.config, permissionCodes);
    const methods = Array.isArray(r.method) ? r.method : [r.method];
    const permissions = r.config?.permissions ?? null;
    for (const m of methods) if (m !== 'HEAD') routeTable.push({ method: m, url: r.url, public: Boolean(r.config?.public), permissions });
  });

  app.decorate('deps', options.deps);
  app.setValidatorCompiler(validatorCompiler);
  // every route's error answers are problem details: one writer for them all
  app.setSerializerCompiler(createSerializerCompiler(options.deps.config.responseSerializer, [problemSchema]));
  registerErrorHandler(app);
  refuseControlCharacters(app);
  const answered = options.onAnswered;
  if (answered) app.addHook('onResponse', async (_req, reply) => answered(reply.statusCode, reply.elapsedTime));
  app.addHook('onSend', (request, reply, payload, done) => {
    answerHeaders(request, reply);
    done(null, payload);
  });

  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(securityHeaders);
    done();
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false, hook: 'preHandler' });
  await app.register(swagger, {
    openapi: {
      openapi: OPENAPI_VERSION,
      info: {
        title: 'Guanjia (管家) API',
        version: '0.1.0',
        description: 'Service management built from written regulations. Errors are RFC 9457 problem+json with a stable `code`.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'gj_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
  app.get(
    '/api/health',
    {
      config: { public: true },
      schema: {
        tags: ['platform'],
        summary: 'Liveness and database engine',
        response: { 200: z.object({ status: z.literal('ok'), db: z.enum(['sqlite', 'postgres']) }) },
      },
    },
    async () => {
      await pingDb(app.deps.db);
      return { status: 'ok' as const, db: app.deps.engine };
    },
  );

  // each module's hooks and routes, in the order of the module list (handed in with the deps: the platform imports no module)
  for (const module of options.deps.modules.modules) module.routes?.(app);
  if (options.web) await options.web(app);
  else {
    app.setNotFoundHandler(() => {
      throw new DomainError('not_found', 'route.not_found', 'no such route');
    });
  }
  return Object.assign(app, { routeTable });
}

/**
 * Every string of every request — body, query and path, at any depth — is checked before its schema:
 * a control character (a NUL above all, which PostgreSQL cannot store) answers 400 with the field,
 * whatever the route's own schema says.
 */
function refuseControlCharacters(app: App): void {
  app.addHook('preValidation', async (request) => {
    const parts = [
      ['body', request.body],
      ['querystring', request.query],
      ['params', request.params],
    ] as const;
    for (const [where, value] of parts) {
      const field = findControlCharacter(value, where);
      if (field === null) continue;
      const message = 'control characters (such as NUL) are not allowed; tabs and line breaks are';
      throw new DomainError('invalid', 'request.invalid', 'the request holds a control character', [
        { field, code: 'control_character', message },
      ]);
    }
  });
}
