import { within } from '../../platform/authz/access.js';
import type { UseCase } from '../../platform/context.js';
import { DomainError, fieldError } from '../../platform/http/errors.js';
import { type RecordViews, readRecord } from '../../platform/modules.js';

/**
 * The unit of the estate register an order or agreement is for (issue 14), read through the register's own reader:
 * one the caller may not read answers 404 as the register would (one code whether it exists or not, on `unitId`);
 * one of an estate outside the record's office, or no longer in use, is refused on `unitId`.
 */
export async function pickedUnit(ctx: UseCase, unitId: string, officePath: string, record: 'order' | 'agreement') {
  let unit: RecordViews['estate_unit'];
  try {
    unit = await readRecord(ctx, 'estate_unit', unitId);
  } catch (e) {
    if (e instanceof DomainError && e.kind === 'not_found')
      throw new DomainError('not_found', 'unit.not_found', 'unit not found', [
        { field: 'unitId', code: 'unit.not_found', message: 'no such unit in your offices' },
      ]);
    throw e;
  }
  if (!within(unit.officePath, officePath))
    throw fieldError('unprocessable', `${record}.unit_other_office`, 'unitId', `the unit is of another office’s estate`);
  if (!unit.active) throw fieldError('unprocessable', `${record}.unit_inactive`, 'unitId', 'the unit is no longer in use');
  return unit;
}

/** The address kept: the one typed, else the picked unit written as an address. */
export const addressOf = (typed: string | null | undefined, unit: { address: string } | null): string | null =>
  typed?.trim() ? typed : (unit?.address ?? null);
