import { z } from 'zod';
import { nameText, version } from '../../platform/http/common.schemas.js';
import { PROJECT_STATES } from './socialwork.types.js';

export const projectState = z.enum(PROJECT_STATES).describe('initiating 立项中, running 实施中, closing 结项中, closed 已结项');

export const projectAbilitiesSchema = z.object({
  execute: z.boolean().describe('socialwork.execute at the project’s node: the executor’s work'),
  approve: z.boolean().describe('socialwork.approve: the organisation head’s approvals'),
  supervise: z.boolean().describe('socialwork.supervise: the supervisor’s work'),
  assess: z.boolean(),
  ethics: z.boolean(),
});

export const projectSchema = z.object({
  id: z.string(),
  orgId: z.string().describe('The centre or station running the project'),
  orgName: z.string(),
  number: z.string().describe('XM-2026-0001'),
  title: z.string(),
  executorId: z.string(),
  executorName: z.string(),
  supervisorId: z.string(),
  supervisorName: z.string(),
  state: projectState,
  startedAt: z.string().nullable(),
  summary: z.string().nullable(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  abilities: projectAbilitiesSchema,
});

export const projectListQuery = z.strictObject({
  orgId: z.uuid().optional().describe('Only projects of this node and below'),
  state: projectState.optional(),
  q: z.string().trim().max(100).optional().describe('Part of the number or title'),
});
export const projectList = z.object({ items: z.array(projectSchema) });

export const projectCreateBody = z.strictObject({
  orgId: z.uuid().describe('The centre or station that runs it'),
  title: nameText(100),
  executorId: z.uuid().describe('The social worker responsible (项目执行人)'),
  supervisorId: z.uuid().describe('The project supervisor (项目督导)'),
});

export const projectEditBody = z.strictObject({
  version,
  title: nameText(100),
  executorId: z.uuid(),
  supervisorId: z.uuid(),
});

const person = z.object({ id: z.string(), displayName: z.string(), orgName: z.string() });
export const projectPeopleQuery = z.strictObject({ orgId: z.uuid().describe('The centre or station of the project') });
export const projectPeople = z.object({
  executors: z.array(person).describe('Social workers of the node (socialwork.execute)'),
  supervisors: z.array(person).describe('Project supervisors of the node or above it (socialwork.supervise)'),
});
