import type { FastifyReply } from 'fastify';
import { XLSX } from '../../platform/export/xlsx.js';
import { decodeUpload } from '../../platform/export/xlsx-import.js';
import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import { printLocale } from '../../platform/print/messages.js';
import { exportBuildings, exportEstates, exportResidents, exportUnits } from './estate.export.js';
import { importEstate, importTemplate } from './estate.import.js';
import * as s from './estate.schemas.js';
import * as estates from './estate.service.js';
import * as residents from './estate-residents.service.js';
import * as units from './estate-units.service.js';

const tags = ['estates'];
const sendXlsx = (reply: FastifyReply, name: string, file: Buffer) =>
  reply.type(XLSX).header('content-disposition', `attachment; filename="${name}.xlsx"`).send(file);

export function estateRoutes(app: App): void {
  // ---- estates ----
  app.get(
    '/api/estates',
    {
      config: { permissions: 'any' },
      schema: {
        tags,
        summary: 'Estates of the caller’s offices',
        querystring: s.estateListQuery,
        response: { 200: s.estatePage, ...errorResponses },
      },
    },
    (req) => estates.listEstates(contextOf(req), req.query),
  );
  app.get(
    '/api/estates/export.xlsx',
    {
      config: { permissions: 'any' },
      schema: { tags: ['exports'], produces: [XLSX], summary: 'The estates the list shows, as Excel', querystring: s.estateExportQuery },
    },
    async (req, reply) => {
      const { lang, page: _p, pageSize: _s, ...f } = req.query;
      return sendXlsx(reply, 'estates', await exportEstates(contextOf(req), f, printLocale(lang)));
    },
  );
  app.get(
    '/api/estates/import-template.xlsx',
    {
      config: { permissions: ['estates.manage'] },
      schema: { tags: ['exports'], produces: [XLSX], summary: 'The empty import template (楼栋, 房屋, 业主住户)' },
    },
    async (req, reply) => sendXlsx(reply, 'estate-import', await importTemplate(contextOf(req))),
  );
  app.get(
    '/api/estates/:id',
    {
      config: { permissions: ['estates.manage', 'estates.read'] },
      schema: { tags, summary: 'One estate', params: idParam, response: { 200: s.estateSchema, ...errorResponses } },
    },
    (req) => estates.getEstate(contextOf(req), req.params.id),
  );
  app.post(
    '/api/estates',
    {
      config: { permissions: ['estates.manage'] },
      schema: {
        tags,
        summary: 'Register an estate under an office',
        body: s.createEstateBody,
        response: { 201: s.estateSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await estates.createEstate(contextOf(req), req.body)),
  );
  app.put(
    '/api/estates/:id',
    {
      config: { permissions: ['estates.manage', 'estates.read'] },
      schema: {
        tags,
        summary: 'Change or deactivate an estate',
        params: idParam,
        body: s.updateEstateBody,
        response: { 200: s.estateSchema, ...errorResponses },
      },
    },
    (req) => estates.updateEstate(contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/estates/:id/import',
    {
      config: { permissions: ['estates.manage', 'estates.read'] },
      bodyLimit: 6 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Import buildings, units and owners from the Excel template: all or nothing, every bad row listed (422)',
        params: idParam,
        body: s.importBody,
        response: { 200: s.importResult, ...errorResponses },
      },
    },
    (req) => importEstate(contextOf(req), req.params.id, decodeUpload(req.body.file, 'estate_import')),
  );

  // ---- buildings ----
  app.get(
    '/api/estate-buildings',
    {
      config: { permissions: ['estates.read'] },
      schema: {
        tags,
        summary: 'Buildings of an estate',
        querystring: s.buildingListQuery,
        response: { 200: s.buildingPage, ...errorResponses },
      },
    },
    (req) => estates.listBuildings(contextOf(req), req.query),
  );
  app.get(
    '/api/estate-buildings/export.xlsx',
    {
      config: { permissions: ['estates.read'] },
      schema: {
        tags: ['exports'],
        produces: [XLSX],
        summary: 'The buildings the list shows, as Excel',
        querystring: s.buildingExportQuery,
      },
    },
    async (req, reply) => {
      const { lang, page: _p, pageSize: _s, ...f } = req.query;
      return sendXlsx(reply, 'buildings', await exportBuildings(contextOf(req), f, printLocale(lang)));
    },
  );
  app.post(
    '/api/estate-buildings',
    {
      config: { permissions: ['estates.manage', 'estates.read'] },
      schema: {
        tags,
        summary: 'Add a building to an estate',
        body: s.createBuildingBody,
        response: { 201: s.buildingSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await estates.createBuilding(contextOf(req), req.body)),
  );
  app.put(
    '/api/estate-buildings/:id',
    {
      config: { permissions: ['estates.manage', 'estates.read'] },
      schema: {
        tags,
        summary: 'Rename or deactivate a building',
        params: idParam,
        body: s.updateBuildingBody,
        response: { 200: s.buildingSchema, ...errorResponses },
      },
    },
    (req) => estates.updateBuilding(contextOf(req), req.params.id, req.body),
  );

  // ---- units ----
  app.get(
    '/api/estate-units',
    {
      config: { permissions: 'any' },
      schema: {
        tags,
        summary: 'Units (房屋) of the caller’s estates',
        querystring: s.unitListQuery,
        response: { 200: s.unitPage, ...errorResponses },
      },
    },
    (req) => units.listUnits(contextOf(req), req.query),
  );
  app.get(
    '/api/estate-units/export.xlsx',
    {
      config: { permissions: 'any' },
      schema: { tags: ['exports'], produces: [XLSX], summary: 'The units the list shows, as Excel', querystring: s.unitExportQuery },
    },
    async (req, reply) => {
      const { lang, page: _p, pageSize: _s, ...f } = req.query;
      return sendXlsx(reply, 'units', await exportUnits(contextOf(req), f, printLocale(lang)));
    },
  );
  app.get(
    '/api/estate-units/search',
    {
      config: { permissions: 'any' },
      schema: {
        tags,
        summary: 'Find a unit for a picker: building/room, owner or tenant name, phone',
        querystring: s.unitSearchQuery,
        response: { 200: s.unitSearchResult, ...errorResponses },
      },
    },
    (req) => units.searchUnits(contextOf(req), req.query),
  );
  app.get(
    '/api/estate-units/:id',
    {
      config: { permissions: ['estates.manage', 'estates.read'] },
      schema: { tags, summary: 'One unit with its residents', params: idParam, response: { 200: s.unitSchema, ...errorResponses } },
    },
    (req) => units.getUnit(contextOf(req), req.params.id),
  );
  app.post(
    '/api/estate-units',
    {
      config: { permissions: ['estates.manage', 'estates.read'] },
      schema: { tags, summary: 'Add a unit', body: s.createUnitBody, response: { 201: s.unitSchema, ...errorResponses } },
    },
    async (req, reply) => reply.status(201).send(await units.createUnit(contextOf(req), req.body)),
  );
  app.put(
    '/api/estate-units/:id',
    {
      config: { permissions: ['estates.manage', 'estates.read'] },
      schema: {
        tags,
        summary: 'Change or deactivate a unit',
        params: idParam,
        body: s.updateUnitBody,
        response: { 200: s.unitSchema, ...errorResponses },
      },
    },
    (req) => units.updateUnit(contextOf(req), req.params.id, req.body),
  );

  // ---- residents ----
  app.get(
    '/api/estate-residents',
    {
      config: { permissions: 'any' },
      schema: {
        tags,
        summary: 'Owners and tenants of the caller’s estates',
        querystring: s.residentListQuery,
        response: { 200: s.residentPage, ...errorResponses },
      },
    },
    (req) => residents.listResidents(contextOf(req), req.query),
  );
  app.get(
    '/api/estate-residents/export.xlsx',
    {
      config: { permissions: 'any' },
      schema: {
        tags: ['exports'],
        produces: [XLSX],
        summary: 'The owners and tenants the list shows, as Excel',
        querystring: s.residentExportQuery,
      },
    },
    async (req, reply) => {
      const { lang, page: _p, pageSize: _s, ...f } = req.query;
      return sendXlsx(reply, 'residents', await exportResidents(contextOf(req), f, printLocale(lang)));
    },
  );
  app.post(
    '/api/estate-residents',
    {
      config: { permissions: ['estates.manage', 'estates.read'] },
      schema: {
        tags,
        summary: 'Add an owner or tenant to a unit',
        body: s.createResidentBody,
        response: { 201: s.residentSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await residents.createResident(contextOf(req), req.body)),
  );
  app.put(
    '/api/estate-residents/:id',
    {
      config: { permissions: ['estates.manage', 'estates.read'] },
      schema: {
        tags,
        summary: 'Change a resident, or record their move-out',
        params: idParam,
        body: s.updateResidentBody,
        response: { 200: s.residentSchema, ...errorResponses },
      },
    },
    (req) => residents.updateResident(contextOf(req), req.params.id, req.body),
  );
}
