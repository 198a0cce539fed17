import type { FastifyRequest } from 'fastify';
import { hasAnywhere } from '../authz/access.js';
import { DomainError } from './errors.js';

/** What a route declares in `config.permissions`: the permissions that open it, or any signed-in caller. */
export type RoutePermissions = readonly string[] | 'any';

/**
 * The gate every signed-in request passes before its route reads the input. A route declares the permissions that
 * open it; a caller holding none of them anywhere (an API token: none of those it was given) is refused here, whatever
 * the route's own code would have checked or forgotten. Passing the gate decides nothing about a record: the use case
 * still asks for the permission at the record's node (404 outside what the caller sees, 403 inside).
 */
export function checkRoutePermissions(request: FastifyRequest): void {
  const needs = request.routeOptions.config.permissions;
  const actor = request.actor;
  if (!actor || !needs || needs === 'any' || actor.access.system) return;
  if (needs.some((p) => hasAnywhere(actor.access, p))) return;
  throw new DomainError('forbidden', 'auth.permission_required', `this needs one of the permissions: ${needs.join(', ')}`);
}

/**
 * Refuses, when the app is built, an API route that is neither public nor declares its permissions, or that names a
 * permission no module declares: every route is in the generated authorisation matrix the day it lands.
 */
export function checkRouteDeclaration(
  url: string,
  config: { public?: boolean; permissions?: RoutePermissions } | undefined,
  known: ReadonlySet<string>,
): void {
  if (!url.startsWith('/api/') || url.startsWith('/api/docs') || config?.public) return;
  const needs = config?.permissions;
  if (!needs || (needs !== 'any' && needs.length === 0))
    throw new Error(`route ${url}: declare the permissions that open it (config.permissions), or 'any', or make it public`);
  if (needs === 'any') return;
  const unknown = needs.filter((p) => !known.has(p));
  if (unknown.length) throw new Error(`route ${url}: no module declares the permission ${unknown.join(', ')}`);
}
