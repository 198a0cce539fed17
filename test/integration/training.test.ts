import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainingHoursByPerson } from '../../src/modules/training/training.figures.js';
import { systemActor } from '../../src/platform/context.js';
import { actAs } from '../../src/seed/act-as.js';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';

/**
 * 学习培训 (A1.1) at 翠竹社会服务管理工作站 as its real people: the demo's plan in force with its to-do, a 2025 second-half
 * plan of the test's own drafted and put in force by 林站长, sessions with their attendees, an outside course, and the
 * hours per person of 2025 — a year the demo never touches, so the numbers are the test's own.
 */
let t: TestEnv;
let linzz: Agent;
let gaozb: Agent;
let husg: Agent;
let mazr: Agent;
let luzr: Agent;
let station: string;
const id = {} as Record<'linzz' | 'gaozb' | 'husg' | 'mazr' | 'zhudd', string>;

type Item = { id: string; topic: string; month: string; status: string; hours: number; sessions: { id: string }[] };
type Plan = { id: string; state: string; version: number; year: number; items: Item[]; abilities: { edit: boolean; putInForce: boolean } };
type Todo = { key: string; count: number; link: string };
type HoursRow = {
  userId: string;
  name: string;
  sessions: number;
  sessionHours: number;
  courses: number;
  outsideHours: number;
  totalHours: number;
};

const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(t.clock.now());
const todo = async (agent: Agent) =>
  ((await agent.get('/api/workbench')).body.todos as Todo[]).find((x) => x.key === 'training.itemsOverdue');

beforeAll(async () => {
  t = await startTestEnv();
  linzz = await t.login('linzz');
  gaozb = await t.login('gaozb');
  husg = await t.login('husg');
  mazr = await t.login('mazr');
  luzr = await t.login('luzr');
  station = await t.org('sw-s1');
  for (const u of ['linzz', 'gaozb', 'husg', 'mazr', 'zhudd'] as const) id[u] = await t.userId(u);
});
afterAll(() => t.close());

describe('the demo’s plan (A1.1)', () => {
  it('is this year’s plan in force with three items held, and the head’s to-do counts the item left undone', async () => {
    const year = Number(today().slice(0, 4));
    const res = await linzz.get(`/api/training/plans?orgId=${station}&year=${year}`);
    expect(res.status).toBe(200);
    const [plan] = res.body.items as Plan[];
    expect(plan).toMatchObject({ state: 'in_force', year });
    expect(plan!.items).toHaveLength(6);
    expect(plan!.items.filter((i) => i.status === 'done')).toHaveLength(3);
    const overdue = plan!.items.filter((i) => i.status === 'overdue');
    // the items are placed relative to the seed day inside its year: from May on, last month's item is past and undone
    if (today().slice(5, 7) >= '05') expect(overdue.map((i) => i.topic)).toEqual(['《信访工作条例》解读']);
    expect(await todo(linzz)).toMatchObject({ count: overdue.length, link: '/workstation/training?tab=plan' });
    // the duty staff and the social worker read the plan but do not manage it: no to-do
    expect(await todo(gaozb)).toBeUndefined();
    expect((await gaozb.get(`/api/training/plans?orgId=${station}`)).status).toBe(200);
  });

  it('shows the sessions with their attendees and 林站长’s outside course to the station’s staff', async () => {
    const sessions = (await husg.get(`/api/training/sessions?orgId=${station}`)).body.items as { attendees: { name: string }[] }[];
    expect(sessions).toHaveLength(3);
    expect(sessions.flatMap((s) => s.attendees.map((a) => a.name)).sort()).toEqual(
      ['林站长', '林站长', '胡社工', '胡社工', '胡社工', '高值班', '高值班', '高值班'].sort(),
    );
    const courses = (await husg.get(`/api/training/courses?orgId=${station}`)).body.items;
    expect(courses).toMatchObject([{ userName: '林站长', organiser: '区委政法委', hours: 20 }]);
  });

  it('refuses the health centre’s head (no training permission in her role) the station’s plans and records', async () => {
    expect((await luzr.get('/api/training/plans')).status).toBe(403);
    expect((await luzr.get(`/api/training/sessions?orgId=${station}`)).status).toBe(403);
    expect((await todo(luzr))?.count ?? 0).toBe(0);
  });
});

describe('a training plan, drafted and put in force (A1.1)', () => {
  let plan: Plan;
  const items = [
    { topic: '《民法典》婚姻家庭编', month: '2025-08', kind: 'policy', hours: 2 },
    { topic: '入户走访沟通技巧', month: '2025-09', kind: 'skills', hours: 1.5 },
  ];

  it('refuses an item outside the period, and the duty staff and another centre’s head', async () => {
    const body = { orgId: station, year: 2025, half: 'h2', title: '2025 年下半年学习培训计划', items };
    const outside = await linzz.post('/api/training/plans', { ...body, items: [...items, { ...items[0], month: '2025-06' }] });
    expect(outside.status).toBe(422);
    expect(outside.body.errors[0]).toMatchObject({ code: 'training.item_month_outside', field: 'items.2.month' });
    const tenths = await linzz.post('/api/training/plans', { ...body, items: [{ ...items[0], hours: 1.25 }] });
    expect(tenths.status).toBe(400);
    expect(tenths.body.errors[0]).toMatchObject({ field: 'items.0.hours' });
    expect((await gaozb.post('/api/training/plans', body)).status).toBe(403);
    expect((await luzr.post('/api/training/plans', body)).status).toBe(403);

    const made = await linzz.post('/api/training/plans', body);
    expect(made.status).toBe(201);
    plan = made.body;
    expect(plan).toMatchObject({ state: 'draft', abilities: { edit: true, putInForce: true } });
    expect(plan.items.map((i) => i.status)).toEqual(['open', 'open']);
  });

  it('keeps one plan per period: a year plan over the same half is refused', async () => {
    const year = await linzz.post('/api/training/plans', { orgId: station, year: 2025, half: 'year', title: '2025 年度', items });
    expect(year.status).toBe(409);
    expect(year.body.errors[0]).toMatchObject({ code: 'training.plan_overlap', field: 'half' });
  });

  it('changes the draft, then puts it in force; in force it no longer changes', async () => {
    const stale = await linzz.put(`/api/training/plans/${plan.id}`, { title: 'x', items, version: plan.version + 5 });
    expect(stale.status).toBe(409);
    const edited = await linzz.put(`/api/training/plans/${plan.id}`, {
      title: '2025 年下半年学习培训计划',
      items: [...items, { topic: '冬季防火安全', month: '2025-11', kind: 'safety', hours: 2 }],
      version: plan.version,
    });
    expect(edited.status).toBe(200);
    expect(edited.body.items).toHaveLength(3);
    expect((await gaozb.post(`/api/training/plans/${plan.id}/in-force`, { version: edited.body.version })).status).toBe(403);
    const inForce = await linzz.post(`/api/training/plans/${plan.id}/in-force`, { version: edited.body.version });
    expect(inForce.status).toBe(200);
    plan = inForce.body;
    expect(plan).toMatchObject({ state: 'in_force', inForceByName: '林站长', abilities: { edit: false, putInForce: false } });
    // its months are over and nothing was held: all three are overdue
    expect(plan.items.map((i) => i.status)).toEqual(['overdue', 'overdue', 'overdue']);
    const again = await linzz.put(`/api/training/plans/${plan.id}`, { title: 'x', items, version: plan.version });
    expect(again.status).toBe(409);
    expect(again.body.errors[0]).toMatchObject({ code: 'training.plan_in_force' });
  });

  it('refuses to put an empty draft in force', async () => {
    const empty = await mazr.post('/api/training/plans', { orgId: station, year: 2024, half: 'h1', title: '空计划', items: [] });
    expect(empty.status).toBe(201);
    const res = await mazr.post(`/api/training/plans/${empty.body.id}/in-force`, { version: empty.body.version });
    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({ code: 'training.plan_empty', field: 'items' });
  });

  it('records a session with the station’s staff as attendees; the item it carries out shows done', async () => {
    const [august] = plan.items;
    const body = {
      orgId: station,
      topic: august!.topic,
      kind: 'policy',
      heldOn: '2025-08-20',
      trainer: '街道司法所 王志明',
      place: '工作站会议室',
      hours: 2,
      planItemId: august!.id,
      note: '学习婚姻家庭编要点',
      attendeeIds: [id.linzz, id.gaozb, id.husg],
    };
    const outsider = await linzz.post('/api/training/sessions', { ...body, attendeeIds: [id.gaozb, id.mazr] });
    expect(outsider.status).toBe(422);
    expect(outsider.body.errors[0]).toMatchObject({ code: 'training.attendee_outside', field: 'attendeeIds.1' });
    const future = await linzz.post('/api/training/sessions', { ...body, planItemId: null, heldOn: '2099-01-01' });
    expect(future.body.errors[0]).toMatchObject({ code: 'training.held_in_future', field: 'heldOn' });
    const outsidePeriod = await linzz.post('/api/training/sessions', { ...body, heldOn: '2025-05-20' });
    expect(outsidePeriod.body.errors[0]).toMatchObject({ code: 'training.item_period', field: 'heldOn' });
    expect((await gaozb.post('/api/training/sessions', body)).status).toBe(403);

    const made = await linzz.post('/api/training/sessions', body);
    expect(made.status).toBe(201);
    expect(made.body.attendees.map((a: { name: string }) => a.name).sort()).toEqual(['林站长', '胡社工', '高值班'].sort());
    expect(made.body.planItemTopic).toBe(august!.topic);
    const now = (await linzz.get(`/api/training/plans/${plan.id}`)).body as Plan;
    expect(now.items.map((i) => i.status)).toEqual(['done', 'overdue', 'overdue']);
    expect(now.items[0]!.sessions.map((s) => s.id)).toEqual([made.body.id]);

    // a second session not of the plan, then a correction: 高值班 did not come after all, and it lasted 1.5 hours
    const extra = await linzz.post('/api/training/sessions', {
      ...body,
      topic: '值班记录规范',
      kind: 'skills',
      heldOn: '2025-10-09',
      planItemId: null,
      hours: 1,
      attendeeIds: [id.gaozb, id.husg],
    });
    expect(extra.status).toBe(201);
    const corrected = await linzz.put(`/api/training/sessions/${extra.body.id}`, {
      topic: '值班记录规范',
      kind: 'skills',
      heldOn: '2025-10-09',
      trainer: '林站长',
      place: '工作站会议室',
      hours: 1.5,
      planItemId: null,
      note: null,
      attendeeIds: [id.husg],
      version: extra.body.version,
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({ hours: 1.5, attendees: [{ name: '胡社工' }], version: 2 });
    const { orgId: _org, ...fields } = body;
    const byDutyStaff = await gaozb.put(`/api/training/sessions/${extra.body.id}`, { ...fields, planItemId: null, version: 2 });
    expect(byDutyStaff.status).toBe(403);
    const history = (await linzz.get(`/api/history/training_session/${extra.body.id}`)).body as { action: string }[];
    expect(history.map((e) => e.action)).toEqual(['training_session.record', 'training_session.edit']);
  });

  it('refuses a session linked to a draft plan’s item', async () => {
    const draft = await linzz.post('/api/training/plans', {
      orgId: station,
      year: 2024,
      half: 'h2',
      title: '草稿',
      items: [{ topic: '草稿项目', month: '2024-09', kind: 'other', hours: 1 }],
    });
    const res = await linzz.post('/api/training/sessions', {
      orgId: station,
      topic: '草稿项目',
      kind: 'other',
      heldOn: '2024-09-10',
      trainer: '林站长',
      place: '会议室',
      hours: 1,
      planItemId: draft.body.items[0].id,
      note: null,
      attendeeIds: [id.husg],
    });
    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({ code: 'training.item_outside', field: 'planItemId' });
  });
});

describe('outside courses and hours per person (A1.1)', () => {
  it('records an outside course for a staff member of the station', async () => {
    const body = {
      orgId: station,
      userId: id.husg,
      organiser: '区民政局',
      title: '社会工作实务培训班',
      fromOn: '2025-12-29',
      toOn: '2026-01-02',
      hours: 24,
      certificate: '结业证书 2026-007',
    };
    const reversed = await linzz.post('/api/training/courses', { ...body, toOn: '2025-12-01' });
    expect(reversed.body.errors[0]).toMatchObject({ code: 'training.dates_reversed', field: 'toOn' });
    const outsider = await linzz.post('/api/training/courses', { ...body, userId: id.zhudd });
    expect(outsider.body.errors[0]).toMatchObject({ code: 'training.person_outside', field: 'userId' });
    const crossing = await linzz.post('/api/training/courses', body);
    expect(crossing.status).toBe(201);
    expect(crossing.body).toMatchObject({ days: 5, hours: 24, userName: '胡社工' });
    const made = await linzz.post('/api/training/courses', {
      ...body,
      fromOn: '2025-11-03',
      toOn: '2025-11-04',
      hours: 12.5,
      title: '调解员培训',
    });
    expect(made.status).toBe(201);
    const { orgId: _org, ...fields } = body;
    const edited = await linzz.put(`/api/training/courses/${made.body.id}`, {
      ...fields,
      fromOn: '2025-11-03',
      toOn: '2025-11-04',
      hours: 12,
      title: '人民调解员培训班',
      version: made.body.version,
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body).toMatchObject({ hours: 12, title: '人民调解员培训班' });
  });

  it('counts each person’s hours of 2025: sessions attended, and outside courses by the year they ended in', async () => {
    const res = await linzz.get(`/api/training/hours?orgId=${station}&from=2025-01-01&to=2025-12-31`);
    expect(res.status).toBe(200);
    const rows = res.body.items as HoursRow[];
    expect(rows.map((r) => r.name).sort()).toEqual(['林站长', '胡社工', '高值班'].sort());
    const of = (name: string) => rows.find((r) => r.name === name);
    expect(of('林站长')).toMatchObject({ sessions: 1, sessionHours: 2, courses: 0, outsideHours: 0, totalHours: 2 });
    expect(of('高值班')).toMatchObject({ sessions: 1, sessionHours: 2, outsideHours: 0, totalHours: 2 });
    // the course of 29 December – 2 January counts for 2026, the one of November for 2025
    expect(of('胡社工')).toMatchObject({ sessions: 2, sessionHours: 3.5, courses: 1, outsideHours: 12, totalHours: 15.5 });

    const reversed = await linzz.get(`/api/training/hours?orgId=${station}&from=2025-12-31&to=2025-01-01`);
    expect(reversed.body.errors[0]).toMatchObject({ code: 'training.period_reversed', field: 'to' });
    // the centre's head counts the centre with its station: the centre's own people are there too
    const centre = (await mazr.get(`/api/training/hours?orgId=${await t.org('sw')}&from=2025-01-01&to=2025-12-31`)).body
      .items as HoursRow[];
    expect(centre.map((r) => r.name)).toEqual(expect.arrayContaining(['马主任', '朱督导', '胡社工']));
    expect(centre.find((r) => r.name === '马主任')).toMatchObject({ totalHours: 0 });
  });

  it('exports the report in the page’s words', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/training/hours/export.xlsx?orgId=${station}&from=2025-01-01&to=2025-12-31`,
      headers: { cookie: `gj_session=${linzz.cookie}` },
    });
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    book.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(['姓名', '所在单位', '参加培训次数', '站内培训学时', '上级培训班', '上级培训学时', '合计学时']);
    expect(rows.find((r) => r[0] === '胡社工')).toEqual(['胡社工', '翠竹社会服务管理工作站', 2, 3.5, 1, 12, 15.5]);
  });

  it('gives the year-end assessment the same figures (A1.6)', async () => {
    const deps = t.runtime.deps;
    const tenantId = (await deps.db.selectFrom('tenants').select('id').executeTakeFirstOrThrow()).id;
    const ctx = await actAs({ ...deps, actor: systemActor(tenantId), requestId: null }, 'mazr');
    const figures = await trainingHoursByPerson(ctx, { userIds: [id.husg, id.mazr], from: '2025-01-01', to: '2025-12-31' });
    expect(figures.get(id.husg)).toEqual({ sessionHours: 3.5, outsideHours: 12, sessions: 2 });
    expect(figures.get(id.mazr)).toEqual({ sessionHours: 0, outsideHours: 0, sessions: 0 });
    const next = await trainingHoursByPerson(ctx, { userIds: [id.husg], from: '2026-01-01', to: '2026-01-31' });
    expect(next.get(id.husg)).toMatchObject({ outsideHours: 24 });
    // through the manifest, as the year-end assessment reads them: hours as minutes, nobody without training
    const viaManifest = await ctx.modules.modules
      .find((m) => m.name === 'training')
      ?.personFigures?.(ctx, { userIds: [id.husg, id.mazr], from: '2025-01-01', to: '2025-12-31' });
    expect(viaManifest?.get(id.husg)?.find((f) => f.key === 'training.hours')?.value).toBe(15.5 * 60);
    expect(viaManifest?.has(id.mazr)).toBe(false);
  });
});
