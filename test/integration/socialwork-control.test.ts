import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../support/demo-password.js';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';

/**
 * A3.5 on a project of its own at 翠竹社会服务管理工作站, started 2027-01-10, with the clock in March 2027: the
 * executor's monthly checks, the supervisor's supervision with opinions, answers, the monitors and the assessment.
 */
let t: TestEnv;
let husg: Agent;
let zhudd: Agent;
let mazr: Agent;
let admin: Agent;
let projectId: string;

type Opinion = { id: string; text: string; overdue: boolean; answer: string | null; version: number };
type Supervision = { id: string; kind: string; month: string; opinions: Opinion[] };
type Breach = { entity: { id: string; link: string }; what: { values: Record<string, string | number> } };

const DAY = 86_400_000;

beforeAll(async () => {
  t = await startTestEnv();
  t.clock.set(new Date('2027-03-15T04:00:00.000Z'));
  husg = await t.login('husg');
  zhudd = await t.login('zhudd');
  mazr = await t.login('mazr');
  admin = await t.login('admin');
  const made = await husg.post('/api/socialwork/projects', {
    orgId: await t.org('sw-s1'),
    title: '监控测试项目',
    executorId: await t.userId('husg'),
    supervisorId: await t.userId('zhudd'),
  });
  expect(made.status).toBe(200);
  projectId = made.body.id;
  // starting a project is the execution part's step (survey and approved plan first); here it is simply running
  await t.runtime.deps.db
    .updateTable('sw_projects')
    .set({ state: 'running', started_at: '2027-01-10T02:00:00.000Z' })
    .where('id', '=', projectId)
    .execute();
});
afterAll(() => t.close());

const breaches = async (monitor: string) => {
  const res = await admin.get(`/api/compliance/monitors/${monitor}/breaches?pageSize=100`);
  expect(res.status).toBe(200);
  return (res.body.items as Breach[]).filter((b) => b.entity.link.includes(projectId));
};

describe('the executor’s monthly check (A3.5)', () => {
  it('records each missed item with its remedy, once per month, never for a month to come or before the start', async () => {
    const url = `/api/socialwork/projects/${projectId}/monthly-checks`;
    const body = { month: '2027-01', findings: '对照两份计划：探访完成，讲座未办。', missed: [{ item: '健康讲座', remedy: '' }] };
    const noRemedy = await husg.post(url, body);
    expect(noRemedy.status).toBe(422);
    expect(noRemedy.body.errors[0]).toMatchObject({ code: 'socialwork.remedy_required', field: 'missed.0.remedy' });

    const ok = await husg.post(url, { ...body, missed: [{ item: '健康讲座', remedy: '2 月补办' }] });
    expect(ok.status).toBe(200);
    expect(ok.body.checks).toHaveLength(1);
    expect(ok.body.checks[0]).toMatchObject({
      month: '2027-01',
      missed: [{ item: '健康讲座', remedy: '2 月补办' }],
      checkedByName: '胡社工',
    });
    expect(ok.body.months).toEqual([
      { month: '2027-03', checked: false, supervised: false },
      { month: '2027-02', checked: false, supervised: false },
      { month: '2027-01', checked: true, supervised: false },
    ]);

    const twice = await husg.post(url, { ...body, missed: [] });
    expect(twice.status).toBe(409);
    expect(twice.body.errors[0]).toMatchObject({ code: 'socialwork.check_exists', field: 'month' });
    const future = await husg.post(url, { ...body, month: '2027-04', missed: [] });
    expect(future.body.errors[0]).toMatchObject({ code: 'socialwork.month_future', field: 'month' });
    const early = await husg.post(url, { ...body, month: '2026-12', missed: [] });
    expect(early.body.errors[0]).toMatchObject({ code: 'socialwork.month_before_start', field: 'month' });
    expect((await zhudd.post(url, { ...body, month: '2027-02', missed: [] })).status).toBe(403);
  });

  it('missing for February shows on the monitor; January, checked, does not', async () => {
    const found = await breaches('socialwork.check_missing');
    expect(found.map((b) => b.what.values.month)).toEqual(['2027-02']);
    expect(found[0]!.entity.id).toBe(projectId);
  });
});

describe('supervision with opinions the executor answers (A3.5)', () => {
  let opinions: Opinion[];

  it('is recorded by the supervisor with its opinions; on site only of a key activity', async () => {
    const url = `/api/socialwork/projects/${projectId}/supervisions`;
    const body = {
      kind: 'monthly',
      month: '2027-01',
      heldOn: '2027-01-28',
      findings: '探访记录不完整',
      opinions: ['探访记录逐项填写', '小组方案书面化'],
    };
    expect((await husg.post(url, body)).status).toBe(403);
    const onSite = await zhudd.post(url, { ...body, kind: 'on_site', activityId: null });
    expect(onSite.status).toBe(422);
    expect(onSite.body.errors[0]).toMatchObject({ code: 'socialwork.not_key_activity', field: 'activityId' });
    const future = await zhudd.post(url, { ...body, heldOn: '2027-03-16' });
    expect(future.body.errors[0]).toMatchObject({ code: 'socialwork.date_future', field: 'heldOn' });

    const ok = await zhudd.post(url, body);
    expect(ok.status).toBe(200);
    const [s] = ok.body.supervisions as Supervision[];
    expect(s).toMatchObject({ kind: 'monthly', month: '2027-01', supervisorName: '朱督导' });
    opinions = s!.opinions;
    expect(opinions.map((o) => [o.text, o.answer, o.overdue])).toEqual([
      ['探访记录逐项填写', null, false],
      ['小组方案书面化', null, false],
    ]);
    const missing = await breaches('socialwork.supervision_missing');
    expect(missing.map((b) => b.what.values.month)).toEqual(['2027-02']);
  });

  it('puts the opinions on the executor’s to-dos and the month on the supervisor’s', async () => {
    const mine = (await husg.get('/api/workbench')).body.todos.find((x: { key: string }) => x.key === 'socialwork.opinionsToAnswer');
    expect(mine.count).toBeGreaterThanOrEqual(2);
    const due = (await zhudd.get('/api/workbench')).body.todos.find((x: { key: string }) => x.key === 'socialwork.supervisionsDue');
    expect(due.count).toBeGreaterThanOrEqual(1);
  });

  it('is answered once by the executor', async () => {
    const url = `/api/socialwork/opinions/${opinions[0]!.id}/answer`;
    expect((await zhudd.post(url, { answer: '好', version: 1 })).status).toBe(403);
    const ok = await husg.post(url, { answer: '已修订记录表', version: 1 });
    expect(ok.status).toBe(200);
    const o = (ok.body.supervisions as Supervision[])[0]!.opinions[0]!;
    expect(o).toMatchObject({ answer: '已修订记录表', answeredByName: '胡社工', version: 2 });
    const again = await husg.post(url, { answer: '再改一次' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('socialwork.opinion_answered');
  });
});

describe('the head’s assessment of executors (A3.5)', () => {
  it('shows the period’s real figures beside the score and is recorded by the head only', async () => {
    const url = '/api/socialwork/assessments?from=2027-01-01&to=2027-03-31';
    expect((await husg.get(url)).status).toBe(403);
    const view = await mazr.get(url);
    expect(view.status).toBe(200);
    const hu = view.body.executors.find((e: { executorName: string }) => e.executorName === '胡社工');
    expect(hu.projects.map((p: { title: string }) => p.title)).toContain('监控测试项目');
    // this project owes January and February, the demo's 长者关爱计划 the same two; only this January is checked
    expect({ monthsDue: hu.monthsDue, checksDone: hu.checksDone, opinions: hu.opinions }).toEqual({
      monthsDue: 4,
      checksDone: 1,
      opinions: 2,
    });

    const body = { executorId: await t.userId('husg'), periodFrom: '2027-01-01', periodTo: '2027-03-31', score: 88, comments: '按时检查' };
    expect((await husg.post('/api/socialwork/assessments', body)).status).toBe(403);
    expect((await mazr.post('/api/socialwork/assessments', { ...body, score: 101 })).status).toBe(400);
    const notWorker = await mazr.post('/api/socialwork/assessments', { ...body, executorId: await t.userId('zhudd') });
    expect(notWorker.body.errors[0]).toMatchObject({ code: 'socialwork.not_executor', field: 'executorId' });
    const reversed = await mazr.post('/api/socialwork/assessments', { ...body, periodTo: '2026-12-31' });
    expect(reversed.body.errors[0]).toMatchObject({ code: 'socialwork.period_reversed', field: 'periodTo' });
    const ok = await mazr.post('/api/socialwork/assessments', body);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ executorName: '胡社工', score: 88, assessorName: '马主任' });
    const again = await mazr.get(url);
    const after = again.body.executors.find((e: { executorName: string }) => e.executorName === '胡社工');
    expect(after.assessments.map((a: { score: number }) => a.score)).toEqual([88]);
  });
});

describe('an opinion not answered in time (A3.5)', () => {
  it('left unanswered past opinionAnswerDays (7) is overdue and shows on the monitor', async () => {
    expect(await breaches('socialwork.opinion_overdue')).toEqual([]);
    t.clock.advance(8 * DAY);
    // sessions lapse over eight idle days: sign in again
    const [hu, root] = [t.anonymous(), t.anonymous()];
    await hu.post('/api/auth/login', { username: 'husg', password: DEMO_PASSWORD });
    await root.post('/api/auth/login', { username: 'admin', password: DEMO_PASSWORD });
    admin = root;
    const view = await hu.get(`/api/socialwork/projects/${projectId}/control`);
    const [answered, open] = (view.body.supervisions as Supervision[])[0]!.opinions;
    expect([answered!.overdue, open!.overdue]).toEqual([false, true]);
    const late = await breaches('socialwork.opinion_overdue');
    expect(late.map((b) => b.entity.id)).toEqual([open!.id]);
  });
});
