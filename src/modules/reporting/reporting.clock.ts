import type { UseCase } from '../../platform/context.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';

/** Today (YYYY-MM-DD) in the tenant's zone by the use case's clock, with the zone. */
export async function reportingToday(ctx: UseCase): Promise<{ date: string; zone: string }> {
  const zone = await tenantZone(ctx);
  return { date: businessDate(ctx.clock.now(), zone), zone };
}
