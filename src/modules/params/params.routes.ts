import { z } from 'zod';
import { errorResponses } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import { PARAM_KEYS } from './params.catalog.js';
import * as params from './params.service.js';

const paramSchema = z.object({
  key: z.enum(PARAM_KEYS),
  clause: z.string().describe('Clause id in regulations.md'),
  default: z.number().int().describe('The value the regulation writes'),
  unit: z.enum(['days', 'hours', 'minutes', 'count', 'day_of_month', 'flag']).describe('flag: 1 = yes, 0 = no'),
  min: z.number().int(),
  max: z.number().int(),
  description: z.string(),
  value: z.number().int().describe('The value in force at this node'),
  sourceOrgId: z.string().nullable().describe('Node the value comes from; null = the regulation default'),
  sourceOrgName: z.string().nullable(),
  ownValue: z.number().int().nullable().describe('Value set at this very node'),
  abilities: z.object({ edit: z.boolean().describe('The caller may set or clear the value at this node') }),
});
const tags = ['regulation parameters'];
const keyParams = z.strictObject({ id: z.uuid(), key: z.enum(PARAM_KEYS) });

export function paramsRoutes(app: App): void {
  app.get(
    '/api/orgs/:id/params',
    {
      config: { permissions: 'any' },
      schema: {
        tags,
        summary: 'Parameters in force at a node',
        params: z.strictObject({ id: z.uuid() }),
        response: { 200: z.array(paramSchema), ...errorResponses },
      },
    },
    (req) => params.getParams(contextOf(req), req.params.id),
  );
  app.put(
    '/api/orgs/:id/params/:key',
    {
      config: { permissions: ['params.manage'] },
      schema: {
        tags,
        summary: 'Set a node’s own value (null: inherit again)',
        params: keyParams,
        body: z.strictObject({ value: z.number().int().nullable().describe('Whole number within the parameter’s bounds, or null') }),
        response: { 200: z.array(paramSchema), ...errorResponses },
      },
    },
    (req) => params.setParam(contextOf(req), req.params.id, req.params.key, req.body.value),
  );
}
