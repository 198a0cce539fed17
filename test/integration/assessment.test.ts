import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';

/**
 * 考核奖惩 (A1.6) on the demo: the responsibilities, criteria, rewards, penalties and the year-end assessment made at
 * 翠竹社会服务管理工作站 for the current year, and each person's real figures of the year from the other modules
 * (social-work activities, callbacks, cleaning checks) beside them.
 */
let t: TestEnv;
let mazr: Agent;
let linzz: Agent;
let husg: Agent;
let gaozb: Agent;
let admin: Agent;
let station: string;
let year: number;
const ids: Record<string, string> = {};

type Figure = { key: string; unit: string; value: number | null; better?: string };
type Sheet = {
  person: { name: string };
  mayAssess: boolean;
  responsibility: { postTitle: string; version: number } | null;
  criteria: { items: { name: string; weight: number }[] } | null;
  rewards: { kind: string; userName: string }[];
  figures: Figure[];
  assessment: { id: string; totalTenths: number; grade: string; figures: Figure[]; assessedByName: string; version: number } | null;
};

const figure = (figures: Figure[], key: string) => figures.find((f) => f.key === key);

beforeAll(async () => {
  t = await startTestEnv();
  mazr = await t.login('mazr');
  linzz = await t.login('linzz');
  husg = await t.login('husg');
  gaozb = await t.login('gaozb');
  admin = await t.login('admin');
  station = await t.org('sw-s1');
  for (const u of ['husg', 'gaozb', 'linzz', 'sunxy', 'mazr']) ids[u] = await t.userId(u);
  year = new Date().getUTCFullYear();
});
afterAll(() => t.close());

const sheet = async (agent: Agent, who: string, y = year) => {
  const res = await agent.get(`/api/assessment/people/${ids[who]}?year=${y}`);
  expect(res.status).toBe(200);
  return res.body as Sheet;
};

describe('posted responsibilities and criteria (A1.6)', () => {
  it('shows every staff member of the station with the responsibility in force, to the head and the staff alike', async () => {
    for (const agent of [mazr, gaozb]) {
      const res = await agent.get(`/api/assessment/staff?orgId=${station}`);
      expect(res.status).toBe(200);
      const posts = Object.fromEntries(
        (res.body.items as { userId: string; responsibility: { postTitle: string } | null }[]).map((i) => [
          i.userId,
          i.responsibility?.postTitle,
        ]),
      );
      expect(posts[ids.linzz!]).toBe('站长');
      expect(posts[ids.gaozb!]).toBe('值班人员');
      expect(posts[ids.husg!]).toBe('社会工作者');
    }
    expect((await mazr.get(`/api/assessment/staff?orgId=${station}`)).body.mayManage).toBe(true);
    expect((await gaozb.get(`/api/assessment/staff?orgId=${station}`)).body.mayManage).toBe(false);
  });

  it('replaces the responsibility in force when posted again, refusing a stale version', async () => {
    const before = (await sheet(linzz, 'gaozb')).responsibility!;
    const body = { userId: ids.gaozb, postTitle: '值班人员', duties: '按排班值班备勤，填写值班日志。', postedOn: `${year}-02-01` };
    const ok = await linzz.post('/api/assessment/responsibilities', { ...body, version: before.version });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ duties: '按排班值班备勤，填写值班日志。', version: before.version + 1 });
    const stale = await linzz.post('/api/assessment/responsibilities', { ...body, version: before.version });
    expect(stale.status).toBe(409);
    const future = await linzz.post('/api/assessment/responsibilities', { ...body, postedOn: `${year + 1}-01-01` });
    expect(future.status).toBe(422);
    expect(future.body.errors[0]).toMatchObject({ code: 'assessment.date_in_future', field: 'postedOn' });
    const byStaff = await husg.post('/api/assessment/responsibilities', body);
    expect(byStaff.status).toBe(403);
  });

  it('keeps the station’s criteria with weights adding up to 100 and refuses a set that does not', async () => {
    const res = await gaozb.get(`/api/assessment/criteria?orgId=${station}&year=${year}`);
    expect(res.status).toBe(200);
    const items = res.body.criteria.items as { name: string; weight: number }[];
    expect(items.map((i) => `${i.name}${i.weight}`)).toEqual(['工作职责40', '学习培训15', '值班备勤20', '群众满意25']);
    const wrong = await linzz.put('/api/assessment/criteria', {
      orgId: station,
      year,
      items: items.map((i, n) => ({ ...i, description: '', weight: n === 0 ? 35 : i.weight })),
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors[0]).toMatchObject({ code: 'assessment.weights_not_100', field: 'items' });
    // the centre has none of its own; the station inherits nothing upward, a centre with none shows none
    const centre = await mazr.get(`/api/assessment/criteria?orgId=${await t.org('sw')}&year=${year}`);
    expect(centre.body.criteria).toBeNull();
  });
});

describe('a person’s real figures of the year', () => {
  it('shows husg’s social-work activities as the projects he executes count them, and his saved assessment', async () => {
    const db = t.runtime.deps.db;
    const held = await db
      .selectFrom('sw_activities as a')
      .innerJoin('sw_projects as p', (j) => j.onRef('p.tenant_id', '=', 'a.tenant_id').onRef('p.id', '=', 'a.project_id'))
      .select('a.id')
      .where('p.executor_id', '=', ids.husg!)
      .where('a.state', '=', 'held')
      .where('a.held_on', '>=', `${year}-01-01`)
      .where('a.held_on', '<=', `${year}-12-31`)
      .execute();
    expect(held.length).toBeGreaterThan(0);
    const s = await sheet(mazr, 'husg');
    expect(figure(s.figures, 'socialwork.activitiesHeld')).toEqual({
      key: 'socialwork.activitiesHeld',
      unit: 'count',
      value: held.length,
      better: 'higher',
    });
    expect(figure(s.figures, 'socialwork.briefsLate')).toMatchObject({ unit: 'count', better: 'lower' });
    expect(s.responsibility?.postTitle).toBe('社会工作者');
    expect(s.rewards.map((r) => r.kind)).toEqual(['reward']);
    expect(s.assessment).toMatchObject({ totalTenths: 909, grade: 'excellent', assessedByName: '马主任' });
    expect(figure(s.assessment!.figures, 'socialwork.activitiesHeld')?.value).toBe(held.length);
    expect(s.mayAssess).toBe(true);
  });

  it('shows sunxy’s cleaning checks and pass rate at her office', async () => {
    const rows = await t.runtime.deps.db
      .selectFrom('cleaning_inspections as i')
      .innerJoin('cleaning_results as r', (j) => j.onRef('r.tenant_id', '=', 'i.tenant_id').onRef('r.inspection_id', '=', 'i.id'))
      .select('r.passed')
      .where('i.cleaner_id', '=', ids.sunxy!)
      .where('i.state', '=', 'done')
      .where('i.done_date', '>=', `${year}-01-01`)
      .where('i.done_date', '<=', `${year}-12-31`)
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    const passed = rows.filter((r) => Number(r.passed) === 1).length;
    const s = await sheet(admin, 'sunxy');
    expect(figure(s.figures, 'cleaning.checks')?.value).toBe(rows.length);
    expect(figure(s.figures, 'cleaning.passRate')).toEqual({
      key: 'cleaning.passRate',
      unit: 'permille',
      value: Math.round((passed * 1000) / rows.length),
      better: 'higher',
    });
    // no responsibility posted, no criteria at her office: still the figures
    expect(s.responsibility).toBeNull();
    expect(s.criteria).toBeNull();
    // the office's head holds no assessment permission: she sees the office, not the assessment
    const wangfang = await t.login('wangfang');
    expect((await wangfang.get(`/api/assessment/people/${ids.sunxy}?year=${year}`)).status).toBe(403);
  });

  it('shows the callbacks done on the orders a person worked on, and the share satisfied', async () => {
    const rows = await t.runtime.deps.db
      .selectFrom('callbacks as c')
      .innerJoin('order_assignees as a', (j) => j.onRef('a.tenant_id', '=', 'c.tenant_id').onRef('a.order_id', '=', 'c.order_id'))
      .select(['a.user_id', 'c.id', 'c.reached', 'c.satisfaction', 'c.recorded_at'])
      .where('c.state', '=', 'done')
      .where('a.released_at', 'is', null)
      .execute();
    const inYear = rows.filter(
      (r) => r.recorded_at && r.recorded_at >= `${year - 1}-12-31T16:00:00.000Z` && r.recorded_at < `${year}-12-31T16:00:00.000Z`,
    );
    expect(inYear.length).toBeGreaterThan(0);
    const who = inYear[0]!.user_id;
    const mine = inYear.filter((r) => r.user_id === who);
    const reached = mine.filter((r) => Number(r.reached) === 1);
    const satisfied = reached.filter((r) => r.satisfaction === 'satisfied').length;
    const res = await admin.get(`/api/assessment/people/${who}?year=${year}`);
    expect(res.status).toBe(200);
    const figures = (res.body as Sheet).figures;
    expect(figure(figures, 'callbacks.done')?.value).toBe(mine.length);
    expect(figure(figures, 'callbacks.satisfied')).toMatchObject({
      unit: 'permille',
      value: reached.length ? Math.floor((satisfied * 2000 + reached.length) / (reached.length * 2)) : null,
      better: 'higher',
    });
  });
});

describe('rewards, penalties and the year-end assessment', () => {
  it('shows a staff member only their own rewards, penalties and assessment', async () => {
    const mine = await husg.get(`/api/assessment/rewards?orgId=${station}&year=${year}`);
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((r: { userName: string; kind: string }) => `${r.userName}${r.kind}`)).toEqual(['胡社工reward']);
    const his = await gaozb.get(`/api/assessment/rewards?orgId=${station}&year=${year}`);
    expect(his.body.items.map((r: { userName: string; kind: string }) => `${r.userName}${r.kind}`)).toEqual(['高值班penalty']);
    const all = await linzz.get(`/api/assessment/rewards?orgId=${station}&year=${year}`);
    expect(all.body.items).toHaveLength(2);

    const list = await husg.get(`/api/assessment/assessments?orgId=${station}&year=${year}`);
    expect(list.body.items.map((i: { name: string }) => i.name)).toEqual(['胡社工']);
    expect((await husg.get(`/api/assessment/people/${ids.gaozb}?year=${year}`)).status).toBe(403);
    const own = await sheet(husg, 'husg');
    expect(own.assessment?.grade).toBe('excellent');
    expect(own.mayAssess).toBe(false);
    const print = await husg.get(`/api/assessment/assessments/${own.assessment!.id}/print`);
    expect(print.status).toBe(200);
    expect(String(print.body)).toContain('年度考核表');
    expect((await gaozb.get(`/api/assessment/assessments/${own.assessment!.id}/print`)).status).toBe(403);

    const luzr = await t.login('luzr');
    expect((await luzr.get(`/api/assessment/staff?orgId=${station}`)).status).toBe(403);
    expect((await luzr.get(`/api/assessment/people/${ids.husg}?year=${year}`)).status).toBe(403);
  });

  it('records a reward by the head, never one of their own or in the future, and never by staff', async () => {
    const body = { userId: ids.gaozb, kind: 'reward', occurredOn: `${year}-03-01`, reason: '春节值班表现突出', measure: '通报表扬' };
    const ok = await linzz.post('/api/assessment/rewards', body);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ userName: '高值班', recordedByName: '林站长', measure: '通报表扬' });
    const self = await linzz.post('/api/assessment/rewards', { ...body, userId: ids.linzz });
    expect(self.status).toBe(422);
    expect(self.body.errors[0]).toMatchObject({ code: 'assessment.own_record', field: 'userId' });
    expect((await linzz.post('/api/assessment/rewards', { ...body, occurredOn: `${year + 1}-01-02` })).status).toBe(422);
    expect((await husg.post('/api/assessment/rewards', body)).status).toBe(403);
    const history = await linzz.get(`/api/history/reward_penalty/${ok.body.id}`);
    expect(history.status).toBe(200);
  });

  it('scores every criterion, computes the total and grade, and snapshots the figures', async () => {
    const scores = [
      { name: '工作职责', score: 70 },
      { name: '学习培训', score: 80 },
      { name: '值班备勤', score: 60 },
    ];
    const body = { userId: ids.gaozb, year, scores, comment: '值班基本到位，日志须及时。' };
    const missing = await linzz.post('/api/assessment/assessments', body);
    expect(missing.status).toBe(422);
    expect(missing.body.errors[0]).toMatchObject({ code: 'assessment.score_missing', field: 'scores' });
    const unknown = await linzz.post('/api/assessment/assessments', { ...body, scores: [...scores, { name: '出勤', score: 90 }] });
    expect(unknown.body.errors[0]).toMatchObject({ code: 'assessment.score_unknown', field: 'scores.3.name' });
    const ok = await linzz.post('/api/assessment/assessments', { ...body, scores: [...scores, { name: '群众满意', score: 75 }] });
    expect(ok.status).toBe(200);
    // 70×40 + 80×15 + 60×20 + 75×25 = 7075 → 70.8
    expect(ok.body).toMatchObject({ totalTenths: 708, grade: 'basically_competent', assessedByName: '林站长', version: 1 });
    const again = await linzz.post('/api/assessment/assessments', {
      ...body,
      scores: [...scores, { name: '群众满意', score: 100 }],
      version: 1,
    });
    expect(again.body).toMatchObject({ totalTenths: 770, grade: 'competent', version: 2 });
    const stale = await linzz.post('/api/assessment/assessments', {
      ...body,
      scores: [...scores, { name: '群众满意', score: 100 }],
      version: 1,
    });
    expect(stale.status).toBe(409);
    const ownAssessment = await linzz.post('/api/assessment/assessments', { ...body, userId: ids.linzz });
    expect(ownAssessment.status).toBe(422);
    expect(ownAssessment.body.errors[0]).toMatchObject({ code: 'assessment.own_record', field: 'userId' });
    expect((await linzz.post('/api/assessment/assessments', { ...body, year: year + 1 })).body.errors[0].code).toBe(
      'assessment.year_to_come',
    );
    expect((await husg.post('/api/assessment/assessments', body)).status).toBe(403);
    const noCriteria = await admin.post('/api/assessment/assessments', { ...body, userId: ids.sunxy });
    expect(noCriteria.status).toBe(422);
    expect(noCriteria.body.errors[0]).toMatchObject({ code: 'assessment.no_criteria', field: 'year' });
  });
});
