import { exportSchema, sendXlsx } from '../../platform/export/route.js';
import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import { printLocale } from '../../platform/print/messages.js';
import { exportEntries } from './ledger-entry.export.js';
import * as entries from './ledger-entry.service.js';
import * as kinds from './ledger-kind.service.js';
import * as s from './ledgers.schemas.js';

const tags = ['ledgers'];
const kindOut = { 200: s.kindDetailSchema, ...errorResponses };
const entryOut = { 200: s.entrySchema, ...errorResponses };

/** The ledgers of the stations (A1.4): kinds as data, and one engine for their entries. */
export function ledgerRoutes(app: App): void {
  app.get(
    '/api/ledgers/kinds',
    {
      config: { permissions: ['ledgers.define', 'ledgers.read', 'ledgers.void', 'ledgers.write'] },
      schema: { tags, summary: 'Your stations and the ledger kinds they keep', response: { 200: s.overviewSchema, ...errorResponses } },
    },
    (req) => kinds.ledgerOverview(contextOf(req)),
  );
  app.post(
    '/api/ledgers/kinds',
    {
      config: { permissions: ['ledgers.define', 'ledgers.read'] },
      schema: { tags, summary: 'Define a station’s own ledger kind', body: s.kindCreateBody, response: kindOut },
    },
    (req) => kinds.defineKind(contextOf(req), req.body),
  );
  app.get(
    '/api/ledgers/kinds/:id',
    {
      config: { permissions: ['ledgers.define', 'ledgers.read'] },
      schema: { tags, summary: 'One kind with every version', params: idParam, response: kindOut },
    },
    (req) => kinds.getKind(contextOf(req), req.params.id),
  );
  app.put(
    '/api/ledgers/kinds/:id',
    {
      config: { permissions: ['ledgers.define', 'ledgers.read'] },
      schema: { tags, summary: 'Change a kind (a new version)', params: idParam, body: s.kindEditBody, response: kindOut },
    },
    (req) => kinds.changeKind(contextOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/ledgers/people',
    {
      config: { permissions: ['ledgers.read'] },
      schema: {
        tags,
        summary: 'The people of a station',
        querystring: s.peopleQuery,
        response: { 200: s.peopleSchema, ...errorResponses },
      },
    },
    (req) => entries.stationPeople(contextOf(req), req.query.orgId),
  );
  app.get(
    '/api/ledgers/entries',
    {
      config: { permissions: ['ledgers.read', 'ledgers.void'] },
      schema: {
        tags,
        summary: 'A ledger’s entries, searched',
        querystring: s.entryListQuery,
        response: { 200: s.entryPage, ...errorResponses },
      },
    },
    (req) => entries.listEntries(contextOf(req), { ...req.query, includeVoided: req.query.includeVoided ?? true }),
  );
  app.get(
    '/api/ledgers/entries/export.xlsx',
    {
      config: { permissions: ['ledgers.read', 'ledgers.void'] },
      schema: { ...exportSchema, summary: 'A ledger’s entries the search selects, as Excel', querystring: s.entryExportQuery },
    },
    async (req, reply) => {
      const { lang, ...f } = req.query;
      const file = await exportEntries(contextOf(req), { ...f, includeVoided: f.includeVoided ?? false }, printLocale(lang));
      return sendXlsx(reply, 'ledger.xlsx', file);
    },
  );
  app.get(
    '/api/ledgers/entries/:id',
    {
      config: { permissions: ['ledgers.read', 'ledgers.void'] },
      schema: { tags, summary: 'One entry', params: idParam, response: entryOut },
    },
    (req) => entries.getEntry(contextOf(req), req.params.id),
  );
  app.post(
    '/api/ledgers/entries',
    {
      config: { permissions: ['ledgers.read', 'ledgers.void', 'ledgers.write'] },
      schema: { tags, summary: 'Write an entry', body: s.entryCreateBody, response: entryOut },
    },
    (req) => entries.writeEntry(contextOf(req), req.body),
  );
  app.post(
    '/api/ledgers/entries/:id/void',
    {
      config: { permissions: ['ledgers.read', 'ledgers.void'] },
      schema: { tags, summary: 'Void an entry with a reason', params: idParam, body: s.entryVoidBody, response: entryOut },
    },
    (req) => entries.voidEntry(contextOf(req), req.params.id, req.body),
  );
}
