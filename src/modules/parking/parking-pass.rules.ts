import type { SpaceOwnership } from './parking.types.js';

/** A pass runs whole months, at most this many (one year), so a standard's change reaches every pass within a year. */
export const MAX_PASS_MONTHS = 12;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The months from..to (`YYYY-MM`, both included), in order; empty when to is before from or either is malformed. */
export function monthsOf(from: string, to: string): string[] {
  const a = MONTH.exec(from);
  const b = MONTH.exec(to);
  if (!a || !b) return [];
  const out: string[] = [];
  let y = Number(a[1]);
  let m = Number(a[2]);
  const end = Number(b[1]) * 12 + Number(b[2]);
  while (y * 12 + m <= end && out.length <= MAX_PASS_MONTHS) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

export interface Refusal {
  code: string;
  field: string;
  message: string;
}

/** The months of a new pass: from not before the current month, to not before from, at most a year. */
export function passMonthsRefusal(from: string, to: string, currentMonth: string): Refusal | null {
  if (!MONTH.test(from)) return { code: 'parking_pass.month_invalid', field: 'fromMonth', message: 'a month as YYYY-MM' };
  if (!MONTH.test(to)) return { code: 'parking_pass.month_invalid', field: 'toMonth', message: 'a month as YYYY-MM' };
  if (from < currentMonth) return { code: 'parking_pass.from_past', field: 'fromMonth', message: 'a pass starts this month or later' };
  if (to < from) return { code: 'parking_pass.to_before_from', field: 'toMonth', message: 'the last month is before the first' };
  if (monthsOf(from, to).length > MAX_PASS_MONTHS)
    return { code: 'parking_pass.too_many_months', field: 'toMonth', message: `at most ${MAX_PASS_MONTHS} months` };
  return null;
}

/**
 * Where a pass parks and how it is priced: a space of the car park prices it by its ownership — an owned or rented
 * one must be the vehicle's unit's (a rented one waiting for a tenant is let first, on the register); a public space
 * or a zone (free text, no space) is priced as public.
 */
export function placeRefusal(
  place: { space: { ownership: SpaceOwnership; unitId: string | null; active: boolean; carParkId: string } | null; zone: string },
  carParkId: string,
  vehicleUnitId: string,
): Refusal | null {
  const { space, zone } = place;
  if (!space && !zone.trim()) return { code: 'parking_pass.place_required', field: 'spaceId', message: 'choose a space or name a zone' };
  if (space && zone.trim()) return { code: 'parking_pass.space_or_zone', field: 'zone', message: 'a space or a zone, not both' };
  if (!space) return null;
  if (space.carParkId !== carParkId)
    return { code: 'parking_pass.space_other_car_park', field: 'spaceId', message: 'the space is not in this car park' };
  if (!space.active) return { code: 'parking_pass.space_inactive', field: 'spaceId', message: 'the space is deactivated' };
  if (space.ownership !== 'public' && space.unitId !== vehicleUnitId)
    return {
      code: 'parking_pass.space_not_of_unit',
      field: 'spaceId',
      message: 'an owned or rented space must be owned or rented by the vehicle’s unit',
    };
  return null;
}

/** The kind of space a pass is priced as: its space's ownership, or public for a zone. */
export const pricedAs = (space: { ownership: SpaceOwnership } | null): SpaceOwnership => space?.ownership ?? 'public';

/** The months a cancellation withdraws: those after the current month whose bill is still open (paid ones stay). */
export function monthsToWithdraw<T extends { period: string; billState: string }>(months: readonly T[], currentMonth: string): T[] {
  return months.filter((m) => m.period > currentMonth && m.billState === 'open');
}
