import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import { REPORTING_SUBMIT } from './reporting.permissions.js';

type Db = Kysely<Database>;

/** A station that reports upward, with its superior node (its parent). */
export interface Station {
  id: string;
  name: string;
  path: string;
  createdAt: string;
  superiorId: string;
  superiorName: string;
  superiorPath: string;
}

const stations = (db: Db, tenantId: string) =>
  db
    .selectFrom('org_nodes as n')
    .innerJoin('org_nodes as up', (j) => j.onRef('up.tenant_id', '=', 'n.tenant_id').onRef('up.id', '=', 'n.parent_id'))
    .select(['n.id', 'n.name', 'n.path', 'n.created_at', 'up.id as superior_id', 'up.name as superior_name', 'up.path as superior_path'])
    .where('n.tenant_id', '=', tenantId)
    .where('n.kind', '=', 'station')
    .where('n.active', '=', 1)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('grants as g')
          .innerJoin('role_permissions as rp', (j) => j.onRef('rp.tenant_id', '=', 'g.tenant_id').onRef('rp.role_id', '=', 'g.role_id'))
          .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'g.tenant_id').onRef('u.id', '=', 'g.user_id'))
          .select('g.user_id')
          .whereRef('g.tenant_id', '=', 'n.tenant_id')
          .whereRef('g.org_id', '=', 'n.id')
          .where('g.revoked_at', 'is', null)
          .where('u.active', '=', 1)
          .where('rp.permission', '=', REPORTING_SUBMIT),
      ),
    );

const toStation = (r: {
  id: string;
  name: string;
  path: string;
  created_at: string;
  superior_id: string;
  superior_name: string;
  superior_path: string;
}): Station => ({
  id: r.id,
  name: r.name,
  path: r.path,
  createdAt: r.created_at,
  superiorId: r.superior_id,
  superiorName: r.superior_name,
  superiorPath: r.superior_path,
});

/**
 * A1.3: the nodes that report upward are the active stations with a parent whose own staff report — someone active
 * holds reporting.submit through a grant at the station (a 社会服务管理工作站 has its station head and duty staff; a
 * health station does not); those under `paths`.
 */
export async function stationsWithin(db: Db, tenantId: string, paths: readonly string[]): Promise<Station[]> {
  return (await stations(db, tenantId).where(pathWithin('n.path', paths)).orderBy('n.path').execute()).map(toStation);
}

export async function findStation(db: Db, tenantId: string, id: string): Promise<Station | undefined> {
  const r = await stations(db, tenantId).where('n.id', '=', id).executeTakeFirst();
  return r ? toStation(r) : undefined;
}

/** Active users with a live grant at node `orgId` whose role holds `permission` (each once). */
export async function holdersAt(db: Db, tenantId: string, orgId: string, permission: string): Promise<string[]> {
  const rows = await db
    .selectFrom('grants as g')
    .innerJoin('role_permissions as rp', (j) => j.onRef('rp.tenant_id', '=', 'g.tenant_id').onRef('rp.role_id', '=', 'g.role_id'))
    .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'g.tenant_id').onRef('u.id', '=', 'g.user_id'))
    .select('g.user_id')
    .distinct()
    .where('g.tenant_id', '=', tenantId)
    .where('g.org_id', '=', orgId)
    .where('g.revoked_at', 'is', null)
    .where('u.active', '=', 1)
    .where('rp.permission', '=', permission)
    .orderBy('g.user_id')
    .execute();
  return rows.map((r) => r.user_id);
}
