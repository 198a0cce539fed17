import type { UseCase } from '../../platform/context.js';
import type { RecordRef, RefResolver } from '../../platform/modules.js';
import { labelsFrom } from '../../platform/record-labels.js';
import { tenantZone } from '../../platform/tenancy.js';
import { localDateTime } from '../../platform/time.js';

/**
 * A change request by when it was asked for, in the organisation's time, as the project's page lists it
 * (…提出的变更申请): it has no number, and a project's requests follow one another.
 */
async function changeRequestRefs(ctx: UseCase, ids: readonly string[]): Promise<Map<string, RecordRef>> {
  if (!ids.length) return new Map();
  const rows = await ctx.db
    .selectFrom('sw_change_requests')
    .select(['id', 'requested_at'])
    .where('tenant_id', '=', ctx.actor.tenantId)
    .where('id', 'in', ids)
    .execute();
  if (!rows.length) return new Map();
  const zone = await tenantZone(ctx);
  return new Map(rows.map((r) => [r.id, { label: localDateTime(r.requested_at, zone), path: null }]));
}

/**
 * The records of a social-work project named where another points to them (a plan's project, a change request's plans,
 * an opinion's supervision, in their histories), as the project's pages name them: a project by its title, a plan by
 * its project and version, a supervision by its day, an activity or a progress item by its title.
 */
export const socialworkRefs: Readonly<Record<string, RefResolver>> = {
  sw_project: labelsFrom('sw_projects', 'title'),
  sw_plan: labelsFrom(
    'sw_plans',
    `(select p.title from sw_projects p where p.tenant_id = sw_plans.tenant_id and p.id = sw_plans.project_id) || ' v' || version_no`,
  ),
  sw_change_request: changeRequestRefs,
  sw_supervision: labelsFrom('sw_supervisions', 'held_on'),
  sw_activity: labelsFrom('sw_activities', 'title'),
  sw_progress_item: labelsFrom('sw_progress_items', 'title'),
};
