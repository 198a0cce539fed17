import { authorize } from '../../platform/authz/guard.js';
import type { UseCase } from '../../platform/context.js';
import { fieldError, notFound } from '../../platform/http/errors.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import * as repo from './desk.repo.js';
import { type AdvanceBill, advanceBills, dueFen, firstAdvancePeriod, MAX_ADVANCE_MONTHS, periodsFrom } from './desk.rules.js';
import * as payments from './fee-payment.repo.js';
import { approvedStandards } from './fee-standard.repo.js';
import { FEE_COLLECT } from './fees.permissions.js';

/** A unit the caller collects fees for (404 outside their offices, 403 inside without fees.collect). */
export async function loadDeskUnit(ctx: UseCase, unitId: string): Promise<repo.DeskUnit> {
  const unit = await repo.findDeskUnit(ctx.db, ctx.actor.tenantId, unitId);
  if (!unit) throw notFound('unit');
  authorize(ctx.actor.access, FEE_COLLECT, unit.officePath, 'unit');
  return unit;
}

const presentBill = (b: repo.DeskBill) => ({
  id: b.id,
  itemId: b.itemId,
  itemName: b.itemName,
  period: b.period,
  amountFen: b.amountFen,
  adjustmentFen: b.adjustmentFen,
  dueFen: dueFen(b),
  inBankCollection: b.bankBatchId !== null,
  version: b.version,
});

/** The desk's card of a unit: owner, open bills oldest first with what each is due, and the latest payments. */
export async function deskUnit(ctx: UseCase, unitId: string) {
  const unit = await loadDeskUnit(ctx, unitId);
  const open = await repo.openBillsOfUnit(ctx.db, ctx.actor.tenantId, unitId);
  const recent = await payments.recentPayments(ctx.db, ctx.actor.tenantId, unitId, 10);
  const { officePath: _p, buildingId: _b, ...shown } = unit;
  return {
    unit: shown,
    openBills: open.map(presentBill),
    // bills in a bank batch are shown but cannot be taken, so they are not in the total
    totalDueFen: open.filter((b) => !b.bankBatchId).reduce((s, b) => s + dueFen(b), 0),
    recentPayments: recent.map((r) => ({
      id: r.payment.id,
      paidAt: r.payment.paidAt,
      method: r.payment.method,
      amountFen: r.payment.amountFen,
      cashierName: r.payment.cashierName,
      receiptId: r.payment.receiptId,
      receiptNumber: r.receiptNumber,
    })),
  };
}

export type PlannedBill = AdvanceBill & { itemName: string };

/**
 * The bills `months` months ahead of a unit would be, per item of the estate's approved standards: from the
 * month after its latest bill (never before the current month), each from the standard in force for its period.
 * A month for which no item has an approved standard is refused (422 `fee_payment.no_standard`).
 */
export async function planAdvance(ctx: UseCase, unit: repo.DeskUnit, months: number): Promise<PlannedBill[]> {
  if (months <= 0) return [];
  if (months > MAX_ADVANCE_MONTHS)
    throw fieldError('unprocessable', 'fee_payment.too_many_months', 'advanceMonths', `at most ${MAX_ADVANCE_MONTHS} months ahead`);
  if (!unit.ownerName)
    throw fieldError('unprocessable', 'fee_payment.no_owner', 'advanceMonths', 'a unit without an owner is not billed ahead');
  const tz = await tenantZone(ctx);
  const current = businessDate(ctx.clock.now(), tz).slice(0, 7);
  const standards = await approvedStandards(ctx.db, ctx.actor.tenantId, unit.estateId);
  const latest = await repo.latestBilled(ctx.db, ctx.actor.tenantId, unit.id);
  const items = [...new Map(standards.map((s) => [s.itemId, s.itemName])).entries()];
  const planned: PlannedBill[] = [];
  const covered = new Set<number>();
  for (const [itemId, itemName] of items) {
    const periods = periodsFrom(firstAdvancePeriod(latest.get(itemId) ?? null, current), months);
    const { bills } = advanceBills(itemId, standards, periods, unit);
    for (const b of bills) {
      planned.push({ ...b, itemName });
      covered.add(periods.indexOf(b.period));
    }
  }
  if (covered.size < months)
    throw fieldError(
      'unprocessable',
      'fee_payment.no_standard',
      'advanceMonths',
      'no approved fee standard is in force for a month asked for',
    );
  return planned.sort((a, b) => a.period.localeCompare(b.period) || a.itemName.localeCompare(b.itemName));
}

/** What paying `months` ahead would add (nothing is written): one line per item and month. */
export async function previewAdvance(ctx: UseCase, unitId: string, months: number) {
  const unit = await loadDeskUnit(ctx, unitId);
  const planned = await planAdvance(ctx, unit, months);
  return {
    months,
    bills: planned.map((b) => ({ itemId: b.itemId, itemName: b.itemName, period: b.period, amountFen: b.amountFen })),
    totalFen: planned.reduce((s, b) => s + b.amountFen, 0),
  };
}
