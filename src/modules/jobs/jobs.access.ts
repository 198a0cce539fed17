import { authorize } from '../../platform/authz/guard.js';
import type { UseCase } from '../../platform/context.js';
import { notFound } from '../../platform/http/errors.js';
import { rootOrg } from '../orgs/org.service.js';

async function rootPath(ctx: UseCase): Promise<string> {
  const root = await rootOrg(ctx);
  if (!root) throw notFound('job');
  return root.path;
}

/** Jobs are tenant-wide: reading and managing them needs the permission at the root. */
export async function authorizeRoot(ctx: UseCase, permission: string): Promise<string> {
  const path = await rootPath(ctx);
  authorize(ctx.actor.access, permission, path, 'job');
  return path;
}
