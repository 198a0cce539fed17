import { scopeOf } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate, nextBusinessDate, startOfBusinessDay } from '../../platform/time.js';
import { PARKING_GATE, PARKING_READ } from './parking.permissions.js';
import type { CarPark, StayState } from './parking.types.js';
import { stayMinutes } from './parking-charge.rules.js';
import { gateCarPark, loadStay } from './parking-stay.access.js';
import { stayAbilities } from './parking-stay.policy.js';
import * as repo from './parking-stay.repo.js';
import { type Settlement, settleStay } from './parking-stay.rules.js';
import type { ParkingStay } from './parking-stay.types.js';
import { passCovering } from './pass-cover.repo.js';
import { normalisePlate, parsePlate } from './plate.rules.js';
import { loadCarPark, mayList, stale } from './register.access.js';
import { type StandardInForce, standardInForce } from './standard-in-force.repo.js';

export const publicStay = ({ tenantId: _t, ...s }: ParkingStay) => s;

type Row = Awaited<ReturnType<typeof repo.listStays>>['items'][number];
const present = (ctx: UseCase, r: Row) => ({
  ...publicStay(r.stay),
  carParkCode: r.carParkCode,
  carParkName: r.carParkName,
  estateName: r.estateName,
  /** Whole minutes inside, a begun minute counting; null until both ends are known. */
  minutes: r.stay.enteredAt && r.stay.exitedAt ? stayMinutes(Date.parse(r.stay.enteredAt), Date.parse(r.stay.exitedAt)) : null,
  abilities: stayAbilities(ctx.actor.access, r.officePath, r.stay.state),
});
export type PresentedStay = ReturnType<typeof present>;

export interface StayListInput {
  carParkId?: string | undefined;
  /** A business day (YYYY-MM-DD, the tenant's zone): stays that entered or left on it. */
  day?: string | undefined;
  state?: StayState | undefined;
  /** `inside`: parked (entries without exit); a list of states otherwise. */
  states?: readonly StayState[] | undefined;
  plate?: string | undefined;
  importId?: string | undefined;
  sort?: 'entered' | 'exited' | undefined;
  page: number;
  pageSize: number;
}

/** Stays of the caller's offices (403 without parking.read anywhere): of a car park, a day, a state, a plate. */
export async function listStays(ctx: UseCase, f: StayListInput) {
  mayList(ctx);
  if (f.carParkId) await loadCarPark(ctx, f.carParkId);
  const zone = f.day ? await tenantZone(ctx) : '';
  const states = f.state ? [f.state] : f.states;
  const { items, total } = await repo.listStays(ctx.db, ctx.actor.tenantId, {
    scope: scopeOf(ctx.actor.access, PARKING_READ),
    carParkId: f.carParkId,
    states,
    plate: f.plate ? normalisePlate(f.plate) : undefined,
    importId: f.importId,
    from: f.day && startOfBusinessDay(f.day, zone),
    to: f.day && startOfBusinessDay(nextBusinessDate(f.day), zone),
    sort: f.sort,
    page: f.page,
    pageSize: f.pageSize,
  });
  return { items: items.map((r) => present(ctx, r)), total, page: f.page, pageSize: f.pageSize };
}

/** One stay as its list row shows it. */
export async function getStay(ctx: UseCase, id: string) {
  const { officePath } = await loadStay(ctx, id);
  const { items } = await repo.listStays(ctx.db, ctx.actor.tenantId, { id, scope: [officePath], page: 1, pageSize: 1 });
  if (!items[0]) throw notFound('parking_stay');
  return present(ctx, items[0]);
}

/**
 * What settling needs, looked up once per car park and month: the standard in force in the entry's month (the
 * tenant's zone) and the pass covering a plate. An import settles hundreds of stays with one of these.
 */
export function settler(tx: Tx, carParkId: string, zone: string) {
  const standards = new Map<string, Promise<StandardInForce | null>>();
  return async (plate: string, entryAt: string, exitAt: string): Promise<Settlement> => {
    const month = businessDate(entryAt, zone).slice(0, 7);
    if (!standards.has(month)) standards.set(month, standardInForce(tx.db, tx.actor.tenantId, carParkId, month));
    const [standard, pass] = await Promise.all([standards.get(month)!, passCovering(tx.db, tx.actor.tenantId, carParkId, plate, month)]);
    return settleStay({ entryAt, exitAt, standard, pass, timeZone: zone });
  };
}

/** A stay as the gate first records it (an entry parked, or an exit with no entry: unmatched). */
export function newStay(
  tx: Tx,
  carPark: CarPark,
  f: Pick<ParkingStay, 'plate' | 'enteredAt' | 'exitedAt' | 'source' | 'recordKey' | 'importId' | 'state'> & { id?: string },
): ParkingStay {
  return {
    tenantId: tx.actor.tenantId,
    id: f.id ?? newId(),
    officeId: carPark.officeId,
    estateId: carPark.estateId,
    carParkId: carPark.id,
    plate: f.plate,
    enteredAt: f.enteredAt,
    exitedAt: f.exitedAt,
    source: f.source,
    recordKey: f.recordKey,
    importId: f.importId,
    vehicleId: null,
    passId: null,
    standardId: null,
    chargeFen: null,
    state: f.state,
    collectionId: null,
    waiveReason: null,
    waivedBy: null,
    waivedByName: null,
    waivedAt: null,
    recordedBy: tx.actor.userId ?? 'system',
    recordedByName: tx.actor.displayName,
    version: 1,
    createdAt: tx.now,
    updatedAt: tx.now,
  };
}

/** The stay with its exit and its settlement. */
export const withExit = (tx: Tx, s: ParkingStay, exitAt: string, settled: Settlement): ParkingStay => ({
  ...s,
  exitedAt: exitAt,
  state: settled.state,
  chargeFen: settled.chargeFen,
  standardId: settled.standardId,
  passId: settled.passId,
  vehicleId: settled.vehicleId,
  version: s.version + 1,
  updatedAt: tx.now,
});

/** The instant the guard names (default now): an ISO instant, not in the future. */
function gateTime(tx: Tx, at: string | undefined): string {
  if (!at) return tx.now;
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) throw fieldError('invalid', 'parking_stay.time_invalid', 'at', 'an ISO instant');
  if (ms > Date.parse(tx.now)) throw fieldError('unprocessable', 'parking_stay.time_in_future', 'at', 'the time is after now');
  return new Date(ms).toISOString();
}

function plateOf(raw: string): string {
  const parsed = parsePlate(raw);
  if (!parsed)
    throw fieldError('unprocessable', 'parking_stay.plate_invalid', 'plate', 'not a plate of the mainland (沪A12345, 浙AD12345)');
  return parsed.plate;
}

/** The guard's entry (parking.gate at the car park's office): the car is parked; a plate already inside is refused. */
export async function recordEntry(ctx: UseCase, input: { carParkId: string; plate: string; at?: string | undefined }) {
  return inTransaction(ctx, async (tx) => {
    const { carPark } = await gateCarPark(tx, input.carParkId);
    if (!carPark.active) throw fieldError('unprocessable', 'parking_stay.car_park_inactive', 'carParkId', 'the car park is deactivated');
    const plate = plateOf(input.plate);
    const at = gateTime(tx, input.at);
    if (await repo.parkedStay(tx.db, tx.actor.tenantId, carPark.id, plate))
      throw fieldError('conflict', 'parking_stay.already_parked', 'plate', 'this car is inside already: record its exit first');
    const id = newId();
    const stay = newStay(tx, carPark, {
      id,
      plate,
      enteredAt: at,
      exitedAt: null,
      source: 'gate',
      recordKey: `gate:${id}`,
      importId: null,
      state: 'parked',
    });
    await repo.insertStay(tx.db, stay);
    await tx.audit({ action: 'parking_stay.enter', entity: 'parking_stay', entityId: id, after: publicStay(stay) });
    return getStay(tx, id);
  });
}

/**
 * The guard's exit: of a parked stay (by its id), or of a plate — its car inside is found; with no entry on record the
 * exit is kept as `unmatched` for the office to look into. Settled at once; the answer carries the charge and state.
 */
export async function recordExit(
  ctx: UseCase,
  input: { stayId?: string | undefined; carParkId?: string | undefined; plate?: string | undefined; at?: string | undefined },
) {
  return inTransaction(ctx, async (tx) => {
    const at = gateTime(tx, input.at);
    let parked: ParkingStay | null = null;
    let carParkId = input.carParkId;
    if (input.stayId) {
      const { stay, officePath } = await loadStay(tx, input.stayId);
      authorize(tx.actor.access, PARKING_GATE, officePath, 'parking_stay');
      if (stay.state !== 'parked') throw new DomainError('conflict', 'parking_stay.not_parked', 'this stay has its exit already');
      parked = stay;
      carParkId = stay.carParkId;
    }
    if (!carParkId) throw fieldError('invalid', 'parking_stay.car_park_required', 'carParkId', 'name the stay or the car park and plate');
    const { carPark } = await gateCarPark(tx, carParkId);
    if (!parked) {
      if (!input.plate) throw fieldError('invalid', 'parking_stay.plate_invalid', 'plate', 'name the plate leaving');
      parked = await repo.parkedStay(tx.db, tx.actor.tenantId, carPark.id, plateOf(input.plate));
    }
    const zone = await tenantZone(tx);
    if (!parked) {
      const id = newId();
      const stay = newStay(tx, carPark, {
        id,
        plate: plateOf(input.plate!),
        enteredAt: null,
        exitedAt: at,
        source: 'gate',
        recordKey: `gate:${id}`,
        importId: null,
        state: 'unmatched',
      });
      await repo.insertStay(tx.db, stay);
      await tx.audit({ action: 'parking_stay.exit_unmatched', entity: 'parking_stay', entityId: id, after: publicStay(stay) });
      return getStay(tx, id);
    }
    if (Date.parse(at) < Date.parse(parked.enteredAt!))
      throw fieldError('unprocessable', 'parking_stay.exit_before_entry', 'at', 'the exit is before the car entered');
    const settled = await settler(tx, carPark.id, zone)(parked.plate, parked.enteredAt!, at);
    const after = withExit(tx, parked, at, settled);
    if (!(await repo.updateStay(tx.db, after, parked.version))) throw stale('parking stay');
    await tx.audit({
      action: 'parking_stay.exit',
      entity: 'parking_stay',
      entityId: parked.id,
      before: publicStay(parked),
      after: publicStay(after),
    });
    return getStay(tx, parked.id);
  });
}
