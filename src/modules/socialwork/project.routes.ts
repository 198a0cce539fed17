import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import * as s from './project.schemas.js';
import * as projects from './project.service.js';

const tags = ['socialwork'];
const one = { 200: s.projectSchema, ...errorResponses };

/** Social-work projects of a centre or station (A3). */
export function projectRoutes(app: App): void {
  app.get(
    '/api/socialwork/projects',
    {
      config: {
        permissions: [
          'socialwork.approve',
          'socialwork.assess',
          'socialwork.ethics',
          'socialwork.execute',
          'socialwork.read',
          'socialwork.supervise',
        ],
      },
      schema: {
        tags,
        summary: 'Social-work projects of your centres and stations',
        querystring: s.projectListQuery,
        response: { 200: s.projectList, ...errorResponses },
      },
    },
    (req) => projects.listProjects(contextOf(req), req.query),
  );
  app.post(
    '/api/socialwork/projects',
    {
      config: {
        permissions: [
          'socialwork.approve',
          'socialwork.assess',
          'socialwork.ethics',
          'socialwork.execute',
          'socialwork.read',
          'socialwork.supervise',
        ],
      },
      schema: { tags, summary: 'Open a project (立项) with its executor and supervisor', body: s.projectCreateBody, response: one },
    },
    (req) => projects.createProject(contextOf(req), req.body),
  );
  app.get(
    '/api/socialwork/project-people',
    {
      config: { permissions: ['socialwork.read'] },
      schema: {
        tags,
        summary: 'Who may execute and who may supervise a project of a node',
        querystring: s.projectPeopleQuery,
        response: { 200: s.projectPeople, ...errorResponses },
      },
    },
    (req) => projects.projectPeople(contextOf(req), req.query.orgId),
  );
  app.get(
    '/api/socialwork/projects/:id',
    {
      config: {
        permissions: [
          'socialwork.approve',
          'socialwork.assess',
          'socialwork.ethics',
          'socialwork.execute',
          'socialwork.read',
          'socialwork.supervise',
        ],
      },
      schema: { tags, summary: 'One project', params: idParam, response: one },
    },
    (req) => projects.getProject(contextOf(req), req.params.id),
  );
  app.put(
    '/api/socialwork/projects/:id',
    {
      config: {
        permissions: [
          'socialwork.approve',
          'socialwork.assess',
          'socialwork.ethics',
          'socialwork.execute',
          'socialwork.read',
          'socialwork.supervise',
        ],
      },
      schema: {
        tags,
        summary: 'Change a project’s title, executor or supervisor',
        params: idParam,
        body: s.projectEditBody,
        response: one,
      },
    },
    (req) => projects.editProject(contextOf(req), req.params.id, req.body),
  );
}
