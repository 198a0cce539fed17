import { exportSchema, sendXlsx } from '../../platform/export/route.js';
import { XLSX } from '../../platform/export/xlsx.js';
import { decodeUpload } from '../../platform/export/xlsx-import.js';
import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import { printLocale } from '../../platform/print/messages.js';
import * as carParks from './car-park.service.js';
import * as spaces from './parking-space.service.js';
import { exportCarParks, exportSpaces, exportVehicles } from './register.export.js';
import { importSpaces, importVehicles, spaceTemplate, vehicleTemplate } from './register.import.js';
import * as s from './register.schemas.js';
import * as vehicles from './vehicle.service.js';

const tags = ['parking'];
const template = { tags: ['exports'], produces: [XLSX] };

/** The parking register (A2.4.1.2): car parks, spaces and vehicles — list, export, one, create, change or deactivate, import. */
export function registerRoutes(app: App): void {
  // ---- car parks ----
  app.get(
    '/api/car-parks',
    {
      config: { permissions: ['estates.read', 'parking.read', 'parking.register'] },
      schema: {
        tags,
        summary: 'Car parks of the caller’s offices',
        querystring: s.carParkListQuery,
        response: { 200: s.carParkPage, ...errorResponses },
      },
    },
    (req) => carParks.listCarParks(contextOf(req), req.query),
  );
  app.get(
    '/api/car-parks/export.xlsx',
    {
      config: { permissions: ['estates.read', 'parking.read', 'parking.register'] },
      schema: { ...exportSchema, summary: 'The car parks the list selects, as Excel', querystring: s.carParkExportQuery },
    },
    async (req, reply) => {
      const { lang, ...f } = req.query;
      return sendXlsx(reply, 'car-parks.xlsx', await exportCarParks(contextOf(req), f, printLocale(lang)));
    },
  );
  app.get(
    '/api/car-parks/:id',
    {
      config: { permissions: ['parking.read', 'parking.register'] },
      schema: { tags, summary: 'One car park', params: idParam, response: { 200: s.carParkSchema, ...errorResponses } },
    },
    (req) => carParks.getCarPark(contextOf(req), req.params.id),
  );
  app.post(
    '/api/car-parks',
    {
      config: { permissions: ['estates.read', 'parking.read', 'parking.register'] },
      schema: {
        tags,
        summary: 'Register a car park of an estate',
        body: s.createCarParkBody,
        response: { 201: s.carParkSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await carParks.createCarPark(contextOf(req), req.body)),
  );
  app.put(
    '/api/car-parks/:id',
    {
      config: { permissions: ['parking.read', 'parking.register'] },
      schema: {
        tags,
        summary: 'Change or deactivate a car park',
        params: idParam,
        body: s.updateCarParkBody,
        response: { 200: s.carParkSchema, ...errorResponses },
      },
    },
    (req) => carParks.updateCarPark(contextOf(req), req.params.id, req.body),
  );

  // ---- parking spaces ----
  app.get(
    '/api/parking-spaces',
    {
      config: { permissions: ['parking.read', 'parking.register'] },
      schema: {
        tags,
        summary: 'Parking spaces of the caller’s offices',
        querystring: s.spaceListQuery,
        response: { 200: s.spacePage, ...errorResponses },
      },
    },
    (req) => spaces.listSpaces(contextOf(req), req.query),
  );
  app.get(
    '/api/parking-spaces/export.xlsx',
    {
      config: { permissions: ['parking.read', 'parking.register'] },
      schema: { ...exportSchema, summary: 'The spaces the list selects, as Excel', querystring: s.spaceExportQuery },
    },
    async (req, reply) => {
      const { lang, ...f } = req.query;
      return sendXlsx(reply, 'parking-spaces.xlsx', await exportSpaces(contextOf(req), f, printLocale(lang)));
    },
  );
  app.get(
    '/api/parking-spaces/import-template.xlsx',
    { config: { permissions: ['parking.register'] }, schema: { ...template, summary: 'The empty space import template (车位)' } },
    async (req, reply) => sendXlsx(reply, 'parking-spaces-import.xlsx', await spaceTemplate(contextOf(req))),
  );
  app.post(
    '/api/parking-spaces/import',
    {
      config: { permissions: ['estates.read', 'parking.read', 'parking.register'] },
      bodyLimit: 6 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Import spaces into a car park from the Excel template: all or nothing, every bad row listed (422)',
        body: s.spaceImportBody,
        response: { 200: s.spaceImportResult, ...errorResponses },
      },
    },
    (req) => importSpaces(contextOf(req), req.body.carParkId, decodeUpload(req.body.file, 'parking_import')),
  );
  app.get(
    '/api/parking-spaces/:id',
    {
      config: { permissions: ['parking.read', 'parking.register'] },
      schema: { tags, summary: 'One parking space', params: idParam, response: { 200: s.spaceSchema, ...errorResponses } },
    },
    (req) => spaces.getSpace(contextOf(req), req.params.id),
  );
  app.post(
    '/api/parking-spaces',
    {
      config: { permissions: ['estates.read', 'parking.read', 'parking.register'] },
      schema: { tags, summary: 'Add a space to a car park', body: s.createSpaceBody, response: { 201: s.spaceSchema, ...errorResponses } },
    },
    async (req, reply) => reply.status(201).send(await spaces.createSpace(contextOf(req), req.body)),
  );
  app.put(
    '/api/parking-spaces/:id',
    {
      config: { permissions: ['estates.read', 'parking.read', 'parking.register'] },
      schema: {
        tags,
        summary: 'Change or deactivate a parking space',
        params: idParam,
        body: s.updateSpaceBody,
        response: { 200: s.spaceSchema, ...errorResponses },
      },
    },
    (req) => spaces.updateSpace(contextOf(req), req.params.id, req.body),
  );

  // ---- vehicles ----
  app.get(
    '/api/vehicles',
    {
      config: { permissions: ['estates.read', 'parking.read', 'parking.register'] },
      schema: {
        tags,
        summary: 'Vehicles of the caller’s offices',
        querystring: s.vehicleListQuery,
        response: { 200: s.vehiclePage, ...errorResponses },
      },
    },
    (req) => vehicles.listVehicles(contextOf(req), req.query),
  );
  app.get(
    '/api/vehicles/export.xlsx',
    {
      config: { permissions: ['estates.read', 'parking.read', 'parking.register'] },
      schema: { ...exportSchema, summary: 'The vehicles the list selects, as Excel', querystring: s.vehicleExportQuery },
    },
    async (req, reply) => {
      const { lang, ...f } = req.query;
      return sendXlsx(reply, 'vehicles.xlsx', await exportVehicles(contextOf(req), f, printLocale(lang)));
    },
  );
  app.get(
    '/api/vehicles/import-template.xlsx',
    { config: { permissions: ['parking.register'] }, schema: { ...template, summary: 'The empty vehicle import template (车辆)' } },
    async (req, reply) => sendXlsx(reply, 'vehicles-import.xlsx', await vehicleTemplate(contextOf(req))),
  );
  app.post(
    '/api/vehicles/import',
    {
      config: { permissions: ['estates.read', 'parking.register'] },
      bodyLimit: 6 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Import vehicles into an estate from the Excel template: all or nothing, every bad row listed (422)',
        body: s.vehicleImportBody,
        response: { 200: s.vehicleImportResult, ...errorResponses },
      },
    },
    (req) => importVehicles(contextOf(req), req.body.estateId, decodeUpload(req.body.file, 'parking_import')),
  );
  app.get(
    '/api/vehicles/:id',
    {
      config: { permissions: ['parking.read', 'parking.register'] },
      schema: { tags, summary: 'One vehicle', params: idParam, response: { 200: s.vehicleSchema, ...errorResponses } },
    },
    (req) => vehicles.getVehicle(contextOf(req), req.params.id),
  );
  app.post(
    '/api/vehicles',
    {
      config: { permissions: ['estates.read', 'parking.read', 'parking.register'] },
      schema: {
        tags,
        summary: 'Register a vehicle at an estate',
        body: s.createVehicleBody,
        response: { 201: s.vehicleSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await vehicles.createVehicle(contextOf(req), req.body)),
  );
  app.put(
    '/api/vehicles/:id',
    {
      config: { permissions: ['parking.read', 'parking.register'] },
      schema: {
        tags,
        summary: 'Change a vehicle, or deactivate it (which frees its plate)',
        params: idParam,
        body: s.updateVehicleBody,
        response: { 200: s.vehicleSchema, ...errorResponses },
      },
    },
    (req) => vehicles.updateVehicle(contextOf(req), req.params.id, req.body),
  );
}
