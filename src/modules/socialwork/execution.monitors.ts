import type { UseCase } from '../../platform/context.js';
import { pathWithin } from '../../platform/db/scope.js';
import type { Breach, Monitor, MonitorScope } from '../../platform/monitors/monitor.types.js';

/** Plan versions in force that came from a change the supervisor or the head did not approve. */
const unapproved = (ctx: UseCase, scope: MonitorScope) =>
  ctx.db
    .selectFrom('sw_plans as pl')
    .innerJoin('sw_change_requests as c', (j) => j.onRef('c.tenant_id', '=', 'pl.tenant_id').onRef('c.id', '=', 'pl.change_request_id'))
    .innerJoin('sw_projects as p', (j) => j.onRef('p.tenant_id', '=', 'pl.tenant_id').onRef('p.id', '=', 'pl.project_id'))
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'p.tenant_id').onRef('o.id', '=', 'p.org_id'))
    .where('pl.tenant_id', '=', ctx.actor.tenantId)
    .where('pl.state', '=', 'approved')
    .where((eb) =>
      eb.or([
        eb('c.supervisor_decision', 'is', null),
        eb('c.supervisor_decision', '!=', 'approved'),
        eb('c.head_decision', 'is', null),
        eb('c.head_decision', '!=', 'approved'),
      ]),
    )
    .where(pathWithin('o.path', [scope.path]));

/**
 * A3.4: a change of the plan or of the needs takes effect only once both the project supervisor and the organisation
 * head approved it. The service puts a change in force only then, in one transaction; none showing proves it.
 */
export const changeUnapprovedMonitor: Monitor = {
  id: 'socialwork.change_unapproved_in_force',
  clauseId: 'A3.4',
  title: {
    'zh-CN': '未经督导和机构负责人均批准的项目变更已生效',
    en: 'Project plan changes in force without both the supervisor’s and the head’s approval',
  },
  responsibleRole: 'organisation_head',
  count: async (ctx, scope) =>
    Number(
      (
        await unapproved(ctx, scope)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirst()
      )?.n ?? 0,
    ),
  list: async (ctx, scope, page) => {
    const rows = await unapproved(ctx, scope)
      .select(['p.id', 'p.number', 'p.title', 'p.org_id', 'o.name as org_name', 'pl.version_no', 'pl.created_at'])
      .orderBy('pl.created_at')
      .orderBy('pl.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    return rows.map(
      (r): Breach => ({
        what: {
          key: 'breach.socialworkChangeUnapproved',
          values: { number: r.number, title: r.title, office: r.org_name, version: Number(r.version_no) },
        },
        since: r.created_at,
        entity: { type: 'sw_project', id: r.id, label: r.number, link: `/socialwork/projects/${r.id}` },
        officeId: r.org_id,
      }),
    );
  },
};
