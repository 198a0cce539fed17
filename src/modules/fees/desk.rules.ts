import { earlierOwed as deskEarlierOwed } from '../../../web/src/features/fee-desk/earlier-owed.js';
import type { Occupancy, UnitUse } from '../estates/estate.types.js';
import { billAmountFen, billableDays, daysInPeriod, nextPeriod, rateFor, standardInForce } from './bill.rules.js';
import type { FeeBasis, StandardRate } from './fee.types.js';

/** At most this many months may be paid ahead at the desk. */
export const MAX_ADVANCE_MONTHS = 12;

/** What a bill asks for now: its amount plus its approved adjustments (signed). */
export const dueFen = (b: { amountFen: number; adjustmentFen: number }) => b.amountFen + b.adjustmentFen;

/** A unit as the desk and the receipt name it: `3栋1单元1201` (no 单元 when the building has one). */
export const unitLabel = (u: { buildingName: string; entrance: string; room: string }) =>
  `${u.buildingName}${u.entrance ? `${u.entrance}单元` : ''}${u.room}`;

/** One receipt line per bill: `物业管理费 2026-10 3栋1单元1201`. */
export const receiptLine = (itemName: string, period: string, unit: string) => `${itemName} ${period} ${unit}`;

/** `n` periods from `first` on (`2026-11`, 3 → 2026-11, 2026-12, 2027-01). */
export function periodsFrom(first: string, n: number): string[] {
  const out: string[] = [];
  for (let p = first; out.length < n; p = nextPeriod(p)) out.push(p);
  return out;
}

/**
 * The first month a unit's item may be billed ahead: the month after its latest bill, never before the current
 * month (a month not billed yet is the first one paid ahead; the later run then makes nothing for it).
 */
export const firstAdvancePeriod = (latestBilled: string | null, current: string) => {
  const after = latestBilled ? nextPeriod(latestBilled) : current;
  return after > current ? after : current;
};

export interface AdvanceStandard {
  id: string;
  itemId: string;
  state: string;
  effectiveMonth: string;
  basis: FeeBasis;
  rates: StandardRate[];
}

export interface AdvanceBill {
  itemId: string;
  standardId: string;
  period: string;
  basis: FeeBasis;
  rateFen: number;
  daysBilled: number;
  daysInPeriod: number;
  amountFen: number;
}

/**
 * The bills of a unit's item paid ahead: one per period from the standard in force for it (a whole month: the
 * owner's stay is open). A period without an approved standard or a rate for the unit is returned in `missing`.
 */
export function advanceBills(
  itemId: string,
  standards: readonly AdvanceStandard[],
  periods: readonly string[],
  unit: { areaMilli: number; use: UnitUse; occupancy: Occupancy },
): { bills: AdvanceBill[]; missing: string[] } {
  const bills: AdvanceBill[] = [];
  const missing: string[] = [];
  const own = standards.filter((s) => s.itemId === itemId);
  for (const period of periods) {
    const std = standardInForce(own, period);
    const rateFen = std ? rateFor(std.rates, unit.use, unit.occupancy) : null;
    if (!std || rateFen === null) {
      missing.push(period);
      continue;
    }
    const days = daysInPeriod(period);
    const daysBilled = billableDays(period, [{ moveIn: null, moveOut: null }]);
    bills.push({
      itemId,
      standardId: std.id,
      period,
      basis: std.basis,
      rateFen,
      daysBilled,
      daysInPeriod: days,
      amountFen: billAmountFen({ basis: std.basis, rateFen, areaMilli: unit.areaMilli, daysBilled, daysInPeriod: days }),
    });
  }
  return { bills, missing };
}

export type PaymentRefusal = { kind: 'unprocessable' | 'conflict'; code: string; field?: string };

/** Which bill of a payment may not be taken, and why (pure: the service loaded them). */
export function refuseBills(
  unitId: string,
  wanted: readonly string[],
  bills: readonly { id: string; unitId: string; state: string; bankBatchId: string | null }[],
): PaymentRefusal | null {
  const byId = new Map(bills.map((b) => [b.id, b]));
  for (const id of wanted) {
    const b = byId.get(id);
    if (!b || b.unitId !== unitId) return { kind: 'unprocessable', code: 'fee_payment.bill_other_unit', field: 'billIds' };
  }
  for (const id of wanted) {
    const b = byId.get(id)!;
    if (b.state !== 'open') return { kind: 'conflict', code: 'bill.already_paid', field: 'billIds' };
    if (b.bankBatchId) return { kind: 'conflict', code: 'bill.in_bank_collection', field: 'billIds' };
  }
  return null;
}

/** What `earlierOwed` reads of an open bill. */
export interface OwedFacts {
  id: string;
  itemId: string;
  period: string;
  bankBatchId: string | null;
}

/**
 * The months a payment leaves owed before a month it takes: the unit's open bills, not chosen and not with the bank,
 * of an item the payment takes a later month of (a chosen bill's item, or an item paid ahead). 篇二 does not say in
 * which order the months are paid, so this is asked, not refused: the desk names these months and takes the payment
 * once the clerk confirms. Empty when the payment takes the months in order. Oldest first. The rule is the desk page's
 * own (the page asks before it sends), so both sides ask about the same months.
 */
export function earlierOwed<B extends OwedFacts>(open: readonly B[], chosenIds: readonly string[], aheadItemIds: readonly string[]): B[] {
  return deskEarlierOwed(
    open.map((b) => ({ ...b, inBankCollection: b.bankBatchId !== null })),
    chosenIds,
    aheadItemIds,
  );
}
