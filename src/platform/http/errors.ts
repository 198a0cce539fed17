import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';

/** The kinds of refusal a use case can give; each maps to one HTTP status, here and nowhere else. */
export type ErrorKind =
  | 'bad_request'
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'unprocessable'
  | 'too_large'
  | 'rate_limited';

const STATUS: Record<ErrorKind, number> = {
  bad_request: 400,
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unprocessable: 422,
  rate_limited: 429,
};

/** The HTTP status of a refusal kind (a batch answers each order's refusal with it). */
export const statusOf = (kind: ErrorKind): number => STATUS[kind];

const TITLE: Record<ErrorKind, string> = {
  bad_request: 'Bad request',
  invalid: 'Invalid input',
  unauthenticated: 'Sign-in required',
  forbidden: 'Not allowed',
  not_found: 'Not found',
  conflict: 'Conflict',
  too_large: 'Request too large',
  unprocessable: 'Cannot be done',
  rate_limited: 'Too many requests',
};

/** One problem with one input field; `field` is a dotted path (`items.0.price`). */
export interface FieldError {
  field: string;
  code: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    /** Stable, documented, dotted (`org.move_into_subtree`): clients branch on it, never on text. */
    readonly code: string,
    message: string,
    readonly errors: FieldError[] = [],
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new DomainError('not_found', `${what}.not_found`, `${what} not found`);
export const forbidden = (permission: string) => new DomainError('forbidden', 'auth.forbidden', `missing permission ${permission} here`);
export const fieldError = (kind: ErrorKind, code: string, field: string, message: string) =>
  new DomainError(kind, code, message, [{ field, code, message }]);

/** RFC 9457 problem details, with our stable `code` and per-field `errors`. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance: string;
  requestId: string;
  errors?: FieldError[];
}

function send(reply: FastifyReply, request: FastifyRequest, kind: ErrorKind, code: string, detail: string, errors: FieldError[] = []) {
  const status = STATUS[kind];
  const body: Problem = {
    type: `urn:guanjia:problem:${code}`,
    title: TITLE[kind],
    status,
    detail,
    code,
    instance: request.url.split('?')[0] ?? request.url,
    requestId: String(request.id),
  };
  if (errors.length) body.errors = errors;
  return reply.status(status).type('application/problem+json; charset=utf-8').send(body);
}

function validationErrors(error: FastifyError): FieldError[] {
  const where = (error as { validationContext?: string }).validationContext ?? 'body';
  const issues = (error.validation ?? []) as {
    keyword: string;
    instancePath: string;
    message?: string;
    params?: Record<string, unknown>;
  }[];
  const out: FieldError[] = [];
  for (const issue of issues) {
    const base = issue.instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.');
    const keys = issue.params?.keys;
    if (issue.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
      for (const k of keys)
        out.push({ field: base ? `${base}.${k}` : String(k), code: 'unknown_field', message: `unknown field in ${where}` });
    } else {
      // a refinement names its own code (`bidi_control`) in its params; zod calls them all `custom`
      const own = (issue.params?.params as { code?: unknown } | undefined)?.code;
      const code = issue.keyword === 'custom' && typeof own === 'string' ? own : issue.keyword;
      out.push({ field: base || where, code, message: issue.message ?? 'invalid' });
    }
  }
  return out;
}

/** The one error handler: every 4xx is problem+json with a stable code; 5xx hides internals. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DomainError) return send(reply, request, error.kind, error.code, error.message, error.errors);
    if (hasZodFastifySchemaValidationErrors(error)) {
      return send(reply, request, 'invalid', 'request.invalid', 'the request does not match its schema', validationErrors(error));
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, cause: error.cause }, 'response does not match its schema');
      return internal(reply, request);
    }
    const status = error.statusCode ?? 500;
    if (status === 413) return send(reply, request, 'too_large', 'request.too_large', 'the request body is too large');
    if (status === 415) return send(reply, request, 'bad_request', 'request.unsupported_media_type', 'send application/json');
    if (status === 429) return send(reply, request, 'rate_limited', 'request.rate_limited', 'too many attempts; wait a minute');
    if (status === 400) {
      const code = error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ? 'request.empty_body' : 'request.malformed';
      return send(reply, request, 'bad_request', code, 'the request body is not valid JSON');
    }
    if (status >= 400 && status < 500) return send(reply, request, 'bad_request', 'request.rejected', error.message);
    request.log.error({ err: error }, 'unhandled error');
    return internal(reply, request);
  });
}

/**
 * Refusals Fastify's router gives before any route runs (a path parameter over `maxParamLength`, a URL that does
 * not decode): problem+json like every other refusal, not Fastify's own JSON. Passed as `frameworkErrors`.
 */
export function frameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH')
    return send(reply, request, 'bad_request', 'request.param_too_long', 'a path parameter is longer than any record id');
  if (error.code === 'FST_ERR_BAD_URL') return send(reply, request, 'bad_request', 'request.bad_url', 'the URL does not decode');
  return send(reply, request, 'bad_request', 'request.rejected', error.message);
}

function internal(reply: FastifyReply, request: FastifyRequest) {
  return reply
    .status(500)
    .type('application/problem+json; charset=utf-8')
    .send({
      type: 'urn:guanjia:problem:internal',
      title: 'Internal error',
      status: 500,
      detail: 'internal error; the request id identifies it in the log',
      code: 'internal',
      instance: request.url.split('?')[0],
      requestId: String(request.id),
    });
}
