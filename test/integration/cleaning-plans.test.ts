import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planAllInspections } from '../../src/modules/cleaning/cleaning-plan.jobs.js';
import { inTransaction } from '../../src/platform/context.js';
import { systemContext } from '../support/agreements.js';
import { startTestEnv, type TestEnv } from '../support/harness.js';

let t: TestEnv;
// Wednesday 2 December 2026, 10:00 in Shanghai: the week runs from Monday 30 November to Sunday 6 December
const WEDNESDAY = new Date('2026-12-02T02:00:00Z');
const DAY = 86_400_000;
let estate: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestEnv();
  t.clock.set(WEDNESDAY);
  const head = await t.login('wangfang');
  const created = await head.post('/api/estates', { officeId: await t.org('office-a'), name: '翠竹园二期', address: '翠竹路2号' });
  if (created.status >= 300) throw new Error(JSON.stringify(created.body));
  estate = created.body.id;
  for (const u of ['sunxy', 'liuyang', 'wangfang', 'chenjing']) ids[u] = await t.userId(u);
  // a cleaner of office B's 环境部
  const admin = await t.login('admin');
  const roles = (await admin.get('/api/roles')).body as { id: string; code: string }[];
  const user = await admin.post('/api/users', {
    username: 'cleaner_b',
    displayName: '保洁乙',
    orgId: await t.org('office-b-env'),
    password: 'cleaner-pass-1',
  });
  await admin.post(`/api/users/${user.body.id}/grants`, {
    roleId: roles.find((r) => r.code === 'cleaner')!.id,
    orgId: await t.org('office-b-env'),
  });
  ids.cleanerB = user.body.id;
});
afterAll(() => t.close());

/** The inspections planned for a plan: area → period. */
async function planned(planId: string) {
  const rows = await t.runtime.deps.db
    .selectFrom('cleaning_inspections')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('period_start')
    .orderBy('area')
    .execute();
  return rows.map((r) => ({
    area: r.area,
    start: r.period_start,
    end: r.period_end,
    state: r.state,
    inspector: r.inspector_id,
    cleaner: r.cleaner_id,
  }));
}

const runJob = async () => inTransaction(await systemContext(t), (tx) => planAllInspections(tx));

const weekly = (extra: Record<string, unknown> = {}) => ({
  estateId: estate,
  level: 'supervisor',
  frequency: 'weekly',
  inspectorId: ids.liuyang,
  cleanerId: ids.sunxy,
  areas: ['ground', 'roads', 'garage'],
  ...extra,
});

describe('inspection plans (三查 A6.3)', () => {
  it('plans the current period’s inspections at once, one per area, and gives the estate its own library', async () => {
    const supervisor = await t.login('liuyang');
    expect((await supervisor.get(`/api/cleaning/standards?estateId=${estate}`)).body.own).toBe(false);
    const res = await supervisor.post('/api/cleaning/plans', weekly());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      estateName: '翠竹园二期',
      officeName: '翠竹园管理处',
      level: 'supervisor',
      inspectorName: '刘洋',
      cleanerName: '孙秀英',
      active: true,
      version: 1,
      mayEdit: true,
    });
    const rows = await planned(res.body.id);
    expect(rows).toEqual(
      ['garage', 'ground', 'roads'].map((area) => ({
        area,
        start: '2026-11-30',
        end: '2026-12-06',
        state: 'planned',
        inspector: ids.liuyang,
        cleaner: ids.sunxy,
      })),
    );
    expect((await supervisor.get(`/api/cleaning/standards?estateId=${estate}`)).body.own).toBe(true);

    const self = await supervisor.post(
      '/api/cleaning/plans',
      weekly({ level: 'self', frequency: 'daily', inspectorId: ids.sunxy, areas: ['bins', 'entrances'] }),
    );
    expect(self.status).toBe(200);
    expect((await planned(self.body.id)).map((r) => [r.area, r.start, r.end])).toEqual([
      ['bins', '2026-12-02', '2026-12-02'],
      ['entrances', '2026-12-02', '2026-12-02'],
    ]);
  });

  it('refuses an inspector without the level’s permission, a self-check by another, a cleaner of another office, an area twice', async () => {
    const supervisor = await t.login('liuyang');
    const refused = async (body: object, field: string, code: string) => {
      const res = await supervisor.post('/api/cleaning/plans', body);
      expect(res.status, JSON.stringify(res.body)).toBe(422);
      expect(res.body.errors[0]).toMatchObject({ field, code });
    };
    const before = await t.runtime.deps.db.selectFrom('cleaning_plans').select('id').where('estate_id', '=', estate).execute();
    // a supervisor may not do the manager's spot check, nor a cashier the supervisor's
    await refused(weekly({ level: 'manager', inspectorId: ids.liuyang }), 'inspectorId', 'cleaning_plan.inspector_not_allowed');
    await refused(weekly({ inspectorId: ids.chenjing }), 'inspectorId', 'cleaning_plan.inspector_not_allowed');
    await refused(weekly({ level: 'self', inspectorId: ids.liuyang }), 'inspectorId', 'cleaning_plan.self_not_cleaner');
    await refused(weekly({ cleanerId: ids.cleanerB }), 'cleanerId', 'cleaning_plan.cleaner_not_allowed');
    await refused(weekly({ cleanerId: ids.chenjing }), 'cleanerId', 'cleaning_plan.cleaner_not_allowed');
    await refused(weekly({ areas: ['roads', 'bins', 'roads'] }), 'areas', 'cleaning_plan.area_repeated');
    const after = await t.runtime.deps.db.selectFrom('cleaning_plans').select('id').where('estate_id', '=', estate).execute();
    expect(after).toHaveLength(before.length);
    // the manager's spot check by the office head is fine
    const head = await t.login('wangfang');
    expect(
      (await head.post('/api/cleaning/plans', weekly({ level: 'manager', frequency: 'monthly', inspectorId: ids.wangfang }))).status,
    ).toBe(200);
  });

  it('plans each period once however often the daily job runs, and the next day’s on the next day', async () => {
    const supervisor = await t.login('liuyang');
    const plans = (await supervisor.get(`/api/cleaning/plans?estateId=${estate}&pageSize=100`)).body.items as {
      id: string;
      level: string;
    }[];
    const count = async () =>
      Number(
        (
          await t.runtime.deps.db
            .selectFrom('cleaning_inspections')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    await runJob();
    const once = await count();
    expect(await runJob()).toBe(0);
    expect(await count()).toBe(once);
    t.clock.set(new Date(WEDNESDAY.getTime() + DAY));
    expect(await runJob()).toBeGreaterThanOrEqual(2);
    const self = plans.find((p) => p.level === 'self')!;
    expect((await planned(self.id)).map((r) => r.start)).toEqual(['2026-12-02', '2026-12-02', '2026-12-03', '2026-12-03']);
    // the weekly plan is still in its week: nothing new
    const sup = plans.find((p) => p.level === 'supervisor')!;
    expect(await planned(sup.id)).toHaveLength(3);
    t.clock.set(WEDNESDAY);
  });

  it('plans an added area at once, refuses a stale version, and a stopped plan plans nothing more', async () => {
    const supervisor = await t.login('liuyang');
    const plans = (await supervisor.get(`/api/cleaning/plans?estateId=${estate}&level=supervisor`)).body.items;
    const plan = plans[0];
    const edit = (body: object) => supervisor.put(`/api/cleaning/plans/${plan.id}`, body);
    const fields = { frequency: 'weekly', inspectorId: ids.liuyang, cleanerId: ids.sunxy, areas: [...plan.areas, 'pillars'], active: true };
    const edited = await edit({ ...fields, version: plan.version });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ version: plan.version + 1, areas: ['ground', 'roads', 'garage', 'pillars'] });
    expect((await planned(plan.id)).map((r) => r.area)).toEqual(['garage', 'ground', 'pillars', 'roads']);
    const stale = await edit({ ...fields, version: plan.version });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('record.version_conflict');

    const stopped = await edit({ ...fields, active: false, version: edited.body.version });
    expect(stopped.body.active).toBe(false);
    t.clock.set(new Date(WEDNESDAY.getTime() + 7 * DAY));
    await runJob();
    expect(await planned(plan.id)).toHaveLength(4);
    t.clock.set(WEDNESDAY);
  });

  it('hides office A’s plans from office B (404) and refuses its changes to those who may only read (403)', async () => {
    const supervisor = await t.login('liuyang');
    const plan = (await supervisor.get(`/api/cleaning/plans?estateId=${estate}`)).body.items[0];
    const headB = await t.login('zhaolei');
    expect((await headB.get(`/api/cleaning/plans/${plan.id}`)).status).toBe(404);
    const body = {
      frequency: 'weekly',
      inspectorId: ids.liuyang,
      cleanerId: ids.sunxy,
      areas: ['roads'],
      active: true,
      version: plan.version,
    };
    expect((await headB.put(`/api/cleaning/plans/${plan.id}`, body)).status).toBe(404);
    const listed = (await headB.get('/api/cleaning/plans?pageSize=100')).body.items as { estateId: string }[];
    expect(listed.some((p) => p.estateId === estate)).toBe(false);
    expect((await headB.post('/api/cleaning/plans', weekly())).status).toBe(404);
    const cleaner = await t.login('sunxy');
    expect((await cleaner.get(`/api/cleaning/plans/${plan.id}`)).status).toBe(200);
    const hers = (await cleaner.get('/api/cleaning/plans?pageSize=100')).body.items as { id: string }[];
    expect(hers.map((p) => p.id)).toContain(plan.id);
    expect((await cleaner.put(`/api/cleaning/plans/${plan.id}`, body)).status).toBe(403);
    expect((await cleaner.post('/api/cleaning/plans', weekly())).status).toBe(403);
  });
});
