import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import * as s from './infusion-team.schemas.js';
import * as teams from './infusion-team.service.js';

const tags = ['infusion'];
const one = { 200: s.teamSchema, ...errorResponses };

/** Nursing teams of a centre or station and the areas they cover (A5.1, A5.8). */
export function teamRoutes(app: App): void {
  app.get(
    '/api/infusion/teams',
    {
      config: { permissions: ['infusion.read', 'infusion.teams'] },
      schema: {
        tags,
        summary: 'Nursing teams of your centres and stations',
        querystring: s.teamListQuery,
        response: { 200: s.teamList, ...errorResponses },
      },
    },
    (req) => teams.listTeams(contextOf(req), req.query),
  );
  app.post(
    '/api/infusion/teams',
    {
      config: { permissions: ['infusion.read', 'infusion.teams'] },
      schema: { tags, summary: 'Set up a nursing team with its areas and nurses', body: s.teamCreateBody, response: one },
    },
    (req) => teams.createTeam(contextOf(req), req.body),
  );
  app.get(
    '/api/infusion/teams/:id',
    {
      config: { permissions: ['infusion.read', 'infusion.teams'] },
      schema: { tags, summary: 'One nursing team', params: idParam, response: one },
    },
    (req) => teams.getTeam(contextOf(req), req.params.id),
  );
  app.put(
    '/api/infusion/teams/:id',
    {
      config: { permissions: ['infusion.read', 'infusion.teams'] },
      schema: { tags, summary: 'Change a team’s name, areas, nurses, or stop it', params: idParam, body: s.teamEditBody, response: one },
    },
    (req) => teams.editTeam(contextOf(req), req.params.id, req.body),
  );
}
