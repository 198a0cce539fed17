// Audited writes through the use cases (authorise, validate, one transaction with its audit event)
// against the floor: the same rows inserted directly, one transaction each. Prints ratio = ours ÷ floor.
import { createOrg } from '../src/modules/orgs/org.service.js';
import { createTenant } from '../src/modules/tenants/tenant.service.js';
import { loadConfig } from '../src/platform/config.js';
import { systemActor } from '../src/platform/context.js';
import { newId } from '../src/platform/ids.js';
import { openRuntime } from '../src/runtime.js';
import { arg, benchDatabase, peakRssMb } from './support.js';

const engine = arg('engine', 'sqlite');
const n = Number(arg('n', '2000'));
const database = await benchDatabase(engine);
const runtime = await openRuntime(loadConfig({ ...process.env, ...database.env }));
const { db } = runtime.deps;
const tenant = await createTenant(runtime.deps, { code: 'bench', name: '基准', rootName: '总部', rootCode: 'hq' });
const ctx = { ...runtime.deps, actor: systemActor(tenant.id), requestId: null };

async function floor(): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    await db.transaction().execute(async (trx) => {
      const id = newId();
      const at = new Date().toISOString();
      await trx
        .insertInto('org_nodes')
        .values({
          tenant_id: tenant.id,
          id,
          parent_id: tenant.rootId,
          kind: 'company',
          name: `直写${i}`,
          code: null,
          path: `/${tenant.rootId}/${id}/`,
          depth: 1,
          active: 1,
          version: 1,
          created_at: at,
          updated_at: at,
        })
        .execute();
      await trx
        .insertInto('audit_events')
        .values({
          tenant_id: tenant.id,
          seq: 1_000_000 + i,
          id: newId(),
          at,
          actor_id: null,
          actor_name: 'bench',
          action: 'org.create',
          entity: 'org',
          entity_id: id,
          before_json: null,
          after_json: '{}',
          request_id: null,
          prev_hash: '',
          hash: '',
        })
        .execute();
    });
  }
  return n / ((performance.now() - start) / 1000);
}

async function ours(): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < n; i++) await createOrg(ctx, { parentId: tenant.rootId, kind: 'company', name: `公司${i}` });
  return n / ((performance.now() - start) / 1000);
}

const floorRate = await floor();
const ourRate = await ours();
await runtime.close();
await database.drop();
console.log(`engine=${engine} n=${n}`);
console.log(`floor (direct inserts, one transaction each): ${floorRate.toFixed(0)} writes/s`);
console.log(`ours (createOrg: authorise, validate, audit chain): ${ourRate.toFixed(0)} writes/s`);
console.log(`ratio=${(ourRate / floorRate).toFixed(2)} rss_mb=${peakRssMb()}`);
