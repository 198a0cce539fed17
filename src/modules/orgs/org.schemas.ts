import { z } from 'zod';
import { booleanQuery, code, name, reason, version } from '../../platform/http/common.schemas.js';
import { listQuery, pageOf } from '../../platform/http/list.js';
import { ORG_KINDS } from './org.types.js';

export const orgKind = z.enum(ORG_KINDS).describe('hq, company, centre, office, station or department');

export const orgSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable().describe('Parent node; null for the root (HQ)'),
  kind: orgKind,
  name: z.string(),
  code: z.string().nullable().describe('Short code people and the CLI use'),
  path: z.string().describe('Ids from the root down, `/root/…/self/`'),
  depth: z.number().int(),
  active: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({
    createChild: z.boolean(),
    rename: z.boolean(),
    move: z.boolean(),
    deactivate: z.boolean(),
    activate: z.boolean(),
  }),
});

export const orgListQuery = listQuery(['name', 'path', 'kind', 'createdAt'], {
  kind: orgKind.optional(),
  active: booleanQuery.optional(),
  parentId: z.uuid().optional(),
});
export const orgPage = pageOf(orgSchema);

export const createOrgBody = z.strictObject({
  parentId: z.uuid().describe('The node to add under'),
  kind: orgKind,
  name: name.describe('Name, e.g. 翠竹园管理处'),
  code: code.nullable().optional(),
});
export const renameOrgBody = z.strictObject({ name: name.optional(), code: code.nullable().optional(), version });
export const moveOrgBody = z.strictObject({ parentId: z.uuid().describe('The new parent'), version });
export const activeBody = z.strictObject({ reason: reason.optional() });
