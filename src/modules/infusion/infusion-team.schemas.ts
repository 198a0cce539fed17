import { z } from 'zod';
import { nameText } from '../../platform/http/common.schemas.js';

export const teamMember = z.object({ id: z.string(), displayName: z.string() });

export const teamSchema = z.object({
  id: z.string(),
  orgId: z.string().describe('The centre or station the team belongs to'),
  orgName: z.string(),
  name: z.string(),
  areas: z.array(z.string()).describe('The areas the team covers (a community, streets, estates)'),
  members: z.array(teamMember).describe('The team’s nurses, by name'),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  abilities: z.object({ edit: z.boolean().describe('The caller holds infusion.teams at the team’s centre or station') }),
});

export const teamListQuery = z.strictObject({
  orgId: z.uuid().optional().describe('Only teams of this node and below'),
});
export const teamList = z.object({ items: z.array(teamSchema) });

const teamFields = {
  name: nameText(60).describe('The team’s name, e.g. 翠竹站护理组'),
  areas: z
    .array(nameText(60))
    .min(1)
    .max(20)
    .describe('The areas covered, each once (trimmed); an area a patient still lives in may not be removed'),
  memberIds: z.array(z.uuid()).max(50).describe('The nurses: active users whose home node lies in the team’s centre or station'),
};

export const teamCreateBody = z.strictObject({
  orgId: z.uuid().describe('A centre or station (A5.8)'),
  ...teamFields,
});
export const teamEditBody = z.strictObject({
  ...teamFields,
  active: z.boolean().describe('false: no new patient is registered on the team; refused while it has active patients'),
  version: z.number().int().min(1).describe('The version you saw; a newer one answers 409'),
});
