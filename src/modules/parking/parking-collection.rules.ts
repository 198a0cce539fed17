import { localDateTime } from '../../platform/time.js';
import type { StayState } from './parking.types.js';
import { ParkingChargeError, stayCharge, type TemporaryRate } from './parking-charge.rules.js';

/**
 * 临时停车费 at the gate (A2.4.1.2): the receipt's line for a stay — the item, the plate and the stay's local clock
 * times, the date once (`临时停车费 粤B12345 12-03 08:10–11:25`), both dates when it ran over midnight
 * (`… 12-03 22:10–12-04 07:25`).
 */
export function receiptLine(plate: string, enteredAt: string, exitedAt: string, timeZone: string): string {
  const entry = localDateTime(enteredAt, timeZone); // 2026-12-03 08:10
  const exit = localDateTime(exitedAt, timeZone);
  const sameDay = entry.slice(0, 10) === exit.slice(0, 10);
  return `临时停车费 ${plate} ${entry.slice(5)}–${sameDay ? exit.slice(11) : exit.slice(5)}`;
}

/** Why a stay cannot be collected or waived now: only a charged, unpaid stay (`due`) can. */
export function refuseSettle(state: StayState): { code: 'parking_stay.not_due'; state: StayState } | null {
  return state === 'due' ? null : { code: 'parking_stay.not_due', state };
}

/** What the guard must take: exactly the stay's charge (a screen read before a change answers a mismatch). */
export function amountMatches(chargeFen: number, amountFen: number): boolean {
  return Number.isSafeInteger(amountFen) && amountFen === chargeFen;
}

/** The payer written on the receipt: the name given, or the plate when the driver gives none. */
export function payerOf(plate: string, name: string | undefined): string {
  const given = name?.trim();
  return given ? given : plate;
}

/**
 * What a charged stay should have cost by the standard it names (`stayCharge`), when that differs from what it was
 * charged: the breach the off-standard monitor lists. A stay charged without a standard, or one the rule cannot
 * price (its standard's rate invalid, its instants out of order), expects null — a breach too.
 */
export function offStandard(
  stay: { chargeFen: number | null; enteredAt: string | null; exitedAt: string | null },
  rate: TemporaryRate | null,
  timeZone: string,
): { expectedFen: number | null } | null {
  let expectedFen: number | null = null;
  if (rate && stay.enteredAt && stay.exitedAt) {
    try {
      expectedFen = stayCharge(rate, stay.enteredAt, stay.exitedAt, timeZone).chargeFen;
    } catch (e) {
      if (!(e instanceof ParkingChargeError)) throw e;
    }
  }
  return expectedFen !== null && expectedFen === stay.chargeFen ? null : { expectedFen };
}
