import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import * as s from './incident.schemas.js';
import * as incidents from './incident.service.js';

const tags = ['reporting'];
const incidentOut = { 200: s.incidentSchema, ...errorResponses };

/** Urgent incidents (A1.3): recorded at a station, reported upward at once, acknowledged by the superior. */
export function incidentRoutes(app: App): void {
  app.get(
    '/api/incidents',
    {
      config: { permissions: ['reporting.acknowledge', 'reporting.read', 'reporting.submit'] },
      schema: {
        tags,
        summary: 'The stations’ urgent incidents, latest first',
        querystring: s.incidentListQuery,
        response: { 200: s.incidentList, ...errorResponses },
      },
    },
    (req) => incidents.listIncidents(contextOf(req), req.query),
  );
  app.post(
    '/api/incidents',
    {
      config: { permissions: ['reporting.acknowledge', 'reporting.read', 'reporting.submit'] },
      schema: {
        tags,
        summary: 'Record an urgent incident with its early measures, and report it upward at once (or later)',
        body: s.incidentBody,
        response: incidentOut,
      },
    },
    (req) => incidents.recordIncident(contextOf(req), req.body),
  );
  app.get(
    '/api/incidents/:id',
    {
      config: { permissions: ['reporting.acknowledge', 'reporting.read'] },
      schema: { tags, summary: 'One urgent incident with its four times', params: idParam, response: incidentOut },
    },
    (req) => incidents.getIncident(contextOf(req), req.params.id),
  );
  app.post(
    '/api/incidents/:id/report',
    {
      config: { permissions: ['reporting.acknowledge', 'reporting.read', 'reporting.submit'] },
      schema: {
        tags,
        summary: 'Report upward an incident recorded earlier',
        params: idParam,
        body: s.reportIncidentBody,
        response: incidentOut,
      },
    },
    (req) => incidents.reportIncident(contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/incidents/:id/acknowledge',
    {
      config: { permissions: ['reporting.acknowledge', 'reporting.read'] },
      schema: {
        tags,
        summary: 'The superior node acknowledges a reported incident, with optional instructions',
        params: idParam,
        body: s.acknowledgeIncidentBody,
        response: incidentOut,
      },
    },
    (req) => incidents.acknowledgeIncident(contextOf(req), req.params.id, req.body),
  );
}
