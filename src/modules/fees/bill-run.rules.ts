import type { Occupancy, UnitUse } from '../estates/estate.types.js';
import { billAmountFen, billableDays, daysInPeriod, rateFor, type Stay } from './bill.rules.js';
import type { FeeBasis, StandardRate } from './fee.types.js';

/** An owner's stay with their name, as the run reads it from the register. */
export interface OwnerStay extends Stay {
  name: string;
}

/**
 * Who a period's bill is addressed to: the last owner holding the unit in the period (the latest move-in among
 * the stays that overlap it; an unknown move-in counts as the earliest). Null when no owner holds it that month.
 */
export function payerOf(period: string, owners: readonly OwnerStay[]): string | null {
  const first = `${period}-01`;
  const last = `${period}-${String(daysInPeriod(period)).padStart(2, '0')}`;
  let best: OwnerStay | null = null;
  for (const o of owners) {
    if ((o.moveIn && o.moveIn > last) || (o.moveOut && o.moveOut < first)) continue;
    if (!best || (o.moveIn ?? '') >= (best.moveIn ?? '')) best = o;
  }
  return best?.name ?? null;
}

/** The standard in force for one item, as the run prices with it. */
export interface PricedStandard {
  id: string;
  itemId: string;
  basis: FeeBasis;
  rates: readonly StandardRate[];
}

export interface RunUnit {
  id: string;
  areaMilli: number;
  use: UnitUse;
  occupancy: Occupancy;
}

export interface UnitBill {
  itemId: string;
  standardId: string;
  basis: FeeBasis;
  rateFen: number;
  areaMilli: number;
  daysBilled: number;
  daysInPeriod: number;
  amountFen: number;
  payerName: string;
}

/**
 * The bills one unit gets for a period: one per item whose standard has a rate for the unit's use and occupancy,
 * prorated by the days an owner holds it (A2.4.1.1). No owner in the period: no bill at all.
 */
export function billsForUnit(
  period: string,
  unit: RunUnit,
  owners: readonly OwnerStay[],
  standards: readonly PricedStandard[],
): UnitBill[] {
  const payerName = payerOf(period, owners);
  const daysBilled = billableDays(period, owners);
  if (payerName === null || daysBilled === 0) return [];
  const total = daysInPeriod(period);
  const out: UnitBill[] = [];
  for (const s of standards) {
    const rateFen = rateFor(s.rates, unit.use, unit.occupancy);
    if (rateFen === null) continue;
    const amountFen = billAmountFen({ basis: s.basis, rateFen, areaMilli: unit.areaMilli, daysBilled, daysInPeriod: total });
    out.push({
      itemId: s.itemId,
      standardId: s.id,
      basis: s.basis,
      rateFen,
      areaMilli: unit.areaMilli,
      daysBilled,
      daysInPeriod: total,
      amountFen,
      payerName,
    });
  }
  return out;
}

/** A period after the current month cannot be billed yet. */
export const isFuturePeriod = (period: string, currentPeriod: string): boolean => period > currentPeriod;

/** The run's progress in percent (0–100), whole numbers; an estate with no units is done at once. */
export function progressPercent(unitDone: number, unitTotal: number): number {
  if (unitTotal <= 0) return 100;
  return Math.min(100, Math.floor((unitDone * 100) / unitTotal));
}
