import type { Tx, UseCase } from '../../platform/context.js';
import { DomainError, fieldError } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { daysInPeriod } from './bill.rules.js';
import { countBillChanges, countedRow } from './bill-totals.repo.js';
import * as desk from './desk.repo.js';
import type { FeeItem, ItemPricedElsewhere } from './fee.types.js';
import * as items from './fee-item.repo.js';
import { insertStandard } from './fee-standard.repo.js';
import type { FeeStandardRecord } from './fee-standard.types.js';
import * as repo from './item-bill.repo.js';

/**
 * Bills another module prices itself (a monthly parking pass priced by its approved parking standard), filed with the
 * property bills: one bill per unit, item and month, shown and paid at the desk like any bill, moving the running
 * totals in the caller's transaction. The caller has authorised the use case; these functions only write and audit.
 */

/**
 * The tenant's fee item of `code`, created (audited) when the tenant has none; a deactivated one refuses. Only an item
 * declared priced elsewhere (`ITEMS_PRICED_ELSEWHERE`) is billed this way, so the standards' form never offers it.
 */
export async function ensureFeeItem(tx: Tx, code: ItemPricedElsewhere, name: string): Promise<FeeItem> {
  const t = tx.actor.tenantId;
  const found = await repo.itemByCode(tx.db, t, code);
  if (found) {
    if (Number(found.active) !== 1)
      throw new DomainError('unprocessable', 'fee_item.inactive', `the fee item ${found.name} is deactivated`);
    return (await items.findItem(tx.db, t, found.id))!;
  }
  const item: FeeItem = { id: newId(), code, name, active: true, version: 1 };
  await items.insertItem(tx.db, t, item, tx.now);
  await tx.audit({ action: 'fee_item.create', entity: 'fee_item', entityId: item.id, after: item });
  return item;
}

/** The months (of those given) a unit has a bill of the item of `code` for (none when the tenant has no such item). */
export async function itemMonthsBilled(ctx: UseCase, unitId: string, code: string, periods: readonly string[]): Promise<string[]> {
  const item = await repo.itemByCode(ctx.db, ctx.actor.tenantId, code);
  return item ? repo.billedPeriods(ctx.db, ctx.actor.tenantId, unitId, item.id, periods) : [];
}

const noStep = { by: null, byName: null, at: null };

/**
 * fee_bills names a fee standard. An item priced elsewhere is filed under one standard per estate with no rates:
 * state approved (so it never enters the approval chain), billing nothing in a run or at the desk ahead (no rate
 * matches a unit), its note saying where the price comes from. Created, audited, on the estate's first such bill.
 */
async function filingStandard(tx: Tx, unit: desk.DeskUnit, item: FeeItem, firstPeriod: string, note: string): Promise<string> {
  const t = tx.actor.tenantId;
  const found = await repo.standardOfItem(tx.db, t, unit.estateId, item.id);
  if (found) return found;
  const s: FeeStandardRecord = {
    tenantId: t,
    id: newId(),
    officeId: unit.officeId,
    estateId: unit.estateId,
    itemId: item.id,
    basis: 'per_unit',
    effectiveMonth: firstPeriod,
    note,
    state: 'approved',
    submitted: noStep,
    reviewed: noStep,
    approved: noStep,
    returned: noStep,
    returnReason: null,
    createdBy: tx.actor.displayName,
    version: 1,
    createdAt: tx.now,
    updatedAt: tx.now,
  };
  await insertStandard(tx.db, s);
  const { tenantId: _t, ...after } = s;
  await tx.audit({ action: 'fee_standard.create', entity: 'fee_standard', entityId: s.id, after: { ...after, rates: [] } });
  return s.id;
}

export interface ItemMonthsInput {
  unitId: string;
  item: FeeItem;
  periods: readonly string[];
  amountFen: number;
  /** Who the bills are addressed to when the unit has no owner on the register. */
  payerName: string;
  /** Where the price comes from, for the filing standard's note. */
  priceNote: string;
  /** The request field a month already billed is refused on. */
  field: string;
  /** What the audit of each bill records as its source (e.g. the pass). */
  source: Record<string, unknown>;
}

/**
 * Bills these months of this unit for this item at this amount (open bills, shown at the desk). A month the unit
 * has a bill of the item for already is refused (409 `fee_bill.month_billed` on `field`): bills are one per unit,
 * item and month. Returns each month's bill id.
 */
export async function billItemMonths(tx: Tx, input: ItemMonthsInput): Promise<{ period: string; billId: string }[]> {
  const t = tx.actor.tenantId;
  const unit = await desk.findDeskUnit(tx.db, t, input.unitId);
  if (!unit) throw fieldError('unprocessable', 'fee_bill.unit_not_found', input.field, 'no such unit');
  const taken = await repo.billedPeriods(tx.db, t, unit.id, input.item.id, input.periods);
  if (taken.length)
    throw fieldError('conflict', 'fee_bill.month_billed', input.field, `the unit has a ${input.item.name} bill for ${taken.join(', ')}`);
  const standardId = await filingStandard(tx, unit, input.item, input.periods[0] ?? '', input.priceNote);
  const out: { period: string; billId: string }[] = [];
  const payerName = unit.ownerName ?? input.payerName;
  for (const period of input.periods) {
    const bill: repo.ItemBillRow = {
      id: newId(),
      officeId: unit.officeId,
      estateId: unit.estateId,
      buildingId: unit.buildingId,
      unitId: unit.id,
      itemId: input.item.id,
      standardId,
      period,
      basis: 'per_unit',
      rateFen: input.amountFen,
      areaMilli: unit.areaMilli,
      daysInPeriod: daysInPeriod(period),
      amountFen: input.amountFen,
      payerName,
    };
    if (!(await repo.insertItemBill(tx.db, t, bill, tx.now)))
      throw fieldError('conflict', 'fee_bill.month_billed', input.field, `the unit has a ${input.item.name} bill for ${period}`);
    await tx.audit({
      action: 'fee_bill.create',
      entity: 'fee_bill',
      entityId: bill.id,
      after: { unitId: unit.id, item: input.item.name, period, amountFen: input.amountFen, payerName, ...input.source },
    });
    out.push({ period, billId: bill.id });
  }
  await countBillChanges(
    tx.db,
    t,
    out.map((b) => ({
      before: null,
      after: {
        officeId: unit.officeId,
        estateId: unit.estateId,
        buildingId: unit.buildingId,
        period: b.period,
        paidPeriod: null,
        dueFen: input.amountFen,
      },
    })),
  );
  return out;
}

/**
 * Withdraws open bills that should never have been due (the months of a pass cancelled before they began): each is
 * deleted and taken out of the running totals, audited with what it was. A bill in a bank batch waiting for its
 * return file, or with an adjustment, is not withdrawn: the whole write is refused (409), nothing half done.
 */
export async function withdrawOpenBills(tx: Tx, billIds: readonly string[], reason: string): Promise<void> {
  const t = tx.actor.tenantId;
  const rows = await repo.billsToWithdraw(tx.db, t, billIds);
  const inBank = rows.filter((r) => r.bank_batch_id !== null);
  if (inBank.length)
    throw new DomainError(
      'conflict',
      'fee_bill.in_bank_collection',
      `bills of ${inBank.map((r) => r.period).join(', ')} are with the bank`,
    );
  const adjusted = rows.filter((r) => Number(r.adjustments ?? 0) > 0);
  if (adjusted.length)
    throw new DomainError('conflict', 'fee_bill.adjusted', `bills of ${adjusted.map((r) => r.period).join(', ')} have adjustments`);
  for (const r of rows) {
    if (r.state !== 'open' || !(await repo.deleteOpenBill(tx.db, t, r.id, Number(r.version))))
      throw new DomainError('conflict', 'bill.already_paid', 'a bill was paid by someone else meanwhile; reload');
    await tx.audit({
      action: 'fee_bill.withdraw',
      entity: 'fee_bill',
      entityId: r.id,
      before: { unitId: r.unit_id, period: r.period, amountFen: Number(r.amount_fen), state: r.state },
      after: { reason },
    });
  }
  await countBillChanges(
    tx.db,
    t,
    rows.map((r) => ({ before: countedRow(r), after: null })),
  );
}
