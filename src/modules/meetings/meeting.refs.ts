import type { UseCase } from '../../platform/context.js';
import type { RecordRef } from '../../platform/modules.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import * as repo from './meeting.repo.js';

/**
 * Meetings named on other pages (`recordRefs`: an action item's meeting, in its history) by their day, as a station
 * tells its half-monthly meetings apart: the day it was held, or the local day it is scheduled for.
 */
export async function meetingRefs(ctx: UseCase, ids: readonly string[]): Promise<Map<string, RecordRef>> {
  const rows = await repo.meetingDays(ctx.db, ctx.actor.tenantId, ids);
  if (!rows.length) return new Map();
  const zone = await tenantZone(ctx);
  return new Map(rows.map((m) => [m.id, { label: m.held_on ?? businessDate(m.scheduled_at, zone), path: null }]));
}
