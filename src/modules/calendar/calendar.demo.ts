import type { UseCase } from '../../platform/context.js';
import { actAs } from '../../seed/act-as.js';
import { getCalendar, importYear } from './calendar.service.js';
import { STATE_COUNCIL_2026 } from './holidays-2026.data.js';

/**
 * The State Council's 2026 arrangement, imported by the system administrator as an office would paste it. 2027 is
 * left for the notice to come, so the page shows that next year is still to be entered. Does nothing when 2026 has
 * days already (the demo seeded again, or the office entered them).
 */
export async function seedCalendar(ctx: UseCase): Promise<number> {
  const admin = await actAs(ctx, 'admin');
  if ((await getCalendar(admin, 2026)).days.length > 0) return 0;
  await importYear(admin, 2026, STATE_COUNCIL_2026);
  return STATE_COUNCIL_2026.length;
}
