import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../support/harness.js';
import { startTestEnv, type TestEnv } from '../support/harness.js';

let t: TestEnv;
let husg: Agent;
let mazr: Agent;
let zhudd: Agent;
beforeAll(async () => {
  t = await startTestEnv();
  husg = await t.login('husg');
  mazr = await t.login('mazr');
  zhudd = await t.login('zhudd');
});
afterAll(() => t.close());

const SURVEY = {
  surveyedFrom: '2026-11-02',
  surveyedTo: '2026-11-13',
  respondents: '翠竹社区残疾人及其家属',
  respondentCount: 35,
  method: '入户访谈',
  needs: '康复训练与就业支持',
  opinions: '希望服务在社区内就近开展',
  suggestions: '联合残联开展技能培训',
};

/** Casework and community work only: group work is missing. */
const CONTENT = {
  background: '翠竹社区登记残疾人 96 人，康复与就业服务不足。',
  theory: '社会支持网络理论',
  longTermGoals: '提升残疾人社区融入',
  stageGoals: '建档、个案跟进、社区倡导',
  area: '翠竹社区',
  periodFrom: '2027-01-01',
  periodTo: '2027-06-30',
  serviceUsers: '翠竹社区残疾人',
  methods: ['casework'],
  activities: [
    { title: '个案康复跟进', method: 'casework', frequency: '每月 2 次' },
    { title: '社区无障碍倡导日', method: 'community', frequency: '每季度 1 次' },
  ],
  frequency: '每月不少于 3 次',
  costFen: 2_000_000,
  benefitTargets: '建档 60 人，满意度 90%',
  executors: '胡社工',
};

async function newProject(title: string): Promise<{ id: string; version: number }> {
  const res = await husg.post('/api/socialwork/projects', {
    orgId: await t.org('sw-s1'),
    title,
    executorId: await t.userId('husg'),
    supervisorId: await t.userId('zhudd'),
  });
  expect(res.status).toBe(200);
  return res.body;
}

describe('立项 of a social-work project (A3.3)', () => {
  it('shows the demo: the 长者关爱计划 started on its survey and approved plan, the 成长营 warned of missing group work', async () => {
    const list = (await husg.get('/api/socialwork/projects')).body.items as { id: string; title: string; state: string }[];
    const elderly = list.find((p) => p.title === '翠竹社区长者关爱计划')!;
    const youth = list.find((p) => p.title === '青少年暑期成长营')!;
    expect(elderly.state).toBe('running');
    expect(youth.state).toBe('initiating');
    const plans = (await husg.get(`/api/socialwork/projects/${elderly.id}/plans`)).body;
    expect(plans.items[0]).toMatchObject({ state: 'approved', decidedByName: '马主任', submittedByName: '胡社工', warnings: [] });
    expect(plans.inForce).toBe(plans.items[0].id);
    expect((await husg.get(`/api/socialwork/projects/${elderly.id}/surveys`)).body.items[0]).toMatchObject({ respondentCount: 86 });
    expect((await husg.get(`/api/socialwork/projects/${elderly.id}/agreements`)).body.items[0]).toMatchObject({
      kind: 'funding',
      amountFen: 4_800_000,
    });
    const draft = (await husg.get(`/api/socialwork/projects/${youth.id}/plans`)).body.items[0];
    expect(draft).toMatchObject({ state: 'draft', warnings: ['method_missing:group'] });
  });

  it('offers as supervisors the station’s and centre’s 督导, not the system administrator', async () => {
    const people = (await husg.get(`/api/socialwork/project-people?orgId=${await t.org('sw-s1')}`)).body as {
      supervisors: { displayName: string }[];
      executors: { displayName: string }[];
    };
    expect(people.supervisors.map((p) => p.displayName)).toContain('朱督导');
    expect(people.supervisors.map((p) => p.displayName)).not.toContain('系统管理员');
    expect(people.executors.map((p) => p.displayName)).not.toContain('系统管理员');
  });

  it('refuses the start in order: no survey, then no approved plan; then starts the project', async () => {
    const p = await newProject('助残服务计划');
    const start = () => husg.post(`/api/socialwork/projects/${p.id}/start`, {});
    const noSurvey = await start();
    expect(noSurvey.status).toBe(409);
    expect(noSurvey.body.errors[0]).toMatchObject({ code: 'socialwork.survey_required', field: 'survey' });

    expect((await husg.post(`/api/socialwork/projects/${p.id}/surveys`, SURVEY)).status).toBe(201);
    const noPlan = await start();
    expect(noPlan.status).toBe(409);
    expect(noPlan.body.errors[0]).toMatchObject({ code: 'socialwork.plan_not_approved', field: 'plan' });

    const plan = await husg.post(`/api/socialwork/projects/${p.id}/plans`, { content: CONTENT });
    expect(plan.status).toBe(201);
    expect((await husg.post(`/api/socialwork/plans/${plan.body.id}/submit`, { version: 1 })).body.state).toBe('submitted');
    expect((await start()).body.errors[0].code).toBe('socialwork.plan_not_approved');
    expect((await husg.get(`/api/socialwork/projects/${p.id}`)).body.state).toBe('initiating');

    expect((await mazr.post(`/api/socialwork/plans/${plan.body.id}/approve`, {})).body.state).toBe('approved');
    const started = await start();
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({ state: 'running' });
    expect(started.body.startedAt).toBeTruthy();
    expect((await start()).body.code).toBe('socialwork.project_state');
    // once running, the survey and the plan are no longer changed here
    const survey = (await husg.get(`/api/socialwork/projects/${p.id}/surveys`)).body.items[0];
    expect((await husg.put(`/api/socialwork/surveys/${survey.id}`, SURVEY)).body.code).toBe('socialwork.project_state');
  });

  it('warns of a missing method, the head returns with a reason, the executor edits and resubmits the same version', async () => {
    const p = await newProject('社区融合计划');
    const drafted = await husg.post(`/api/socialwork/projects/${p.id}/plans`, { content: CONTENT });
    expect(drafted.body).toMatchObject({ versionNo: 1, state: 'draft', warnings: ['method_missing:group'] });
    expect(drafted.body.abilities).toEqual({ edit: true, submit: true, decide: false });
    const second = await husg.post(`/api/socialwork/projects/${p.id}/plans`, { content: CONTENT });
    expect(second.body.code).toBe('socialwork.plan_exists');

    // only the head approves; the executor and the supervisor cannot
    const id = drafted.body.id;
    await husg.post(`/api/socialwork/plans/${id}/submit`, {});
    expect((await husg.post(`/api/socialwork/plans/${id}/approve`, {})).status).toBe(403);
    expect((await zhudd.post(`/api/socialwork/plans/${id}/return`, { reason: '缺少小组工作' })).status).toBe(403);
    expect((await mazr.get(`/api/socialwork/plans/${id}`)).body.abilities).toEqual({ edit: false, submit: false, decide: true });

    // the head sees the plan waiting on the workbench; the executor does not
    const todo = async (who: Agent) =>
      ((await who.get('/api/workbench')).body.todos as { key: string; count: number; link: string }[]).find(
        (x) => x.key === 'socialwork.plansToApprove',
      );
    // one plan waiting: the to-do opens its project
    expect(await todo(mazr)).toMatchObject({ count: 1, link: `/socialwork/projects/${p.id}?tab=initiation` });
    expect(await todo(husg)).toBeUndefined();

    const returned = await mazr.post(`/api/socialwork/plans/${id}/return`, { reason: '请补充小组工作' });
    expect(await todo(mazr)).toBeUndefined();
    expect(returned.body).toMatchObject({ state: 'returned', returnReason: '请补充小组工作', decidedByName: '马主任' });
    expect((await mazr.post(`/api/socialwork/plans/${id}/approve`, {})).body.code).toBe('socialwork.plan_state');

    const stale = await husg.put(`/api/socialwork/plans/${id}`, { version: 1, content: CONTENT });
    expect(stale.status).toBe(409);
    const withGroup = {
      ...CONTENT,
      activities: [...CONTENT.activities, { title: '康复互助小组', method: 'group', frequency: '每两周 1 次' }],
    };
    const edited = await husg.put(`/api/socialwork/plans/${id}`, { version: returned.body.version, content: withGroup });
    expect(edited.body).toMatchObject({ state: 'returned', warnings: [], returnReason: '请补充小组工作' });
    const resubmitted = await husg.post(`/api/socialwork/plans/${id}/submit`, { version: edited.body.version });
    expect(resubmitted.body).toMatchObject({ state: 'submitted', returnReason: null, versionNo: 1 });
    expect((await mazr.post(`/api/socialwork/plans/${id}/approve`, {})).body.state).toBe('approved');
    expect((await husg.get(`/api/socialwork/projects/${p.id}/plans`)).body.items).toHaveLength(1);

    const history = await husg.get(`/api/history/sw_plan/${id}`);
    expect(history.status).toBe(200);
    const actions = JSON.stringify(history.body);
    for (const a of ['sw_plan.draft', 'sw_plan.submit', 'sw_plan.return', 'sw_plan.edit', 'sw_plan.approve']) expect(actions).toContain(a);
  });

  it('checks each section: required texts, the period in order, whole fen, at least one activity', async () => {
    const p = await newProject('校验计划');
    const url = `/api/socialwork/projects/${p.id}/plans`;
    const bad = async (content: unknown) => (await husg.post(url, { content })).body;
    expect((await bad({ ...CONTENT, background: ' ' })).errors[0].field).toBe('content.background');
    expect((await bad({ ...CONTENT, activities: [] })).errors[0].field).toBe('content.activities');
    expect((await bad({ ...CONTENT, costFen: 10.5 })).errors[0].field).toBe('content.costFen');
    expect((await bad({ ...CONTENT, costFen: -1 })).errors[0].field).toBe('content.costFen');
    const period = await bad({ ...CONTENT, periodFrom: '2027-07-01', periodTo: '2027-06-30' });
    expect(period.errors[0]).toMatchObject({ code: 'socialwork.dates_out_of_order', field: 'content.periodTo' });
    expect((await husg.get(url)).body.items).toEqual([]);
  });

  it('prints the plan as a Chinese 项目计划书 with its sections, and in English', async () => {
    const list = (await husg.get('/api/socialwork/projects')).body.items as { id: string; title: string }[];
    const youth = list.find((p) => p.title === '青少年暑期成长营')!;
    const plan = (await husg.get(`/api/socialwork/projects/${youth.id}/plans`)).body.items[0];
    const zh = await husg.get(plan.printUrl);
    expect(zh.status).toBe(200);
    expect(zh.headers['content-type']).toContain('text/html');
    for (const text of [
      '项目计划书',
      '青少年暑期成长营',
      '一、项目背景',
      '三、项目目标',
      '八、服务活动',
      '十、成本与效益目标',
      '本计划书尚未批准',
    ])
      expect(zh.body).toContain(text);
    expect(zh.body).toContain('本计划缺少小组工作');
    expect(zh.body).toContain('壹万贰仟元整');
    const en = await husg.get(`${plan.printUrl}?lang=en`);
    expect(en.body).toContain('Project plan');
    expect(en.body).toContain('8. Activities');
  });

  it('keeps a PDF or an image with a survey and an agreement, refuses other content, and serves it to readers only', async () => {
    const p = await newProject('附件计划');
    const survey = (await husg.post(`/api/socialwork/projects/${p.id}/surveys`, SURVEY)).body;
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const url = `/api/socialwork/projects/${p.id}/attachments`;
    const added = await husg.post(url, {
      ownerKind: 'survey',
      ownerId: survey.id,
      fileName: '调查问卷汇总.pdf',
      data: `data:application/pdf;base64,${pdf.toString('base64')}`,
    });
    expect(added.status).toBe(201);
    const listed = (await husg.get(`/api/socialwork/projects/${p.id}/surveys`)).body.items[0].attachments;
    expect(listed).toMatchObject([{ fileName: '调查问卷汇总.pdf', contentType: 'application/pdf', size: pdf.length }]);
    const file = await husg.get(listed[0].url);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toContain(encodeURIComponent('调查问卷汇总.pdf'));
    expect((await (await t.login('wangfang')).get(listed[0].url)).status).toBe(403);

    const disguised = await husg.post(url, {
      ownerKind: 'survey',
      ownerId: survey.id,
      fileName: 'x.pdf',
      data: `data:application/pdf;base64,${Buffer.from('MZ not a pdf').toString('base64')}`,
    });
    expect(disguised.body.errors[0]).toMatchObject({ code: 'socialwork.attachment_type', field: 'data' });
    const word = await husg.post(url, {
      ownerKind: 'survey',
      ownerId: survey.id,
      fileName: 'x.doc',
      data: 'data:application/msword;base64,AAAA',
    });
    expect(word.body.errors[0].code).toBe('socialwork.attachment_type');
    const big = Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(5 * 1024 * 1024)]);
    const tooBig = await husg.post(url, {
      ownerKind: 'survey',
      ownerId: survey.id,
      fileName: 'big.pdf',
      data: `data:application/pdf;base64,${big.toString('base64')}`,
    });
    expect(tooBig.body.errors[0].code).toBe('socialwork.attachment_too_large');

    const agreement = await husg.post(`/api/socialwork/projects/${p.id}/agreements`, {
      kind: 'cooperation',
      partner: '翠竹社区卫生服务站',
      signedOn: '2026-11-20',
      amountFen: null,
      note: '健康讲座场地与医生',
    });
    expect(agreement.status).toBe(201);
    const scan = await husg.post(url, {
      ownerKind: 'agreement',
      ownerId: agreement.body.id,
      fileName: '合作协议.pdf',
      data: `data:application/pdf;base64,${pdf.toString('base64')}`,
    });
    expect(scan.status).toBe(201);
    expect((await husg.get(`/api/socialwork/projects/${p.id}/agreements`)).body.items[0]).toMatchObject({
      partner: '翠竹社区卫生服务站',
      amountFen: null,
      attachments: [{ fileName: '合作协议.pdf' }],
    });
    // a survey of another project is not this project's
    const other = await newProject('别的计划');
    const wrong = await husg.post(`/api/socialwork/projects/${other.id}/attachments`, {
      ownerKind: 'survey',
      ownerId: survey.id,
      fileName: 'x.pdf',
      data: `data:application/pdf;base64,${pdf.toString('base64')}`,
    });
    expect(wrong.status).toBe(404);
  });
});
