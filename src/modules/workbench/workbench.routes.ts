import { errorResponses } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import { workbenchSchema } from './workbench.schemas.js';
import { workbench } from './workbench.service.js';

export function workbenchRoutes(app: App): void {
  app.get(
    '/api/workbench',
    {
      config: { permissions: 'any' },
      schema: {
        tags: ['workbench'],
        summary: 'The caller’s to-dos from every module with counts and links, and key figures for heads of office and HQ',
        response: { 200: workbenchSchema, ...errorResponses },
      },
    },
    (req) => workbench(contextOf(req)),
  );
}
