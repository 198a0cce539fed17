import type { UseCase } from '../../platform/context.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';

/** The tenant's business day now, YYYY-MM-DD, on the use case's clock. */
export async function todayOf(ctx: UseCase): Promise<string> {
  return businessDate(ctx.clock.now(), await tenantZone(ctx));
}
