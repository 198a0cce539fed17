import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefOverdueMonitor, heldWithoutPlanMonitor } from '../../src/modules/socialwork/activity.monitors.js';
import { newId } from '../../src/platform/ids.js';
import { freshLogin, systemContext } from '../support/agreements.js';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';
import { plainPng } from '../support/orders.js';

let t: TestEnv;
let husg: Agent;
let projectId: string;
let scope: { nodeId: string; path: string };
const DAY = 86_400_000;

/** The business date (Asia/Shanghai) `days` from now on the test clock. */
const day = (days = 0) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date(t.clock.now().getTime() + days * DAY));

const plan = (extra: Record<string, unknown> = {}) => ({
  title: '长者手工坊',
  method: 'group',
  keyActivity: false,
  plannedOn: day(),
  place: '翠竹社区活动室',
  planGoals: '动手做香包，促进组员交流',
  planContent: '讲解、分组制作、分享',
  planStaffing: '胡社工，志愿者 2 名',
  progressItemId: null,
  ...extra,
});

type Activity = { id: string; version: number; state: string; briefStatus: string; briefDue: string | null; briefLate: boolean };

async function planned(extra: Record<string, unknown> = {}): Promise<Activity> {
  const res = await husg.post(`/api/socialwork/projects/${projectId}/activities`, plan(extra));
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}
async function heldToday(): Promise<Activity> {
  const a = await planned();
  const res = await husg.post(`/api/socialwork/activities/${a.id}/hold`, { version: a.version, heldOn: day(), attendance: 9 });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}
const brief = (a: Activity, extra: Record<string, unknown> = {}) => ({
  version: a.version,
  summary: '到场 9 人，完成香包 9 个',
  reflection: '材料准备不足，下次多备一份',
  ...extra,
});

beforeAll(async () => {
  t = await startTestEnv();
  husg = await t.login('husg');
  const db = t.runtime.deps.db;
  projectId = (await db.selectFrom('sw_projects').select('id').where('title', '=', '翠竹社区长者关爱计划').executeTakeFirstOrThrow()).id;
  const s1 = await db.selectFrom('org_nodes').select(['id', 'path']).where('code', '=', 'sw-s1').executeTakeFirstOrThrow();
  scope = { nodeId: s1.id, path: s1.path };
});
afterAll(() => t.close());

describe('activities and briefs (A3.4)', () => {
  it('shows the demo’s briefs on time, late, overdue, and the key activity planned', async () => {
    const res = await husg.get(`/api/socialwork/projects/${projectId}/activities`);
    expect(res.status).toBe(200);
    expect(res.body.briefDeadlineDays).toBe(2);
    const by = (title: string) => res.body.items.find((a: { title: string }) => a.title === title);
    expect(by('独居长者入户探访（第一轮）')).toMatchObject({ state: 'held', briefStatus: 'onTime', briefLate: false });
    expect(by('长者互助小组（第二次）')).toMatchObject({ briefStatus: 'late', briefLate: true, briefDue: day(-4) });
    expect(by('社区长者健康讲座（11 月）')).toMatchObject({ state: 'held', briefStatus: 'overdue', briefSummary: null });
    expect(by('社区长者健康讲座（12 月）')).toMatchObject({ state: 'planned', keyActivity: true, plannedOn: day(7) });
  });

  it('creates an activity only with its plan, and only of a running project', async () => {
    const none = await husg.post(`/api/socialwork/projects/${projectId}/activities`, plan({ planContent: '' }));
    expect(none.status).toBe(400);
    expect(none.body.errors[0].field).toBe('planContent');
    const db = t.runtime.deps.db;
    const youth = (await db.selectFrom('sw_projects').select('id').where('title', '=', '青少年暑期成长营').executeTakeFirstOrThrow()).id;
    const initiating = await husg.post(`/api/socialwork/projects/${youth}/activities`, plan());
    expect(initiating.status).toBe(409);
    expect(initiating.body.code).toBe('socialwork.project_state');
    const early = await husg.post(`/api/socialwork/projects/${projectId}/activities`, plan({ plannedOn: '2026-01-05' }));
    expect(early.body.errors[0]).toMatchObject({ field: 'plannedOn', code: 'socialwork.activity_before_start' });
    const item = await husg.post(`/api/socialwork/projects/${projectId}/activities`, plan({ progressItemId: newId() }));
    expect(item.body.errors[0]).toMatchObject({ field: 'progressItemId', code: 'socialwork.progress_item_not_found' });
  });

  it('edits the plan while planned, then holds it on a day not to come, once', async () => {
    const a = await planned();
    const edited = await husg.put(`/api/socialwork/activities/${a.id}`, { ...plan({ title: '长者手工坊（香包）' }), version: a.version });
    expect(edited.status).toBe(200);
    expect(edited.body.title).toBe('长者手工坊（香包）');
    const stale = await husg.post(`/api/socialwork/activities/${a.id}/hold`, { version: a.version, heldOn: day(), attendance: 3 });
    expect(stale.status).toBe(409);
    const future = await husg.post(`/api/socialwork/activities/${a.id}/hold`, {
      version: edited.body.version,
      heldOn: day(1),
      attendance: 3,
    });
    expect(future.body.errors[0]).toMatchObject({ field: 'heldOn', code: 'socialwork.held_in_future' });
    const negative = await husg.post(`/api/socialwork/activities/${a.id}/hold`, {
      version: edited.body.version,
      heldOn: day(),
      attendance: -1,
    });
    expect(negative.status).toBe(400);
    const held = await husg.post(`/api/socialwork/activities/${a.id}/hold`, { version: edited.body.version, heldOn: day(), attendance: 0 });
    expect(held.status).toBe(200);
    expect(held.body).toMatchObject({ state: 'held', attendance: 0, heldByName: '胡社工', briefStatus: 'due', briefDue: day(2) });
    const again = await husg.post(`/api/socialwork/activities/${a.id}/hold`, { heldOn: day(), attendance: 1 });
    expect(again.body.code).toBe('socialwork.activity_state');
    const noEdit = await husg.put(`/api/socialwork/activities/${a.id}`, plan());
    expect(noEdit.body.code).toBe('socialwork.activity_state');
  });

  it('refuses to hold an activity without a written plan, which the monitor would show', async () => {
    const ctx = await systemContext(t);
    expect(await heldWithoutPlanMonitor.count(ctx, scope)).toBe(0);
    const a = await planned();
    const db = t.runtime.deps.db;
    await db.updateTable('sw_activities').set({ plan_goals: ' ', plan_content: '' }).where('id', '=', a.id).execute();
    const res = await husg.post(`/api/socialwork/activities/${a.id}/hold`, { heldOn: day(), attendance: 5 });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('socialwork.activity_plan_required');
    expect(await heldWithoutPlanMonitor.count(ctx, scope)).toBe(0);
    // a row that got past the rule (written directly) is what the monitor finds
    await db
      .updateTable('sw_activities')
      .set({ state: 'held', held_on: day(), held_at: new Date().toISOString() })
      .where('id', '=', a.id)
      .execute();
    try {
      expect(await heldWithoutPlanMonitor.count(ctx, scope)).toBe(1);
      const [breach] = await heldWithoutPlanMonitor.list(ctx, scope, { limit: 10, offset: 0 });
      expect(breach!.entity).toMatchObject({ type: 'sw_activity', id: a.id, link: `/socialwork/projects/${projectId}?tab=activities` });
    } finally {
      await db
        .updateTable('sw_activities')
        .set({ state: 'cancelled', held_on: null, held_at: null, cancel_reason: 'test' })
        .where('id', '=', a.id)
        .execute();
    }
  });

  it('takes a brief on time with photos, and only once, after holding', async () => {
    const a = await planned();
    const early = await husg.post(`/api/socialwork/activities/${a.id}/brief`, brief(a));
    expect(early.body.code).toBe('socialwork.activity_not_held');
    const held = await heldToday();
    const bad = await husg.post(`/api/socialwork/activities/${held.id}/brief`, brief(held, { photos: ['data:image/png;base64,AAAA'] }));
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].field).toBe('photos.0');
    const ok = await husg.post(
      `/api/socialwork/activities/${held.id}/brief`,
      brief(held, { photos: [plainPng(40, 30, [200, 80, 80, 255])] }),
    );
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ briefStatus: 'onTime', briefLate: false, briefByName: '胡社工' });
    expect(ok.body.briefPhotos).toHaveLength(1);
    const photo = await husg.get(ok.body.briefPhotos[0].url);
    expect(photo.status).toBe(200);
    const twice = await husg.post(`/api/socialwork/activities/${held.id}/brief`, brief(ok.body));
    expect(twice.body.code).toBe('socialwork.brief_written');
  });

  it('marks a brief missing after its due day overdue, and one written then late', async () => {
    const ctx = await systemContext(t);
    const held = await heldToday();
    const before = await briefOverdueMonitor.count(ctx, scope);
    t.clock.set(new Date(Date.now() + 2 * DAY));
    try {
      expect(await briefOverdueMonitor.count(ctx, scope)).toBe(before);
      t.clock.set(new Date(Date.now() + 3 * DAY));
      // this one and the activity held without a brief by the test above
      const overdue = await briefOverdueMonitor.count(ctx, scope);
      expect(overdue).toBe(before + 2);
      const breaches = await briefOverdueMonitor.list(ctx, scope, { limit: 50, offset: 0 });
      expect(breaches.find((b) => b.entity.id === held.id)!.what.values).toMatchObject({ days: 2, title: '长者手工坊' });
      const agent = await freshLogin(t, 'husg');
      const todos = (await agent.get('/api/workbench')).body.todos as { key: string; count: number; severity?: string }[];
      expect(todos.find((x) => x.key === 'socialwork.briefsDue')).toMatchObject({ severity: 'warning' });
      const late = await agent.post(`/api/socialwork/activities/${held.id}/brief`, brief(held));
      expect(late.status).toBe(200);
      expect(late.body).toMatchObject({ briefStatus: 'late', briefLate: true });
      expect(await briefOverdueMonitor.count(ctx, scope)).toBe(overdue - 1);
    } finally {
      t.clock.set(new Date());
    }
  });

  it('cancels a planned activity with its reason', async () => {
    const a = await planned();
    const none = await husg.post(`/api/socialwork/activities/${a.id}/cancel`, { version: a.version });
    expect(none.status).toBe(400);
    const res = await husg.post(`/api/socialwork/activities/${a.id}/cancel`, { version: a.version, reason: '暴雨预警，活动室停用' });
    expect(res.body).toMatchObject({ state: 'cancelled', cancelReason: '暴雨预警，活动室停用', abilities: { hold: false } });
  });

  it('keeps activities to the project’s people', async () => {
    const a = await planned();
    const outside = await t.login('wangfang');
    expect((await outside.get(`/api/socialwork/activities/${a.id}`)).status).toBe(403);
    const duty = await t.login('gaozb');
    expect((await duty.get(`/api/socialwork/activities/${a.id}`)).status).toBe(403);
    const supervisor = await t.login('zhudd');
    const seen = await supervisor.get(`/api/socialwork/activities/${a.id}`);
    expect(seen.body.abilities).toEqual({ edit: false, hold: false, cancel: false, brief: false });
    expect((await supervisor.post(`/api/socialwork/activities/${a.id}/hold`, { heldOn: day(), attendance: 1 })).status).toBe(403);
  });
});

describe('ethics register (A3.2)', () => {
  const entry = async (extra: Record<string, unknown> = {}) => ({
    orgId: await t.org('sw-s1'),
    projectId,
    offeredTo: await t.userId('husg'),
    offeredBy: '翠竹园 5 栋李伯',
    offeredOn: day(-1),
    kind: 'money',
    description: '塞给社工 100 元红包',
    valueFen: 10_000,
    declinedHow: '当场谢绝',
    ...extra,
  });

  it('lists the demo’s returned gift card, filtered by date', async () => {
    const res = await husg.get('/api/socialwork/ethics');
    expect(res.status).toBe(200);
    expect(res.body.items[0]).toMatchObject({
      kind: 'gift',
      valueFen: 20_000,
      offeredToName: '胡社工',
      projectTitle: '翠竹社区长者关爱计划',
    });
    const later = await husg.get(`/api/socialwork/ethics?from=${day(-1)}`);
    expect(later.body.items.some((e: { valueFen: number }) => e.valueFen === 20_000)).toBe(false);
  });

  it('records an offer only with how it was declined, to a social worker of the node, not in the future', async () => {
    const noDecline = await husg.post('/api/socialwork/ethics', await entry({ declinedHow: ' ' }));
    expect(noDecline.status).toBe(400);
    expect(noDecline.body.errors[0].field).toBe('declinedHow');
    const notWorker = await husg.post('/api/socialwork/ethics', await entry({ offeredTo: await t.userId('gaozb') }));
    expect(notWorker.body.errors[0]).toMatchObject({ field: 'offeredTo', code: 'socialwork.person_outside' });
    const future = await husg.post('/api/socialwork/ethics', await entry({ offeredOn: day(2) }));
    expect(future.body.errors[0]).toMatchObject({ field: 'offeredOn', code: 'socialwork.offered_in_future' });
    const ok = await husg.post('/api/socialwork/ethics', await entry());
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ kind: 'money', valueFen: 10_000, declinedHow: '当场谢绝', recordedByName: '胡社工' });
    const listed = await husg.get(`/api/socialwork/ethics?from=${day(-1)}&to=${day(-1)}`);
    expect(listed.body.items.map((e: { id: string }) => e.id)).toContain(ok.body.id);
    const history = await husg.get(`/api/history/sw_ethics_entry/${ok.body.id}`);
    expect(history.status).toBe(200);
  });

  it('is not shown outside the social-work centre, and recorded only by those who may', async () => {
    const outside = await t.login('wangfang');
    expect((await outside.get('/api/socialwork/ethics')).status).toBe(403);
    const supervisor = await t.login('zhudd');
    expect((await supervisor.get('/api/socialwork/ethics')).status).toBe(200);
    expect((await supervisor.post('/api/socialwork/ethics', await entry())).status).toBe(403);
  });
});
