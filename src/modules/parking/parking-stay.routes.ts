import { exportSchema, sendXlsx } from '../../platform/export/route.js';
import { decodeUpload } from '../../platform/export/xlsx-import.js';
import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import { printLocale } from '../../platform/print/messages.js';
import { getImport, importGateFile, listImports } from './gate-import.service.js';
import { getMapping, setMapping } from './gate-mapping.service.js';
import { exportStays } from './parking-stay.export.js';
import * as s from './parking-stay.schemas.js';
import { getStay, listStays, recordEntry, recordExit } from './parking-stay.service.js';

const tags = ['parking'];

/** The gate (A2.4.1.2): stays entered by hand or imported from the gate system's export, its column mapping, the lists. */
export function parkingStayRoutes(app: App): void {
  app.get(
    '/api/parking/stays',
    {
      config: { permissions: ['parking.collect', 'parking.gate', 'parking.read'] },
      schema: {
        tags,
        summary: 'Stays of the caller’s car parks',
        querystring: s.stayListQuery,
        response: { 200: s.stayPage, ...errorResponses },
      },
    },
    (req) => listStays(contextOf(req), req.query),
  );
  app.get(
    '/api/parking/stays/export.xlsx',
    {
      config: { permissions: ['parking.collect', 'parking.gate', 'parking.read'] },
      schema: { ...exportSchema, summary: 'The stays the list selects, as Excel', querystring: s.stayExportQuery },
    },
    async (req, reply) => {
      const { lang, ...f } = req.query;
      return sendXlsx(reply, 'parking-stays.xlsx', await exportStays(contextOf(req), f, printLocale(lang)));
    },
  );
  app.get(
    '/api/parking/stays/:id',
    {
      config: { permissions: ['parking.gate', 'parking.read'] },
      schema: { tags, summary: 'One stay', params: idParam, response: { 200: s.staySchema, ...errorResponses } },
    },
    (req) => getStay(contextOf(req), req.params.id),
  );
  app.post(
    '/api/parking/stays/entry',
    {
      config: { permissions: ['parking.gate', 'parking.read'] },
      schema: {
        tags,
        summary: 'Record a car entering (the guard at the gate)',
        body: s.entryBody,
        response: { 201: s.staySchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await recordEntry(contextOf(req), req.body)),
  );
  app.post(
    '/api/parking/stays/exit',
    {
      config: { permissions: ['parking.collect', 'parking.gate', 'parking.read'] },
      schema: {
        tags,
        summary: 'Record a car leaving: its stay settled and charged at once (an exit with no entry is kept unmatched)',
        body: s.exitBody,
        response: { 200: s.staySchema, ...errorResponses },
      },
    },
    (req) => recordExit(contextOf(req), req.body),
  );
  app.get(
    '/api/parking/gate-imports',
    {
      config: { permissions: ['parking.read'] },
      schema: {
        tags,
        summary: 'Imports of gate exports, the latest first',
        querystring: s.importListQuery,
        response: { 200: s.importPage, ...errorResponses },
      },
    },
    (req) => listImports(contextOf(req), req.query),
  );
  app.get(
    '/api/parking/gate-imports/:id',
    {
      config: { permissions: ['parking.read'] },
      schema: { tags, summary: 'One import of a gate export', params: idParam, response: { 200: s.importSchema, ...errorResponses } },
    },
    (req) => getImport(contextOf(req), req.params.id),
  );
  app.post(
    '/api/parking/gate-imports',
    {
      config: { permissions: ['parking.gate', 'parking.read'] },
      bodyLimit: 6 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Import a gate system’s export (Excel or CSV) by the car park’s mapping: all or nothing, every bad cell listed (422)',
        body: s.importBody,
        response: { 201: s.importSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const file = decodeUpload(req.body.file, 'gate_import');
      return reply
        .status(201)
        .send(await importGateFile(contextOf(req), { carParkId: req.body.carParkId, fileName: req.body.fileName, file }));
    },
  );
  app.get(
    '/api/parking/car-parks/:id/gate-mapping',
    {
      config: { permissions: ['parking.read'] },
      schema: {
        tags,
        summary: 'How the car park’s gate export names its columns',
        params: idParam,
        response: { 200: s.mappingSchema, ...errorResponses },
      },
    },
    (req) => getMapping(contextOf(req), req.params.id),
  );
  app.put(
    '/api/parking/car-parks/:id/gate-mapping',
    {
      config: { permissions: ['parking.gate', 'parking.read'] },
      schema: {
        tags,
        summary: 'Set how the car park’s gate export names its columns',
        params: idParam,
        body: s.mappingBody,
        response: { 200: s.mappingSchema, ...errorResponses },
      },
    },
    (req) => setMapping(contextOf(req), req.params.id, req.body),
  );
}
