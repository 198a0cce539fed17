import { exportSchema, sendXlsx } from '../../platform/export/route.js';
import { XLSX } from '../../platform/export/xlsx.js';
import { decodeUpload } from '../../platform/export/xlsx-import.js';
import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import { printLocale } from '../../platform/print/messages.js';
import * as customers from './customer.service.js';
import * as products from './product.service.js';
import { exportCustomers, exportProducts, exportSims, exportTerminals, exportVehicles } from './register.export.js';
import { importRegister, registerTemplate } from './register.import.js';
import * as s from './register.schemas.js';
import * as sims from './sim.service.js';
import * as terminals from './terminal.service.js';
import * as vehicles from './vehicle.service.js';

const tags = ['gps'];
const ok = <T>(schema: T) => ({ 200: schema, ...errorResponses });
const created = <T>(schema: T) => ({ 201: schema, ...errorResponses });

/** The GPS register (issue 16): customers, vehicles, models, terminals, SIM cards — lists, Excel, forms, history, import. */
export function registerRoutes(app: App): void {
  // ---- customers ----
  app.get(
    '/api/gps/customers',
    {
      config: { permissions: ['gps.read', 'gps.register'] },
      schema: { tags, summary: 'Customers of the caller’s nodes', querystring: s.customerListQuery, response: ok(s.customerPage) },
    },
    (req) => customers.listCustomers(contextOf(req), req.query),
  );
  app.get(
    '/api/gps/customers/export.xlsx',
    {
      config: { permissions: ['gps.read', 'gps.register'] },
      schema: { ...exportSchema, summary: 'The customers the list selects, as Excel', querystring: s.customerExportQuery },
    },
    async (req, reply) => {
      const { lang, ...f } = req.query;
      return sendXlsx(reply, 'gps-customers.xlsx', await exportCustomers(contextOf(req), f, printLocale(lang)));
    },
  );
  app.get(
    '/api/gps/customers/:id',
    {
      config: { permissions: ['gps.read', 'gps.register'] },
      schema: { tags, summary: 'One customer', params: idParam, response: ok(s.customerSchema) },
    },
    (req) => customers.getCustomer(contextOf(req), req.params.id),
  );
  app.post(
    '/api/gps/customers',
    {
      config: { permissions: ['gps.read', 'gps.register'] },
      schema: { tags, summary: 'Add a customer (fleet or individual)', body: s.createCustomerBody, response: created(s.customerSchema) },
    },
    async (req, reply) => reply.status(201).send(await customers.createCustomer(contextOf(req), req.body)),
  );
  app.put(
    '/api/gps/customers/:id',
    {
      config: { permissions: ['gps.read', 'gps.register'] },
      schema: {
        tags,
        summary: 'Change or deactivate a customer',
        params: idParam,
        body: s.updateCustomerBody,
        response: ok(s.customerSchema),
      },
    },
    (req) => customers.updateCustomer(contextOf(req), req.params.id, req.body),
  );

  // ---- vehicles ----
  app.get(
    '/api/gps/vehicles',
    {
      config: { permissions: ['gps.read', 'gps.register'] },
      schema: { tags, summary: 'Vehicles of the caller’s nodes', querystring: s.vehicleListQuery, response: ok(s.vehiclePage) },
    },
    (req) => vehicles.listVehicles(contextOf(req), req.query),
  );
  app.get(
    '/api/gps/vehicles/export.xlsx',
    {
      config: { permissions: ['gps.read', 'gps.register'] },
      schema: { ...exportSchema, summary: 'The vehicles the list selects, as Excel', querystring: s.vehicleExportQuery },
    },
    async (req, reply) => {
      const { lang, ...f } = req.query;
      return sendXlsx(reply, 'gps-vehicles.xlsx', await exportVehicles(contextOf(req), f, printLocale(lang)));
    },
  );
  app.get(
    '/api/gps/vehicles/by-plate',
    {
      config: { permissions: ['gps.read', 'gps.register'] },
      schema: {
        tags,
        summary: 'The vehicle in use of a plate (an intake form’s look-up)',
        querystring: s.vehicleByPlateQuery,
        response: ok(s.vehicleSchema),
      },
    },
    (req) => vehicles.vehicleByPlate(contextOf(req), req.query.plate),
  );
  app.get(
    '/api/gps/vehicles/:id',
    {
      config: { permissions: ['gps.read', 'gps.register'] },
      schema: { tags, summary: 'One vehicle', params: idParam, response: ok(s.vehicleSchema) },
    },
    (req) => vehicles.getVehicle(contextOf(req), req.params.id),
  );
  app.post(
    '/api/gps/vehicles',
    {
      config: { permissions: ['gps.read', 'gps.register'] },
      schema: { tags, summary: 'Add a vehicle to a customer', body: s.createVehicleBody, response: created(s.vehicleSchema) },
    },
    async (req, reply) => reply.status(201).send(await vehicles.createVehicle(contextOf(req), req.body)),
  );
  app.put(
    '/api/gps/vehicles/:id',
    {
      config: { permissions: ['gps.read', 'gps.register'] },
      schema: {
        tags,
        summary: 'Change or deactivate a vehicle',
        params: idParam,
        body: s.updateVehicleBody,
        response: ok(s.vehicleSchema),
      },
    },
    (req) => vehicles.updateVehicle(contextOf(req), req.params.id, req.body),
  );

  // ---- products ----
  app.get(
    '/api/gps/products',
    {
      config: { permissions: ['gps.read', 'gps.register'] },
      schema: { tags, summary: 'Terminal models of the caller’s nodes', querystring: s.productListQuery, response: ok(s.productPage) },
    },
    (req) => products.listProducts(contextOf(req), req.query),
  );
  app.get(
    '/api/gps/products/export.xlsx',
    {
      config: { permissions: ['gps.read', 'gps.register'] },
      schema: { ...exportSchema, summary: 'The models the list selects, as Excel', querystring: s.productExportQuery },
    },
    async (req, reply) => {
      const { lang, ...f } = req.query;
      return sendXlsx(reply, 'gps-products.xlsx', await exportProducts(contextOf(req), f, printLocale(lang)));
    },
  );
  app.get(
    '/api/gps/products/:id',
    {
      config: { permissions: ['gps.read', 'gps.register'] },
      schema: { tags, summary: 'One terminal model', params: idParam, response: ok(s.productSchema) },
    },
    (req) => products.getProduct(contextOf(req), req.params.id),
  );
  app.post(
    '/api/gps/products',
    {
      config: { permissions: ['gps.read', 'gps.register'] },
      schema: { tags, summary: 'Add a terminal model', body: s.createProductBody, response: created(s.productSchema) },
    },
    async (req, reply) => reply.status(201).send(await products.createProduct(contextOf(req), req.body)),
  );
  app.put(
    '/api/gps/products/:id',
    {
      config: { permissions: ['gps.read', 'gps.register'] },
      schema: {
        tags,
        summary: 'Change or deactivate a terminal model',
        params: idParam,
        body: s.updateProductBody,
        response: ok(s.productSchema),
      },
    },
    (req) => products.updateProduct(contextOf(req), req.params.id, req.body),
  );

  // ---- terminals ----
  app.get(
    '/api/gps/terminals',
    {
      config: { permissions: ['gps.read', 'gps.register'] },
      schema: { tags, summary: 'Terminals of the caller’s nodes', querystring: s.terminalListQuery, response: ok(s.terminalPage) },
    },
    (req) => terminals.listTerminals(contextOf(req), req.query),
  );
  app.get(
    '/api/gps/terminals/export.xlsx',
    {
      config: { permissions: ['gps.read', 'gps.register'] },
      schema: { ...exportSchema, summary: 'The terminals the list selects, as Excel', querystring: s.terminalExportQuery },
    },
    async (req, reply) => {
      const { lang, ...f } = req.query;
      return sendXlsx(reply, 'gps-terminals.xlsx', await exportTerminals(contextOf(req), f, printLocale(lang)));
    },
  );
  app.get(
    '/api/gps/terminals/by-serial',
    {
      config: { permissions: ['gps.read', 'gps.register'] },
      schema: {
        tags,
        summary: 'The terminal of a serial (an intake form’s look-up)',
        querystring: s.terminalBySerialQuery,
        response: ok(s.terminalSchema),
      },
    },
    (req) => terminals.terminalBySerial(contextOf(req), req.query.serial),
  );
  app.get(
    '/api/gps/terminals/:id',
    {
      config: { permissions: ['gps.read', 'gps.register'] },
      schema: { tags, summary: 'One terminal', params: idParam, response: ok(s.terminalSchema) },
    },
    (req) => terminals.getTerminal(contextOf(req), req.params.id),
  );
  app.get(
    '/api/gps/terminals/:id/history',
    {
      config: { permissions: ['gps.read'] },
      schema: { tags, summary: 'The terminal’s history (设备履历), oldest first', params: idParam, response: ok(s.deviceHistory) },
    },
    (req) => terminals.terminalHistory(contextOf(req), req.params.id),
  );
  app.post(
    '/api/gps/terminals',
    {
      config: { permissions: ['gps.read', 'gps.register'] },
      schema: {
        tags,
        summary: 'Register a terminal (in stock, or on a vehicle)',
        body: s.createTerminalBody,
        response: created(s.terminalSchema),
      },
    },
    async (req, reply) => reply.status(201).send(await terminals.createTerminal(contextOf(req), req.body)),
  );
  app.put(
    '/api/gps/terminals/:id',
    {
      config: { permissions: ['gps.read', 'gps.register'] },
      schema: {
        tags,
        summary: 'Change a terminal, its vehicle or SIM card (each move in its history)',
        params: idParam,
        body: s.updateTerminalBody,
        response: ok(s.terminalSchema),
      },
    },
    (req) => terminals.updateTerminal(contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/gps/terminals/:id/settle',
    {
      config: { permissions: ['gps.read', 'gps.register'] },
      schema: {
        tags,
        summary: 'A terminal in repair back in stock (repaired), or scrapped',
        params: idParam,
        body: s.settleTerminalBody,
        response: ok(s.terminalSchema),
      },
    },
    (req) => terminals.settleTerminal(contextOf(req), req.params.id, req.body),
  );

  // ---- SIM cards ----
  app.get(
    '/api/gps/sims',
    {
      config: { permissions: ['gps.read', 'gps.register'] },
      schema: { tags, summary: 'SIM cards of the caller’s nodes', querystring: s.simListQuery, response: ok(s.simPage) },
    },
    (req) => sims.listSims(contextOf(req), req.query),
  );
  app.get(
    '/api/gps/sims/export.xlsx',
    {
      config: { permissions: ['gps.read', 'gps.register'] },
      schema: { ...exportSchema, summary: 'The SIM cards the list selects, as Excel', querystring: s.simExportQuery },
    },
    async (req, reply) => {
      const { lang, ...f } = req.query;
      return sendXlsx(reply, 'gps-sims.xlsx', await exportSims(contextOf(req), f, printLocale(lang)));
    },
  );
  app.get(
    '/api/gps/sims/:id',
    {
      config: { permissions: ['gps.read', 'gps.register'] },
      schema: { tags, summary: 'One SIM card', params: idParam, response: ok(s.simSchema) },
    },
    (req) => sims.getSim(contextOf(req), req.params.id),
  );
  app.get(
    '/api/gps/sims/:id/history',
    {
      config: { permissions: ['gps.read'] },
      schema: { tags, summary: 'The SIM card’s history (设备履历), oldest first', params: idParam, response: ok(s.deviceHistory) },
    },
    (req) => sims.simHistory(contextOf(req), req.params.id),
  );
  app.post(
    '/api/gps/sims',
    {
      config: { permissions: ['gps.read', 'gps.register'] },
      schema: { tags, summary: 'Register a SIM card (in stock)', body: s.createSimBody, response: created(s.simSchema) },
    },
    async (req, reply) => reply.status(201).send(await sims.createSim(contextOf(req), req.body)),
  );
  app.put(
    '/api/gps/sims/:id',
    {
      config: { permissions: ['gps.read', 'gps.register'] },
      schema: { tags, summary: 'Change a SIM card or its state', params: idParam, body: s.updateSimBody, response: ok(s.simSchema) },
    },
    (req) => sims.updateSim(contextOf(req), req.params.id, req.body),
  );

  // ---- import ----
  app.get(
    '/api/gps/import-template.xlsx',
    {
      config: { permissions: ['gps.register'] },
      schema: { tags: ['exports'], produces: [XLSX], summary: 'The empty register import template (客户, 车辆, 终端)' },
    },
    async (req, reply) => sendXlsx(reply, 'gps-register-import.xlsx', await registerTemplate(contextOf(req))),
  );
  app.post(
    '/api/gps/import',
    {
      config: { permissions: ['gps.read', 'gps.register'] },
      bodyLimit: 6 * 1024 * 1024,
      schema: {
        tags,
        summary:
          'Import customers, vehicles and terminals from the Excel template: all or nothing, every bad cell listed (422); a re-import updates',
        body: s.importBody,
        response: ok(s.importResult),
      },
    },
    (req) => importRegister(contextOf(req), req.body.officeId, decodeUpload(req.body.file, 'gps_import')),
  );
}
