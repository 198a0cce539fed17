import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

type Db = Kysely<Database>;

import type { SpaceOwnership } from './parking.types.js';
import type { TemporaryRate } from './parking-charge.rules.js';

/** The approved standard a car park charges by in a month, as the charge rule and the pass prices read it. */
export interface StandardInForce {
  id: string;
  effectiveMonth: string;
  rate: TemporaryRate;
  /** Monthly-pass price per space kind; a kind missing has no pass at this car park. */
  passPrices: Partial<Record<SpaceOwnership, number>>;
}

type StandardRow = {
  id: string;
  effective_month: string;
  free_minutes: number;
  unit_minutes: number;
  unit_fen: number;
  night_from: string | null;
  night_to: string | null;
  night_unit_fen: number | null;
  daily_cap_fen: number | null;
  stay_cap_fen: number | null;
};

/** A stored standard's temporary rate, as `stayCharge` takes it. */
export function rateOf(r: Omit<StandardRow, 'id' | 'effective_month'>): TemporaryRate {
  return {
    freeMinutes: Number(r.free_minutes),
    unitMinutes: Number(r.unit_minutes),
    unitFen: Number(r.unit_fen),
    night:
      r.night_from && r.night_to && r.night_unit_fen !== null
        ? { from: r.night_from, to: r.night_to, unitFen: Number(r.night_unit_fen) }
        : null,
    dailyCapFen: r.daily_cap_fen === null ? null : Number(r.daily_cap_fen),
    stayCapFen: r.stay_cap_fen === null ? null : Number(r.stay_cap_fen),
  };
}

const COLUMNS = [
  'id',
  'effective_month',
  'free_minutes',
  'unit_minutes',
  'unit_fen',
  'night_from',
  'night_to',
  'night_unit_fen',
  'daily_cap_fen',
  'stay_cap_fen',
] as const;

async function withPrices(db: Db, tenantId: string, row: StandardRow): Promise<StandardInForce> {
  const prices = await db
    .selectFrom('parking_pass_prices')
    .select(['ownership', 'monthly_fen'])
    .where('tenant_id', '=', tenantId)
    .where('standard_id', '=', row.id)
    .execute();
  return {
    id: row.id,
    effectiveMonth: row.effective_month,
    rate: rateOf(row),
    passPrices: Object.fromEntries(prices.map((p) => [p.ownership, Number(p.monthly_fen)])),
  };
}

/**
 * The standard in force at a car park in a month (`YYYY-MM`, the tenant's zone): the approved one with the latest
 * effective month not after it (of two for the same month, the later approved). Null when none is approved yet —
 * a stay then cannot be charged and a pass cannot be priced. Standards are never retroactive (the approval chain
 * refuses a month already charged), so a charge once made always agrees with the standard it names.
 */
export async function standardInForce(db: Db, tenantId: string, carParkId: string, month: string): Promise<StandardInForce | null> {
  const row = await db
    .selectFrom('parking_standards')
    .select(COLUMNS)
    .where('tenant_id', '=', tenantId)
    .where('car_park_id', '=', carParkId)
    .where('state', '=', 'approved')
    .where('effective_month', '<=', month)
    .orderBy('effective_month', 'desc')
    .orderBy('approved_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row ? withPrices(db, tenantId, row) : null;
}

/** A standard by id (the one a stay was charged by), whatever its state now. */
export async function standardById(db: Db, tenantId: string, id: string): Promise<StandardInForce | null> {
  const row = await db
    .selectFrom('parking_standards')
    .select(COLUMNS)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? withPrices(db, tenantId, row) : null;
}
