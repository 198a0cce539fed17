import { z } from 'zod';
import { exportLang } from '../../platform/export/route.js';
import { booleanQuery, name, reason, version } from '../../platform/http/common.schemas.js';
import { listQuery, pageOf } from '../../platform/http/list.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PASSWORD_RULE_TEXT } from './password.rules.js';

export const username = z
  .string()
  .trim()
  .min(2)
  .max(40)
  .regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, _ . - only')
  .describe('Sign-in name');
export const password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH)
  .describe(`New password: ${PASSWORD_RULE_TEXT}`);
const phone = z
  .string()
  .trim()
  .max(20)
  .regex(/^[0-9+\- ]*$/, 'digits only')
  .nullable()
  .describe('Phone number (reachable on duty)');

const licenceNo = z
  .string()
  .trim()
  .min(4)
  .max(40)
  .regex(/^[0-9A-Za-z-]+$/, 'letters, digits and - only')
  .nullable()
  .describe('执业证号: a physician’s licence number, needed to write a physician order (A5.2); null clears it');

export const loginBody = z.strictObject({
  tenant: z.string().trim().max(40).optional().describe('Organisation code; needed only when the server hosts several'),
  username: z.string().trim().min(1).max(40),
  password: z.string().min(1).max(128),
});

export const changePasswordBody = z.strictObject({ currentPassword: z.string().min(1).max(128), newPassword: password });

export const meSchema = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    phone: z.string().nullable(),
    orgId: z.string(),
    orgName: z.string(),
    mustChangePassword: z.boolean().describe('Set after an administrator reset: ask for a new password'),
  }),
  tenant: z.object({ id: z.string(), code: z.string(), name: z.string(), timeZone: z.string() }),
  grants: z.array(z.object({ id: z.string(), roleCode: z.string(), roleName: z.string(), orgId: z.string(), orgName: z.string() })),
  permissions: z.array(z.string()).describe('Permissions held at some node'),
  abilities: z.record(z.string(), z.boolean()).describe('Which parts of the app to show (the menu)'),
});

export const grantSchema = z.object({
  id: z.string(),
  userId: z.string(),
  roleId: z.string(),
  roleCode: z.string(),
  roleName: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  orgPath: z.string(),
  createdAt: z.string(),
});

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  phone: z.string().nullable(),
  licenceNo: z.string().nullable().describe('执业证号'),
  orgId: z.string(),
  orgName: z.string(),
  mustChangePassword: z.boolean(),
  active: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({
    update: z.boolean(),
    deactivate: z.boolean(),
    activate: z.boolean(),
    resetPassword: z.boolean(),
    grant: z.boolean(),
  }),
});
export const userDetailSchema = userSchema.extend({ grants: z.array(grantSchema) });
export const userPage = pageOf(userSchema);
export const userListQuery = listQuery(['username', 'displayName', 'createdAt', 'org'], {
  orgId: z.uuid().optional().describe('Only users at this node or below'),
  active: booleanQuery.optional(),
});

/** The users list's filters, search and sort without paging (the file holds every match), and the language. */
export const userExportQuery = userListQuery.omit({ page: true, pageSize: true }).extend({ lang: exportLang });

export const staffQuery = z.object({
  permission: z
    .string()
    .regex(/^[a-z][a-z0-9._-]*(,[a-z][a-z0-9._-]*)*$/)
    .describe('One permission code, or several separated by commas: people holding any of them'),
  scope: z
    .enum(['node', 'all'])
    .default('node')
    .describe('all: the active people of every node (A4.7 emergency dispatch); only for those who may assign orders at the node'),
});
export const staffList = z.object({
  items: z.array(z.object({ id: z.string(), username: z.string(), displayName: z.string(), orgName: z.string() })),
});

export const createUserBody = z.strictObject({
  username,
  displayName: name.describe('Name shown to others, e.g. 王芳'),
  phone: phone.optional(),
  licenceNo: licenceNo.optional(),
  orgId: z.uuid().describe('The node the user belongs to'),
  password: password.describe('Initial password; the user is asked to change it'),
});
export const updateUserBody = z.strictObject({
  displayName: name.optional(),
  phone: phone.optional(),
  licenceNo: licenceNo.optional(),
  orgId: z.uuid().optional(),
  version,
});
export const resetPasswordBody = z.strictObject({ newPassword: password });
export const reasonBody = z.strictObject({ reason: reason.optional() });
export const grantBody = z.strictObject({ roleId: z.uuid(), orgId: z.uuid().describe('The role holds at this node and below') });
export const grantParams = z.strictObject({ id: z.uuid(), grantId: z.uuid() });

export const roleSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  builtin: z.boolean().describe('Built-in roles follow the regulations and cannot be changed'),
  permissions: z.array(z.string()),
  abilities: z.object({ update: z.boolean() }),
});
export const createRoleBody = z.strictObject({
  code: z
    .string()
    .trim()
    .min(2)
    .max(40)
    .regex(/^[a-z][a-z0-9_]*$/, 'lower-case letters, digits and _'),
  name: name,
  permissions: z.array(z.string().max(80)).max(200),
});
export const updateRoleBody = z.strictObject({ name: name.optional(), permissions: z.array(z.string().max(80)).max(200).optional() });
export const permissionSchema = z.object({ code: z.string(), module: z.string(), description: z.string() });

export const tokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  permissions: z.array(z.string()),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export const createTokenBody = z.strictObject({
  name: name.describe('What the integration is'),
  permissions: z.array(z.string().max(80)).min(1).max(200),
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});
export const createdTokenSchema = tokenSchema.extend({ token: z.string().describe('Shown once: send as `Authorization: Bearer <token>`') });
