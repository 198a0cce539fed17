import { scopeOf } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { tenantMonth } from '../../platform/tenancy.js';
import { unitAddress } from '../estates/estate.rules.js';
import { loadEstate } from '../estates/estate.service.js';
import { ITEMS_PRICED_ELSEWHERE } from '../fees/fee.types.js';
import { billItemMonths, ensureFeeItem, itemMonthsBilled, withdrawOpenBills } from '../fees/item-bill.service.js';
import { PARKING_PASSES, PARKING_READ } from './parking.permissions.js';
import type { PassState } from './parking.types.js';
import { passAbilities } from './parking-pass.policy.js';
import * as repo from './parking-pass.repo.js';
import { monthsOf, monthsToWithdraw, passMonthsRefusal, placeRefusal, pricedAs, type Refusal } from './parking-pass.rules.js';
import { normalisePlate } from './plate.rules.js';
import { loadCarPark, loadSpace, loadVehicle, mayList, stale } from './register.access.js';
import { standardInForce } from './standard-in-force.repo.js';

/** The fee item a pass is billed under with the property bills (created with the tenant's first pass). */
export const PASS_FEE_ITEM = { code: 'parking_pass', name: ITEMS_PRICED_ELSEWHERE.parking_pass } as const;

const refuse = (r: Refusal, kind: 'unprocessable' | 'conflict' = 'unprocessable') => fieldError(kind, r.code, r.field, r.message);

/** A pass the caller may read (404 outside their offices, 403 inside without parking.read). */
export async function loadPass(ctx: UseCase, id: string) {
  const found = await repo.findPass(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound('parking_pass');
  authorize(ctx.actor.access, PARKING_READ, found.officePath, 'parking_pass');
  return found;
}

type Row = Awaited<ReturnType<typeof repo.listPasses>>['items'][number];
type Month = Awaited<ReturnType<typeof repo.monthsOfPasses>>[number];

const present = (ctx: UseCase, r: Row, months: Month[]) => ({
  ...r.pass,
  estateName: r.estateName,
  carParkCode: r.carParkCode,
  carParkName: r.carParkName,
  plate: r.plate,
  holderName: r.holderName,
  holderPhone: r.holderPhone,
  unitAddress: unitAddress(r.unit),
  spaceNumber: r.spaceNumber,
  months: months.map(({ passId: _p, ...m }) => m),
  paidMonths: months.filter((m) => m.billState === 'paid').length,
  abilities: passAbilities(ctx.actor.access, r.officePath, r.pass.state),
});

export interface PassListInput {
  estateId?: string | undefined;
  carParkId?: string | undefined;
  state?: PassState | undefined;
  q?: string | undefined;
  sort?: string | undefined;
  page: number;
  pageSize: number;
}

/** Passes of the caller's offices (403 for who reads parking nowhere): by estate, car park, state, plate, holder or room. */
export async function listPasses(ctx: UseCase, f: PassListInput) {
  mayList(ctx);
  if (f.estateId) await loadEstate(ctx, f.estateId);
  if (f.carParkId) await loadCarPark(ctx, f.carParkId);
  const { items, total } = await repo.listPasses(ctx.db, ctx.actor.tenantId, {
    ...f,
    plateQ: f.q && normalisePlate(f.q),
    scope: scopeOf(ctx.actor.access, PARKING_READ),
  });
  const months = await repo.monthsOfPasses(
    ctx.db,
    ctx.actor.tenantId,
    items.map((r) => r.pass.id),
  );
  return {
    items: items.map((r) =>
      present(
        ctx,
        r,
        months.filter((m) => m.passId === r.pass.id),
      ),
    ),
    total,
    page: f.page,
    pageSize: f.pageSize,
  };
}

/** One pass with each month's bill and its state. */
export async function getPass(ctx: UseCase, id: string) {
  const { officePath } = await loadPass(ctx, id);
  const { items } = await repo.listPasses(ctx.db, ctx.actor.tenantId, { id, scope: [officePath], page: 1, pageSize: 1 });
  if (!items[0]) throw notFound('parking_pass');
  return present(ctx, items[0], await repo.monthsOfPasses(ctx.db, ctx.actor.tenantId, [id]));
}

export interface IssuePassInput {
  carParkId: string;
  vehicleId: string;
  spaceId: string | null;
  zone: string;
  fromMonth: string;
  toMonth: string;
}

/**
 * What a pass would be, checked as issuing checks it: the caller issues passes at the car park; the vehicle in use,
 * of the car park's estate, with a unit (the pass is billed to it); a space of the car park or a zone; whole months
 * from this month on, at most a year; the price of the car park's approved standard in force in the first month for
 * the space's kind (a zone as public); one active pass per vehicle and per space a month, and one pass bill per unit
 * a month.
 */
async function checkPass(tx: UseCase, input: IssuePassInput) {
  const t = tx.actor.tenantId;
  const { carPark, officePath } = await loadCarPark(tx, input.carParkId);
  authorize(tx.actor.access, PARKING_PASSES, officePath, 'car_park');
  if (!carPark.active) throw fieldError('unprocessable', 'parking_pass.car_park_inactive', 'carParkId', 'the car park is deactivated');
  const { vehicle } = await loadVehicle(tx, input.vehicleId);
  if (vehicle.estateId !== carPark.estateId)
    throw fieldError('unprocessable', 'parking_pass.vehicle_other_estate', 'vehicleId', 'the vehicle is registered at another estate');
  if (!vehicle.active) throw fieldError('unprocessable', 'parking_pass.vehicle_inactive', 'vehicleId', 'the vehicle is deactivated');
  if (!vehicle.unitId)
    throw fieldError(
      'unprocessable',
      'parking_pass.vehicle_no_unit',
      'vehicleId',
      'the vehicle has no unit on the register: a pass is billed with the unit’s property bills',
    );
  const current = await tenantMonth(tx, tx.clock.now());
  const monthsRefusal = passMonthsRefusal(input.fromMonth, input.toMonth, current);
  if (monthsRefusal) throw refuse(monthsRefusal);
  const space = input.spaceId ? (await loadSpace(tx, input.spaceId)).space : null;
  const zone = space ? input.zone.trim() : input.zone.trim().replace(/\s+/g, ' ');
  const placeRefused = placeRefusal({ space, zone }, carPark.id, vehicle.unitId);
  if (placeRefused) throw refuse(placeRefused);
  const ownership = pricedAs(space);
  const standard = await standardInForce(tx.db, t, carPark.id, input.fromMonth);
  if (!standard)
    throw fieldError('unprocessable', 'parking_pass.no_standard', 'fromMonth', 'no approved parking standard is in force at the car park');
  const monthlyFen = standard.passPrices[ownership];
  if (monthlyFen === undefined)
    throw fieldError(
      'unprocessable',
      'parking_pass.no_price',
      space ? 'spaceId' : 'zone',
      `the standard has no pass price for ${ownership}`,
    );
  const taken = await repo.overlappingMonths(tx.db, t, { vehicleId: vehicle.id }, input.fromMonth, input.toMonth);
  if (taken)
    throw fieldError('conflict', 'parking_pass.vehicle_has_pass', 'vehicleId', `the vehicle has a pass for ${taken.from}–${taken.to}`);
  if (space) {
    const held = await repo.overlappingMonths(tx.db, t, { spaceId: space.id }, input.fromMonth, input.toMonth);
    if (held) throw fieldError('conflict', 'parking_pass.space_has_pass', 'spaceId', `the space has a pass for ${held.from}–${held.to}`);
  }
  const months = monthsOf(input.fromMonth, input.toMonth);
  const billed = await itemMonthsBilled(tx, vehicle.unitId, PASS_FEE_ITEM.code, months);
  if (billed.length)
    throw fieldError(
      'conflict',
      'fee_bill.month_billed',
      'fromMonth',
      `the unit has a pass bill for ${billed.join(', ')} (another vehicle's)`,
    );
  return { carPark, vehicle, unitId: vehicle.unitId, space, zone, ownership, standard, monthlyFen, months };
}

/**
 * Issues a monthly pass (A2.4.1.2) in one transaction, checked as `checkPass` says: every month becomes an open property bill of the unit,
 * item 停车月卡费, paid at the fee desk like any bill.
 */
export async function issuePass(ctx: UseCase, input: IssuePassInput) {
  return inTransaction(ctx, async (tx) => {
    const t = tx.actor.tenantId;
    const { carPark, vehicle, unitId, space, zone, ownership, standard, monthlyFen, months } = await checkPass(tx, input);
    const pass: repo.ParkingPass = {
      id: newId(),
      officeId: carPark.officeId,
      estateId: carPark.estateId,
      carParkId: carPark.id,
      vehicleId: vehicle.id,
      unitId,
      spaceId: space?.id ?? null,
      zone: space ? '' : zone,
      ownership,
      fromMonth: input.fromMonth,
      toMonth: input.toMonth,
      monthlyFen,
      standardId: standard.id,
      state: 'active',
      cancelledAt: null,
      createdBy: tx.actor.displayName,
      version: 1,
      createdAt: tx.now,
      updatedAt: tx.now,
    };
    await repo.insertPass(tx.db, t, pass);
    const item = await ensureFeeItem(tx, PASS_FEE_ITEM.code, PASS_FEE_ITEM.name);
    const bills = await billItemMonths(tx, {
      unitId,
      item,
      periods: months,
      amountFen: monthlyFen,
      payerName: vehicle.holderName,
      priceNote: '停车月卡费按车场的停车收费标准（业务总部审核、总经理批准）计价，由月卡逐月开具账单；本标准不参与月度计费。',
      field: 'fromMonth',
      source: { passId: pass.id, plate: vehicle.plate },
    });
    await repo.insertMonths(tx.db, t, pass.id, bills);
    await tx.audit({
      action: 'parking_pass.issue',
      entity: 'parking_pass',
      entityId: pass.id,
      after: { ...pass, plate: vehicle.plate, months: bills.map((b) => b.period) },
    });
    return getPass(tx, pass.id);
  });
}

/** The price a pass would have and its months, or the refusal issuing would give (the form shows it before saving). */
export async function quotePass(ctx: UseCase, input: IssuePassInput) {
  const q = await checkPass(ctx, input);
  return {
    ownership: q.ownership,
    monthlyFen: q.monthlyFen,
    months: q.months,
    totalFen: q.monthlyFen * q.months.length,
    standardEffectiveMonth: q.standard.effectiveMonth,
  };
}

/**
 * Cancels an active pass with a reason: the gate no longer lets it park free; the months after the current one whose
 * bills are still open are withdrawn (deleted and taken out of the totals); this month, past months and paid months
 * stay billed (a refund of a paid month is the fee desk's matter). Refused while such a bill is with the bank.
 */
export async function cancelPass(ctx: UseCase, id: string, input: { reason: string; version: number }) {
  return inTransaction(ctx, async (tx) => {
    const t = tx.actor.tenantId;
    const { pass, officePath } = await loadPass(tx, id);
    authorize(tx.actor.access, PARKING_PASSES, officePath, 'parking_pass');
    if (pass.state !== 'active') throw new DomainError('conflict', 'parking_pass.not_active', 'the pass is cancelled already');
    if (pass.version !== input.version) throw stale('pass');
    const reason = input.reason.trim();
    if (!reason) throw fieldError('unprocessable', 'parking_pass.reason_required', 'reason', 'give the reason');
    const current = await tenantMonth(tx, tx.now);
    const months = await repo.monthsOfPasses(tx.db, t, [id]);
    const withdrawn = monthsToWithdraw(months, current);
    await repo.deleteMonths(
      tx.db,
      t,
      id,
      withdrawn.map((m) => m.period),
    );
    await withdrawOpenBills(
      tx,
      withdrawn.map((m) => m.billId),
      `月卡作废：${reason}`,
    );
    if (!(await repo.cancelPass(tx.db, t, id, pass.version, tx.now))) throw stale('pass');
    await tx.audit({
      action: 'parking_pass.cancel',
      entity: 'parking_pass',
      entityId: id,
      before: { state: pass.state, version: pass.version },
      after: { state: 'cancelled', reason, withdrawnMonths: withdrawn.map((m) => m.period), version: pass.version + 1 },
    });
    return getPass(tx, id);
  });
}
