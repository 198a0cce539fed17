import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  areaUncheckedMonitor,
  inspectionMissedMonitor,
  rectificationOverdueMonitor,
} from '../../src/modules/cleaning/cleaning.monitors.js';
import { periodOf } from '../../src/modules/cleaning/cleaning.rules.js';
import type { CleaningArea, PlanFrequency } from '../../src/modules/cleaning/cleaning.types.js';
import { uncheckedAreas } from '../../src/modules/cleaning/cleaning-score.rules.js';
import { systemActor, type UseCase } from '../../src/platform/context.js';
import { addMonths, monthBounds } from '../../src/platform/months.js';
import { tenantZone } from '../../src/platform/tenancy.js';
import { businessDate } from '../../src/platform/time.js';
import enCleaning from '../../web/src/locales/en/cleaning.json' with { type: 'json' };
import zhCleaning from '../../web/src/locales/zh-CN/cleaning.json' with { type: 'json' };
import { CleaningFixtures } from '../support/cleaning.js';
import { startTestEnv, type TestEnv } from '../support/harness.js';

let t: TestEnv;
let system: UseCase;
let today: string;
/** Last month: the month the fixtures score. */
let M: string;
const ids: Record<string, string> = {};
let zone: string;

beforeAll(async () => {
  t = await startTestEnv();
  const db = t.runtime.deps.db;
  const tenantId = (await db.selectFrom('tenants').select('id').executeTakeFirstOrThrow()).id;
  system = { ...t.runtime.deps, actor: systemActor(tenantId), requestId: null };
  zone = await tenantZone(system);
  // the scores are asserted exactly: the demo's plans, inspections and rounds leave, the fixtures below are all there is
  for (const table of ['cleaning_rectifications', 'cleaning_results', 'cleaning_inspections', 'cleaning_plans'] as const)
    await db.deleteFrom(table).execute();
  today = businessDate(t.clock.now(), zone);
  M = addMonths(today.slice(0, 7), -1);
  for (const u of ['sunxy', 'liuyang', 'wangfang', 'zhaolei']) ids[u] = await t.userId(u);
  for (const [key, name] of [
    ['estA', '翠竹园'],
    ['estB', '金色家园'],
  ] as const)
    ids[key] = (
      await db
        .selectFrom('estates')
        .select('id')
        .where('name', '=', name as string)
        .executeTakeFirstOrThrow()
    ).id;
  const f = new CleaningFixtures(system);
  const longAgo = `${addMonths(M, -2)}-01T00:00:00.000Z`;
  const month = (m: string) => ({ start: `${m}-01`, end: periodOf('monthly', `${m}-01`).end });
  // P1: 刘洋's monthly supervisor check of 翠竹园's ground and bins, 孙秀英 cleaning
  const p1 = await f.plan({
    estateId: ids.estA!,
    level: 'supervisor',
    frequency: 'monthly',
    inspectorId: ids.liuyang!,
    cleanerId: ids.sunxy!,
    areas: ['ground', 'bins'],
    createdAt: longAgo,
  });
  // P2: 王芳's weekly manager check of the ground: last month's week of the 15th never walked, nor last week
  const p2 = await f.plan({
    estateId: ids.estA!,
    level: 'manager',
    frequency: 'weekly',
    inspectorId: ids.wangfang!,
    cleanerId: ids.sunxy!,
    areas: ['ground'],
    createdAt: longAgo,
  });
  ids.p2 = p2;
  // P3: 孙秀英's daily self-check, made today: nothing of it has ended yet
  const p3 = await f.plan({
    estateId: ids.estA!,
    level: 'self',
    frequency: 'daily',
    inspectorId: ids.sunxy!,
    cleanerId: ids.sunxy!,
    areas: ['ground'],
    createdAt: t.clock.now().toISOString(),
  });
  // P5: office B's monthly plan of its roads, never checked
  ids.p5 = await f.plan({
    estateId: ids.estB!,
    level: 'supervisor',
    frequency: 'monthly',
    inspectorId: ids.zhaolei!,
    cleanerId: ids.zhaolei!,
    areas: ['roads'],
    createdAt: longAgo,
  });
  const common = { estateId: ids.estA!, cleanerId: ids.sunxy! };
  const i1 = await f.inspection({
    ...common,
    planId: p1,
    level: 'supervisor',
    area: 'ground',
    period: month(M),
    inspectorId: ids.liuyang!,
    results: [false, true],
    doneDate: `${M}-05`,
  });
  await f.inspection({
    ...common,
    level: 'self',
    area: 'ground',
    period: { start: `${M}-06`, end: `${M}-06` },
    inspectorId: ids.sunxy!,
    results: [true, true],
    doneDate: `${M}-06`,
  });
  const i3 = await f.inspection({
    ...common,
    planId: p1,
    level: 'supervisor',
    area: 'bins',
    period: month(M),
    inspectorId: ids.liuyang!,
    results: [false, true, true],
    doneDate: `${M}-07`,
  });
  const i4 = await f.inspection({
    ...common,
    level: 'manager',
    area: 'ground',
    period: { start: `${M}-10`, end: `${M}-10` },
    inspectorId: ids.wangfang!,
    results: [false, true],
    doneDate: `${M}-10`,
  });
  // the manager's planned week of the 15th, never walked: missed
  ids.missed = (
    await f.inspection({
      ...common,
      planId: p2,
      level: 'manager',
      area: 'ground',
      period: periodOf('weekly', `${M}-15`),
      inspectorId: ids.wangfang!,
    })
  ).id;
  // the month before: one supervisor check, half passed (the trend)
  await f.inspection({
    ...common,
    level: 'supervisor',
    area: 'ground',
    period: { start: `${addMonths(M, -1)}-12`, end: `${addMonths(M, -1)}-12` },
    inspectorId: ids.liuyang!,
    results: [true, false],
    doneDate: `${addMonths(M, -1)}-12`,
  });
  // office B: one passed check of its ground
  await f.inspection({
    estateId: ids.estB!,
    cleanerId: ids.zhaolei!,
    level: 'supervisor',
    area: 'ground',
    period: { start: `${M}-05`, end: `${M}-05` },
    inspectorId: ids.zhaolei!,
    results: [true],
    doneDate: `${M}-05`,
  });
  // this month's planned work: 刘洋's two areas this month, 孙秀英's self-check today, and next month's (not yet due)
  for (const area of ['ground', 'bins'] as const)
    await f.inspection({ ...common, planId: p1, level: 'supervisor', area, period: month(today.slice(0, 7)), inspectorId: ids.liuyang! });
  await f.inspection({
    ...common,
    planId: p3,
    level: 'self',
    area: 'ground',
    period: { start: today, end: today },
    inspectorId: ids.sunxy!,
  });
  const next = addMonths(today.slice(0, 7), 1);
  await f.inspection({ ...common, planId: p1, level: 'supervisor', area: 'ground', period: month(next), inspectorId: ids.liuyang! });
  // rectifications: fixed on time, fixed late (waiting for 刘洋's re-check), still open past due, open in time (today's)
  const at = (date: string, h: number) => new Date(Date.parse(`${date}T00:00:00Z`) + h * 3_600_000).toISOString();
  await f.rectification(i1, { createdAt: at(`${M}-05`, 2), dueAt: at(`${M}-05`, 26), state: 'passed', doneAt: at(`${M}-05`, 20) });
  await f.rectification(i3, { createdAt: at(`${M}-07`, 2), dueAt: at(`${M}-07`, 26), state: 'done', doneAt: at(`${M}-08`, 30) });
  ids.overdue = await f.rectification(i4, { createdAt: at(`${M}-10`, 2), dueAt: at(`${M}-10`, 26), state: 'open' });
  const now = t.clock.now().getTime();
  const i6 = await f.inspection({
    ...common,
    level: 'self',
    area: 'ground',
    period: { start: today, end: today },
    inspectorId: ids.sunxy!,
    results: [false, true],
    doneDate: today,
    doneAt: new Date(now - 3_600_000).toISOString(),
  });
  ids.inTime = await f.rectification(i6, {
    createdAt: new Date(now - 3_600_000).toISOString(),
    dueAt: new Date(now + 23 * 3_600_000).toISOString(),
    state: 'open',
  });
}, 120_000);
afterAll(() => t.close());

describe('cleaning scores (A6.3)', () => {
  it('gives the month’s exact pass rates per area, cleaner and level, and the failures per check', async () => {
    const res = await (await t.login('wangfang')).get(`/api/cleaning/scores?month=${M}`);
    expect(res.status).toBe(200);
    const s = res.body;
    expect(s.month).toBe(M);
    const area = (a: { estateName: string; area: string; level: string; checks: number; passed: number; rate: number | null }) =>
      `${a.estateName}/${a.area}/${a.level} ${a.passed}/${a.checks} ${a.rate}`;
    expect(s.byArea.map(area)).toEqual([
      '翠竹园/bins/supervisor 2/3 667',
      '翠竹园/ground/self 2/2 1000',
      '翠竹园/ground/supervisor 1/2 500',
      '翠竹园/ground/manager 1/2 500',
    ]);
    expect(
      s.byCleaner.map(
        (c: { cleanerName: string; level: string; checks: number; passed: number; rate: number }) =>
          `${c.cleanerName}/${c.level} ${c.passed}/${c.checks} ${c.rate}`,
      ),
    ).toEqual(['孙秀英/self 2/2 1000', '孙秀英/supervisor 3/5 600', '孙秀英/manager 1/2 500']);
    const ground = await new CleaningFixtures(system).checks(ids.estA!, 'ground');
    const bins = await new CleaningFixtures(system).checks(ids.estA!, 'bins');
    expect(s.byCheck).toEqual([
      { checkKey: ground[0]!.checkKey, area: 'ground', object: ground[0]!.object, criterion: ground[0]!.criterion, failed: 2 },
      { checkKey: bins[0]!.checkKey, area: 'bins', object: bins[0]!.object, criterion: bins[0]!.criterion, failed: 1 },
    ]);
    expect(s.inspections).toEqual({ planned: 3, done: 2, missed: 1 });
    expect(s.trend).toHaveLength(18);
    const trend = (m: string, level: string) => s.trend.find((x: { month: string; level: string }) => x.month === m && x.level === level);
    expect(trend(addMonths(M, -1), 'supervisor')).toMatchObject({ checks: 2, passed: 1, rate: 500 });
    expect(trend(M, 'supervisor')).toMatchObject({ checks: 5, passed: 3, rate: 600 });
    expect(trend(addMonths(M, -5), 'self')).toMatchObject({ checks: 0, passed: 0, rate: null });
  });

  it('tells rectifications fixed on time from late ones, and counts those still open and overdue', async () => {
    const s = (await (await t.login('liuyang')).get(`/api/cleaning/scores?month=${M}`)).body;
    expect(s.rectifications).toEqual({ opened: 3, fixedOnTime: 1, fixedLate: 1, open: 1, overdue: 1 });
    // this month: only today's round, open and not yet due
    const now = (await (await t.login('liuyang')).get('/api/cleaning/scores')).body;
    expect(now.rectifications).toEqual({ opened: 1, fixedOnTime: 0, fixedLate: 0, open: 1, overdue: 0 });
  });

  it('keeps each office to its own: office B’s head sees none of office A’s, and not office A at all', async () => {
    const headB = await t.login('zhaolei');
    const s = (await headB.get(`/api/cleaning/scores?month=${M}`)).body;
    expect(s.byArea.map((a: { estateName: string; area: string }) => `${a.estateName}/${a.area}`)).toEqual(['金色家园/ground']);
    expect(s.byCleaner.map((c: { cleanerName: string }) => c.cleanerName)).toEqual(['赵磊']);
    expect(s.rectifications.opened).toBe(0);
    expect(s.inspections.planned).toBe(0);
    const officeA = await t.org('office-a');
    expect((await headB.get(`/api/cleaning/scores?orgId=${officeA}`)).status).toBe(404);
    expect((await headB.get(`/api/cleaning/scores?month=${M}&estateId=${ids.estA}`)).body.byArea).toEqual([]);
    const bad = await headB.get('/api/cleaning/scores?month=2026-13');
    expect(bad.status).toBe(400);
  });

  it('exports the month as Excel with Chinese headers, one sheet per table', async () => {
    const head = await t.login('wangfang');
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/cleaning/scores/export.xlsx?month=${M}&lang=zh-CN`,
      headers: { cookie: `gj_session=${head.cookie}` },
    });
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['按区域', '按保洁员', '不合格项', '汇总']);
    const byArea = book.getWorksheet('按区域')!;
    expect(byArea.getRow(1).values).toEqual([undefined, '小区', '区域', '检查级别', '检查项数', '合格项数', '合格率(%)']);
    expect(byArea.getRow(2).values).toEqual([undefined, '翠竹园', '垃圾箱桶', '主管检查', 3, 2, 66.7]);
    const summary = book.getWorksheet('汇总')!;
    const lines = Object.fromEntries(
      summary
        .getSheetValues()
        .slice(2)
        .map((r) => [(r as unknown[])[1], (r as unknown[])[2]]),
    );
    expect(lines).toMatchObject({ 月份: M, 按时整改: 1, 逾期整改: 1, 漏检: 1 });
  });
});

describe('cleaning monitors (A6.3)', () => {
  const breaches = async (monitor: string, org: string) => {
    const res = await (await t.login('admin')).get(`/api/compliance/monitors/${monitor}/breaches?org=${await t.org(org)}`);
    expect(res.status).toBe(200);
    return res.body.items as { entity: { type: string; id: string }; what: { values: Record<string, string> } }[];
  };

  it('lists the missed inspection and the overdue rectification, and not the others', async () => {
    expect((await breaches('cleaning.inspection_missed', 'office-a')).map((b) => b.entity.id)).toEqual([ids.missed]);
    expect((await breaches('cleaning.rectification_overdue', 'office-a')).map((b) => b.entity.id)).toEqual([ids.overdue]);
    expect(await breaches('cleaning.rectification_overdue', 'office-b')).toEqual([]);
  });

  it('says a breach’s area and level in words in its file, as the page does, in both languages', async () => {
    const admin = await t.login('admin');
    const office = await t.org('office-a');
    const whats = async (lang: string) => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/compliance/monitors/cleaning.rectification_overdue/breaches/export.xlsx?org=${office}&lang=${lang}`,
        headers: { cookie: `gj_session=${admin.cookie}` },
      });
      expect(res.statusCode).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      return book.worksheets[0]!.getColumn(1).values.slice(2).map(String);
    };
    const [item] = await breaches('cleaning.rectification_overdue', 'office-a');
    expect(item!.what).toMatchObject({ coded: { area: 'cleaning:areas', level: 'cleaning:levels' } });
    const { area, level } = item!.what.values as { area: 'garage'; level: 'self' };
    const zh = await whats('zh-CN');
    expect(zh).toHaveLength(1);
    expect(zh[0]).toContain(`${zhCleaning.areas[area]}整改（${zhCleaning.levels[level]}`);
    expect(await whats('en')).toEqual([expect.stringContaining(`${enCleaning.areas[area]} (${enCleaning.levels[level]}`)]);
  });

  it('asked about last month, counts the deadlines missed in it, even those met late since', async () => {
    const officeA = await t.runtime.deps.db
      .selectFrom('org_nodes')
      .select(['id', 'path'])
      .where('code', '=', 'office-a')
      .executeTakeFirstOrThrow();
    const scope = { nodeId: officeA.id, path: officeA.path, period: monthBounds(M, zone) };
    expect(await inspectionMissedMonitor.count(system, scope)).toBe(1);
    // the round fixed late and the one still open; not the one fixed on time
    expect(await rectificationOverdueMonitor.count(system, scope)).toBe(2);
    const before = { ...scope, period: monthBounds(addMonths(M, -1), zone) };
    expect(await rectificationOverdueMonitor.count(system, before)).toBe(0);
  });

  it('lists the area unchecked in its plan’s last ended period, the SQL agreeing with the rule', async () => {
    const a = await breaches('cleaning.area_unchecked', 'office-a');
    expect(a.map((b) => `${b.entity.id}/${b.what.values.area}`)).toEqual([`${ids.p2}/ground`]);
    expect((await breaches('cleaning.area_unchecked', 'office-b')).map((b) => b.entity.id)).toEqual([ids.p5]);
    // the rule over the same rows, for the whole tenant
    const db = t.runtime.deps.db;
    const plans = await db.selectFrom('cleaning_plans').selectAll().execute();
    const done = await db.selectFrom('cleaning_inspections').selectAll().where('state', '=', 'done').execute();
    const rule = uncheckedAreas(
      plans.map((p) => ({
        id: p.id,
        estateId: p.estate_id,
        frequency: p.frequency as PlanFrequency,
        areas: JSON.parse(p.areas) as CleaningArea[],
        active: Number(p.active) === 1,
        createdDate: businessDate(p.created_at, zone),
      })),
      done.map((i) => ({ estateId: i.estate_id, area: i.area, doneDate: i.done_date! })),
      today,
    );
    const root = await db.selectFrom('org_nodes').select(['id', 'path']).where('code', '=', 'hq').executeTakeFirstOrThrow();
    const sql = await areaUncheckedMonitor.list(system, { nodeId: root.id, path: root.path }, { limit: 100, offset: 0 });
    const key = (planId: string, area: string) => `${planId}/${area}`;
    expect(sql.map((b) => key(b.entity.id, String(b.what.values?.area))).sort()).toEqual(rule.map((r) => key(r.planId, r.area)).sort());
    expect(rule).toHaveLength(2);
    expect(await areaUncheckedMonitor.count(system, { nodeId: root.id, path: root.path })).toBe(2);
  });
});

describe('cleaning to-dos (A6.3)', () => {
  const todos = async (who: string) =>
    Object.fromEntries(
      ((await (await t.login(who)).get('/api/workbench')).body.todos as { key: string; count: number; link: string }[])
        .filter((x) => x.key.startsWith('cleaning.'))
        .map((x) => [x.key, x.count]),
    );

  it('counts 孙秀英’s self-check and rectifications, and 刘洋’s checks this month and re-check', async () => {
    expect(await todos('sunxy')).toEqual({ 'cleaning.toInspect': 1, 'cleaning.toFix': 2 });
    expect(await todos('liuyang')).toEqual({ 'cleaning.toInspect': 2, 'cleaning.toRecheck': 1 });
    expect(await todos('zhaolei')).toEqual({});
  });
});
