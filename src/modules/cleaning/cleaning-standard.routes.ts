import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import * as s from './cleaning-standard.schemas.js';
import * as standards from './cleaning-standard.service.js';

const tags = ['cleaning'];
const one = { 200: s.standardSchema, ...errorResponses };
const library = { 200: s.librarySchema, ...errorResponses };

/** The standards library (A6.1, A6.2): the group's and each estate's, versioned. */
export function standardRoutes(app: App): void {
  app.get(
    '/api/cleaning/standards',
    {
      config: { permissions: ['cleaning.read', 'cleaning.standards'] },
      schema: { tags, summary: 'The live checks of the group’s library or of one estate', querystring: s.libraryQuery, response: library },
    },
    (req) => standards.getLibrary(contextOf(req), req.query),
  );
  app.post(
    '/api/cleaning/standards',
    {
      config: { permissions: ['cleaning.read', 'cleaning.standards'] },
      schema: { tags, summary: 'Add a check to a library', body: s.standardCreateBody, response: one },
    },
    (req) => standards.createStandard(contextOf(req), req.body),
  );
  app.get(
    '/api/cleaning/standards/:id/versions',
    {
      config: { permissions: ['cleaning.read'] },
      schema: { tags, summary: 'Every version of a check', params: idParam, response: { 200: s.versionsSchema, ...errorResponses } },
    },
    (req) => standards.listVersions(contextOf(req), req.params.id),
  );
  app.put(
    '/api/cleaning/standards/:id',
    {
      config: { permissions: ['cleaning.read', 'cleaning.standards'] },
      schema: { tags, summary: 'Change a live check: makes its next version', params: idParam, body: s.standardEditBody, response: one },
    },
    (req) => standards.editStandard(contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/cleaning/standards/:id/retire',
    {
      config: { permissions: ['cleaning.read', 'cleaning.standards'] },
      schema: { tags, summary: 'Take a check out of its library', params: idParam, body: s.standardRetireBody, response: one },
    },
    (req) => standards.retireStandard(contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/cleaning/estates/:estateId/standards/adopt',
    {
      config: { permissions: ['cleaning.read', 'cleaning.standards'] },
      schema: { tags, summary: 'Give an estate its own copy of the group’s library', params: s.adoptParams, response: library },
    },
    (req) => standards.adoptLibrary(contextOf(req), req.params.estateId),
  );
}
