import { allowsAt, scopeOf } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type UseCase } from '../../platform/context.js';
import { nextCounter } from '../../platform/counters.js';
import { DomainError, fieldError, forbidden, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import { ORDERS_ASSIGN, ORDERS_INTAKE } from '../orders/order.permissions.js';
import { orderNumber } from '../orders/order.rules.js';
import { createOrder, type LoadedOrder, loadOrder } from '../orders/order.service.js';
import { loadVisibleOrg } from '../orgs/org.service.js';
import { installDevices } from './device.service.js';
import { GPS_READ } from './gps.permissions.js';
import * as repo from './install.repo.js';
import { normaliseSerial, normaliseSimNumber } from './register.rules.js';

/** Who may take an installation request and send a visit: the department's intake (the manager, customer service). */
const TAKES = ORDERS_INTAKE;

type Loaded = NonNullable<Awaited<ReturnType<typeof repo.findRequest>>>;

async function loadRequest(ctx: UseCase, id: string): Promise<Loaded> {
  const found = await repo.findRequest(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound('gps_install_request');
  authorize(ctx.actor.access, GPS_READ, found.officePath, 'gps_install_request');
  return found;
}

async function present(ctx: UseCase, { request, officePath, officeName }: Loaded) {
  const vehicles = await repo.listVehicles(ctx.db, ctx.actor.tenantId, request.id);
  return {
    ...request,
    officeName,
    vehicles,
    abilities: { dispatch: allowsAt(ctx.actor.access, TAKES, officePath) && vehicles.some((v) => !v.orderId) },
  };
}

export const getRequest = async (ctx: UseCase, id: string) => present(ctx, await loadRequest(ctx, id));

/** The installation requests of the caller's nodes, newest first, with how far each got. */
export async function listRequests(
  ctx: UseCase,
  f: { officeId?: string | undefined; q?: string | undefined; page: number; pageSize: number },
) {
  const scope = scopeOf(ctx.actor.access, GPS_READ);
  if (!scope.length) throw forbidden(GPS_READ);
  const officePath = f.officeId ? (await loadVisibleOrg(ctx, f.officeId)).path : undefined;
  const { items, total } = await repo.listRequests(ctx.db, ctx.actor.tenantId, { ...f, scope, officePath });
  const progress = await repo.progressOf(
    ctx.db,
    ctx.actor.tenantId,
    items.map((i) => i.request.id),
  );
  return {
    items: items.map(({ request, officeName }) => ({
      ...request,
      officeName,
      ...(progress.get(request.id) ?? { vehicles: 0, dispatched: 0, fitted: 0 }),
    })),
    total,
    page: f.page,
    pageSize: f.pageSize,
  };
}

export interface RequestInput {
  officeId: string;
  customerId: string;
  contactName: string;
  phone: string;
  address: string;
  requirements?: string | undefined;
  vehicleIds: string[];
}

/**
 * A4.4.1: an installation request (安装需求单) with the customer's vehicle list (安装车辆明细; drivers and vehicles
 * as the register keeps them). Every vehicle must be the customer's, each once.
 */
export function createRequest(ctx: UseCase, input: RequestInput) {
  return inTransaction(ctx, async (tx) => {
    const office = await loadVisibleOrg(tx, input.officeId);
    authorize(tx.actor.access, TAKES, office.path, 'gps_install_request');
    const customer = await repo.customerAt(tx.db, tx.actor.tenantId, input.customerId);
    if (!customer?.active || !customer.path.startsWith(office.path))
      throw fieldError('unprocessable', 'gps.customer_not_found', 'customerId', 'no such customer of this department');
    if (new Set(input.vehicleIds).size !== input.vehicleIds.length)
      throw fieldError('unprocessable', 'gps.vehicle_repeated', 'vehicleIds', 'a vehicle is listed twice');
    const stranger = input.vehicleIds.findIndex((v) => !customer.vehicleIds.has(v));
    if (stranger >= 0)
      throw fieldError('unprocessable', 'gps.vehicle_not_customers', `vehicleIds.${stranger}`, 'not a vehicle of this customer');
    const day = businessDate(new Date(tx.now), await tenantZone(tx));
    const request: repo.InstallRequest = {
      id: newId(),
      number: orderNumber('AX', day, await nextCounter(tx.db, tx.actor.tenantId, `gps-install:AX:${day}`)),
      officeId: office.id,
      customerId: customer.id,
      customerName: customer.name,
      contactName: input.contactName,
      phone: input.phone,
      address: input.address,
      requirements: input.requirements ?? '',
      version: 1,
      createdByName: tx.actor.displayName,
      createdAt: tx.now,
    };
    await repo.insertRequest(tx.db, tx.actor.tenantId, request, input.vehicleIds);
    await tx.audit({
      action: 'gps_install_request.create',
      entity: 'gps_install_request',
      entityId: request.id,
      after: { ...request, vehicleIds: input.vehicleIds },
    });
    return present(tx, { request, officePath: office.path, officeName: office.name });
  });
}

/**
 * A4.4.1: a visit (安装任务派工单) for some of the request's vehicles not yet on one: a GPS installation order at the
 * request's department, free (A4.2), waiting for the manager's approval and assignment (A4.4.3).
 */
export function dispatchVisit(
  ctx: UseCase,
  id: string,
  input: { version: number; vehicleIds: string[]; appointmentStart: string; appointmentEnd?: string | undefined },
) {
  return inTransaction(ctx, async (tx) => {
    const loaded = await loadRequest(tx, id);
    const { request, officePath } = loaded;
    authorize(tx.actor.access, TAKES, officePath, 'gps_install_request');
    if (request.version !== input.version)
      throw new DomainError('conflict', 'record.version_conflict', 'the request was changed by someone else; reload');
    const vehicles = await repo.listVehicles(tx.db, tx.actor.tenantId, id);
    if (!input.vehicleIds.length) throw fieldError('unprocessable', 'gps.visit_empty', 'vehicleIds', 'pick the vehicles of this visit');
    for (const [i, vid] of input.vehicleIds.entries()) {
      const v = vehicles.find((x) => x.vehicleId === vid);
      if (!v) throw fieldError('unprocessable', 'gps.vehicle_not_in_request', `vehicleIds.${i}`, 'not a vehicle of this request');
      if (v.orderId) throw fieldError('conflict', 'gps.vehicle_dispatched', `vehicleIds.${i}`, `${v.plate} is on ${v.orderNumber} already`);
    }
    const plates = vehicles.filter((v) => input.vehicleIds.includes(v.vehicleId)).map((v) => v.plate);
    const order = await createOrder(tx, {
      type: 'gps_install',
      officeId: request.officeId,
      channel: 'phone',
      customerName: request.customerName,
      customerPhone: request.phone,
      address: request.address,
      description: plates.join('、'),
      appointmentStart: input.appointmentStart,
      appointmentEnd: input.appointmentEnd ?? null,
      lines: [],
      details: { request: request.number, ...(request.requirements ? { requirements: request.requirements } : {}) },
    });
    await repo.setVisit(tx.db, tx.actor.tenantId, id, input.vehicleIds, order.id);
    if (!(await repo.touchRequest(tx.db, tx.actor.tenantId, id, request.version, tx.now)))
      throw new DomainError('conflict', 'record.version_conflict', 'the request was changed by someone else; reload');
    await tx.audit({
      action: 'gps_install_request.dispatch',
      entity: 'gps_install_request',
      entityId: id,
      after: { orderId: order.id, orderNumber: order.number, vehicleIds: input.vehicleIds },
    });
    return present(tx, { ...loaded, request: { ...request, version: request.version + 1 } });
  });
}

/** The staff on the visit, or a dispatcher of its office, record what was fitted while the work is on. */
const onVisit = (ctx: UseCase, visit: LoadedOrder) => visit.facts.isAssignee || allowsAt(ctx.actor.access, ORDERS_ASSIGN, visit.officePath);
const mayFit = (ctx: UseCase, visit: LoadedOrder) => visit.order.state === 'in_progress' && onVisit(ctx, visit);

/**
 * On the visit, the technician records the terminal and SIM card fitted to a vehicle (A4.4.1, A4.4.5–6): both come
 * from stock, and both histories name the vehicle and the visit. Only the staff on the visit, or a dispatcher, while
 * the work is on.
 */
export function fitVehicle(ctx: UseCase, id: string, vehicleId: string, input: { terminalSerial: string; simNumber: string }) {
  return inTransaction(ctx, async (tx) => {
    const loaded = await loadRequest(tx, id);
    const vehicle = (await repo.listVehicles(tx.db, tx.actor.tenantId, id)).find((v) => v.vehicleId === vehicleId);
    if (!vehicle) throw new DomainError('not_found', 'gps.vehicle_not_in_request', 'no such vehicle on this request');
    if (!vehicle.orderId) throw new DomainError('conflict', 'gps.vehicle_not_dispatched', `${vehicle.plate} is on no visit yet`);
    const visit = await loadOrder(tx, vehicle.orderId);
    if (!onVisit(tx, visit)) throw new DomainError('forbidden', 'auth.forbidden', 'only the staff on the visit record what they fitted');
    if (visit.order.state !== 'in_progress')
      throw new DomainError('conflict', 'gps.visit_not_started', 'record what was fitted once the work has started');
    if (vehicle.fittedAt) throw new DomainError('conflict', 'gps.vehicle_fitted', `${vehicle.plate} was fitted already`);
    const order = { id: visit.order.id, number: visit.order.number };
    await installDevices(tx, { vehicleId, terminalSerial: input.terminalSerial, simNumber: input.simNumber, order });
    const fit = {
      terminalSerial: normaliseSerial(input.terminalSerial),
      simNumber: normaliseSimNumber(input.simNumber),
      at: tx.now,
      by: tx.actor.displayName,
    };
    if (!(await repo.recordFit(tx.db, tx.actor.tenantId, id, vehicleId, fit)))
      throw new DomainError('conflict', 'gps.vehicle_fitted', `${vehicle.plate} was fitted already`);
    await tx.audit({
      action: 'gps_install_request.fit',
      entity: 'gps_install_request',
      entityId: id,
      after: { vehicleId, plate: vehicle.plate, ...fit, order },
    });
    return present(tx, loaded);
  });
}

/**
 * The request an installation visit serves, for the visit's page: its id, number, the visit's vehicles, and whether
 * the caller may record the devices fitted now (`abilities.fit`, the same test `fitVehicle` makes).
 */
export async function visitOfOrder(ctx: UseCase, orderId: string) {
  const visit = await loadOrder(ctx, orderId);
  const rows = await repo.vehiclesOfOrder(ctx.db, ctx.actor.tenantId, orderId);
  if (!rows.length) return null;
  const found = await repo.findRequest(ctx.db, ctx.actor.tenantId, rows[0]!.request_id);
  if (!found) return null;
  const vehicles = (await repo.listVehicles(ctx.db, ctx.actor.tenantId, found.request.id)).filter((v) => v.orderId === orderId);
  return { requestId: found.request.id, requestNumber: found.request.number, vehicles, abilities: { fit: mayFit(ctx, visit) } };
}

/** For the history drawer: an installation request the caller may read. */
export async function readInstallRequest(ctx: UseCase, id: string) {
  return (await loadRequest(ctx, id)).request;
}

/** The visit's vehicles as the printed 安装任务派工单 lists them (the orders engine reads it by `gps_install_visit`). */
export async function visitPrintRows(ctx: UseCase, orderId: string) {
  const visit = await visitOfOrder(ctx, orderId);
  return {
    rows: (visit?.vehicles ?? []).map((v) => ({
      plate: v.plate,
      model: v.model,
      driver: `${v.driverName} ${v.driverPhone}`.trim(),
      terminalSerial: v.terminalSerial ?? '',
      simNumber: v.simNumber ?? '',
    })),
  };
}
