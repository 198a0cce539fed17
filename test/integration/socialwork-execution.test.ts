import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeUnapprovedMonitor } from '../../src/modules/socialwork/execution.monitors.js';
import { DEMO_ELDERLY_PLAN } from '../../src/modules/socialwork/socialwork-base.demo.js';
import { newId } from '../../src/platform/ids.js';
import { systemContext } from '../support/agreements.js';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';
import { runningProject } from '../support/socialwork.js';

let t: TestEnv;
let husg: Agent;
let zhudd: Agent;
let mazr: Agent;
beforeAll(async () => {
  t = await startTestEnv();
  husg = await t.login('husg');
  zhudd = await t.login('zhudd');
  mazr = await t.login('mazr');
});
afterAll(() => t.close());

const codes = (res: { body: { errors?: { field: string; code: string }[]; code?: string } }) =>
  res.body.errors?.map((e) => [e.field, e.code]) ?? res.body.code;
const execution = async (id: string) => (await husg.get(`/api/socialwork/projects/${id}/execution`)).body;
const weekly = {
  ...DEMO_ELDERLY_PLAN,
  activities: DEMO_ELDERLY_PLAN.activities.map((a) => (a.method === 'casework' ? { ...a, frequency: '每周 1 次' } : a)),
};
const request = (id: string, basePlanId: string, body: Record<string, unknown> = {}) =>
  husg.post(`/api/socialwork/projects/${id}/change-requests`, {
    kind: 'needs',
    basePlanId,
    reason: '失能长者增多',
    changes: '探访由每月 2 次改为每周 1 次',
    newPlan: weekly,
    ...body,
  });
const decide = (who: Agent, role: 'supervisor' | 'head', id: string, decision: 'approved' | 'rejected', note: string | null = null) =>
  who.post(`/api/socialwork/change-requests/${id}/${role}-decision`, { decision, note });

describe('the progress plan, people and publicity (A3.4)', () => {
  it('draws progress items only from the plan in force, and marks them done', async () => {
    const p = await runningProject(t, husg);
    const bad = await husg.post(`/api/socialwork/projects/${p.id}/progress-items`, {
      title: '长者旅游',
      method: 'community',
      dueOn: '2026-12-20',
      note: null,
    });
    expect(bad.status).toBe(422);
    expect(codes(bad)).toEqual([['title', 'socialwork.not_in_plan']]);
    const item = await husg.post(`/api/socialwork/projects/${p.id}/progress-items`, {
      title: '长者互助小组',
      method: 'group',
      dueOn: '2026-12-20',
      note: null,
    });
    expect(item.status).toBe(200);
    expect(item.body).toMatchObject({ planId: p.planId, doneOn: null });
    const future = await husg.put(`/api/socialwork/progress-items/${item.body.id}`, {
      version: 1,
      dueOn: '2026-12-01',
      doneOn: '2099-01-01',
      note: null,
    });
    expect(codes(future)).toEqual([['doneOn', 'socialwork.date_in_future']]);
    const done = await husg.put(`/api/socialwork/progress-items/${item.body.id}`, {
      version: 1,
      dueOn: '2026-12-01',
      doneOn: '2026-12-01',
      note: '按期完成',
    });
    expect(done.status).toBe(200);
    expect((await execution(p.id)).progressItems).toMatchObject([{ title: '长者互助小组', dueOn: '2026-12-01', doneOn: '2026-12-01' }]);
  });

  it('keeps staff of the station and named volunteers with their training, and publicity', async () => {
    const p = await runningProject(t, husg);
    const outsider = await husg.post(`/api/socialwork/projects/${p.id}/people`, {
      kind: 'staff',
      userId: await t.userId('wangfang'),
      name: null,
      role: '协助',
      phone: null,
      training: null,
      trainedOn: null,
    });
    expect(codes(outsider)).toEqual([['userId', 'socialwork.person_outside']]);
    const base = { phone: null, training: '探访培训', trainedOn: '2026-11-01' };
    expect(
      (
        await husg.post(`/api/socialwork/projects/${p.id}/people`, {
          ...base,
          kind: 'staff',
          userId: await t.userId('linzz'),
          name: null,
          role: '协调',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await husg.post(`/api/socialwork/projects/${p.id}/people`, {
          ...base,
          kind: 'volunteer',
          userId: null,
          name: '周丽华',
          role: '探访志愿者',
          phone: '13800138021',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await husg.post(`/api/socialwork/projects/${p.id}/publicity`, {
          heldOn: '2026-11-02',
          channel: '宣传栏',
          description: '海报',
          reach: 100,
        })
      ).status,
    ).toBe(200);
    const x = await execution(p.id);
    expect(x.people.map((q: { name: string; kind: string }) => [q.kind, q.name])).toEqual([
      ['staff', '林站长'],
      ['volunteer', '周丽华'],
    ]);
    expect(x.publicity).toMatchObject([{ channel: '宣传栏', reach: 100 }]);
  });
});

describe('a change of the plan or the needs (A3.4)', () => {
  it('takes effect only once the supervisor and then the head approved it', async () => {
    const p = await runningProject(t, husg);
    const c = await request(p.id, p.planId);
    expect(c.status).toBe(200);
    expect(c.body).toMatchObject({ state: 'pending', baseVersionNo: 1, supervisor: null, head: null });
    const second = await request(p.id, p.planId);
    expect(codes(second)).toEqual([['kind', 'socialwork.change_pending']]);
    const byExecutor = await decide(husg, 'supervisor', c.body.id, 'approved');
    expect(byExecutor.status).toBe(403);
    expect((await decide(husg, 'head', c.body.id, 'approved')).status).toBe(403);
    const sup = await decide(zhudd, 'supervisor', c.body.id, 'approved', '同意');
    expect(sup.body).toMatchObject({ state: 'pending', supervisor: { decision: 'approved', byName: '朱督导', note: '同意' } });
    expect((await execution(p.id)).planInForce).toMatchObject({ id: p.planId, versionNo: 1 });
    expect(codes(await decide(zhudd, 'supervisor', c.body.id, 'approved'))).toEqual([['decision', 'socialwork.already_decided']]);
    const head = await decide(mazr, 'head', c.body.id, 'approved');
    expect(head.body).toMatchObject({ state: 'approved', newVersionNo: 2, head: { decision: 'approved', byName: '马主任' } });
    const x = await execution(p.id);
    expect(x.planInForce).toMatchObject({ versionNo: 2, id: head.body.newPlanId });
    expect(x.planInForce.content.activities[0].frequency).toBe('每周 1 次');
    const plans = await t.runtime.deps.db
      .selectFrom('sw_plans')
      .select(['version_no', 'state', 'change_request_id'])
      .where('project_id', '=', p.id)
      .orderBy('version_no')
      .execute();
    expect(plans.map((r) => [Number(r.version_no), r.state, r.change_request_id])).toEqual([
      [1, 'superseded', null],
      [2, 'approved', c.body.id],
    ]);
    // a request on the version no longer in force is refused; progress items now come from v2
    expect(codes(await request(p.id, p.planId))).toEqual([['basePlanId', 'socialwork.base_not_in_force']]);
    const item = await husg.post(`/api/socialwork/projects/${p.id}/progress-items`, {
      title: '独居长者入户探访',
      method: 'casework',
      dueOn: '2026-12-20',
      note: null,
    });
    expect(item.body.planId).toBe(head.body.newPlanId);
  });

  it('takes effect the same way when the head approves first', async () => {
    const p = await runningProject(t, husg);
    const c = await request(p.id, p.planId);
    expect((await decide(mazr, 'head', c.body.id, 'approved')).body.state).toBe('pending');
    expect((await execution(p.id)).planInForce.versionNo).toBe(1);
    expect((await decide(zhudd, 'supervisor', c.body.id, 'approved')).body).toMatchObject({ state: 'approved', newVersionNo: 2 });
    expect((await execution(p.id)).planInForce.versionNo).toBe(2);
  });

  it('ends rejected when either rejects, and the plan stays as it was', async () => {
    const p = await runningProject(t, husg);
    // the new plan is held to the plan's own rules
    const reversed = await request(p.id, p.planId, { newPlan: { ...weekly, periodFrom: '2027-01-01', periodTo: '2026-12-31' } });
    expect(codes(reversed)).toEqual([['newPlan.periodTo', 'socialwork.dates_out_of_order']]);
    const a = await request(p.id, p.planId);
    await decide(zhudd, 'supervisor', a.body.id, 'approved');
    expect((await decide(mazr, 'head', a.body.id, 'rejected', '经费不足')).body).toMatchObject({ state: 'rejected', newPlanId: null });
    const b = await request(p.id, p.planId);
    expect(b.status).toBe(200);
    expect((await decide(zhudd, 'supervisor', b.body.id, 'rejected')).body.state).toBe('rejected');
    expect(codes(await decide(mazr, 'head', b.body.id, 'approved'))).toEqual([['decision', 'socialwork.already_decided']]);
    expect((await execution(p.id)).planInForce).toMatchObject({ id: p.planId, versionNo: 1 });
  });

  it('needs two people: whoever approved as supervisor cannot also approve as head', async () => {
    const admin = await t.login('admin');
    const p = await runningProject(t, husg);
    const c = await request(p.id, p.planId);
    expect((await decide(admin, 'supervisor', c.body.id, 'approved')).status).toBe(200);
    const again = await decide(admin, 'head', c.body.id, 'approved');
    expect(again.status).toBe(409);
    expect(codes(again)).toEqual([['decision', 'socialwork.same_approver']]);
    expect((await execution(p.id)).planInForce.versionNo).toBe(1);
  });

  it("is on the supervisor's and the head's to-do until each has decided, and off the admin's once they approved one side", async () => {
    const admin = await t.login('admin');
    const waiting = async (who: Agent) =>
      ((await who.get('/api/workbench')).body.todos as { key: string; count: number; link: string }[]).find(
        (x) => x.key === 'socialwork.changesToDecide',
      )?.count ?? 0;
    const before = { zhudd: await waiting(zhudd), mazr: await waiting(mazr) };
    expect(before.mazr).toBeGreaterThan(0); // the demo's change approved by the supervisor waits for the head
    const p = await runningProject(t, husg);
    const c = await request(p.id, p.planId);
    expect(await waiting(zhudd)).toBe(before.zhudd + 1);
    expect(await waiting(mazr)).toBe(before.mazr + 1);
    expect(await waiting(husg)).toBe(0);
    await decide(zhudd, 'supervisor', c.body.id, 'approved');
    expect(await waiting(zhudd)).toBe(before.zhudd);
    expect(await waiting(mazr)).toBe(before.mazr + 1);
    await decide(mazr, 'head', c.body.id, 'approved');
    expect(await waiting(mazr)).toBe(before.mazr);
    // one person cannot decide both sides: once admin approved as supervisor, the head's side is not theirs to do
    const d = await request(p.id, (await execution(p.id)).planInForce.id);
    const adminBefore = await waiting(admin);
    await decide(admin, 'supervisor', d.body.id, 'approved');
    expect(await waiting(admin)).toBe(adminBefore - 1);
  });

  it('shows on the monitor a plan in force from a change lacking an approval, and none in the demo', async () => {
    const ctx = await systemContext(t);
    const sw = {
      nodeId: await t.org('sw'),
      path: (
        await t.runtime.deps.db
          .selectFrom('org_nodes')
          .select('path')
          .where('id', '=', await t.org('sw'))
          .executeTakeFirstOrThrow()
      ).path,
    };
    expect(await changeUnapprovedMonitor.count(ctx, sw)).toBe(0);
    const p = await runningProject(t, husg);
    const c = await request(p.id, p.planId);
    await decide(zhudd, 'supervisor', c.body.id, 'approved');
    // written past the service: the change has only the supervisor's approval
    const db = t.runtime.deps.db;
    await db.updateTable('sw_plans').set({ state: 'superseded' }).where('id', '=', p.planId).execute();
    const now = new Date().toISOString();
    await db
      .insertInto('sw_plans')
      .values({
        tenant_id: ctx.actor.tenantId,
        id: newId(),
        project_id: p.id,
        version_no: 2,
        state: 'approved',
        content: JSON.stringify(weekly),
        change_request_id: c.body.id,
        submitted_at: now,
        submitted_by: null,
        decided_at: now,
        decided_by: null,
        return_reason: null,
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
    expect(await changeUnapprovedMonitor.count(ctx, sw)).toBe(1);
    const [breach] = await changeUnapprovedMonitor.list(ctx, sw, { limit: 10, offset: 0 });
    expect(breach).toMatchObject({ entity: { type: 'sw_project', id: p.id }, what: { values: { version: 2 } } });
  });
});

describe('the closure (A3.4)', () => {
  it('closes only with every feedback answered and the summary written', async () => {
    const p = await runningProject(t, husg);
    expect((await husg.post(`/api/socialwork/projects/${p.id}/close`, { version: p.version })).status).toBe(409);
    const closing = await husg.post(`/api/socialwork/projects/${p.id}/close-out`, { version: p.version });
    expect(closing.body).toMatchObject({ state: 'closing' });
    const fb = await husg.post(`/api/socialwork/projects/${p.id}/feedback`, {
      source: 'user',
      fromName: '王阿姨',
      content: '希望探访能继续',
      receivedOn: '2026-11-30',
    });
    expect(fb.status).toBe(200);
    let version = closing.body.version;
    const unanswered = await husg.post(`/api/socialwork/projects/${p.id}/close`, { version });
    expect(unanswered.status).toBe(409);
    expect(codes(unanswered)).toEqual([['feedback', 'socialwork.feedback_unanswered']]);
    expect((await husg.post(`/api/socialwork/feedback/${fb.body.id}/reply`, { version: 1, reply: '已纳入下一期计划' })).status).toBe(200);
    const noSummary = await husg.post(`/api/socialwork/projects/${p.id}/close`, { version });
    expect(codes(noSummary)).toEqual([['summary', 'socialwork.summary_required']]);
    const summary = await husg.put(`/api/socialwork/projects/${p.id}/summary`, { version, summary: '项目达成预期目标。' });
    version = summary.body.version;
    const closed = await husg.post(`/api/socialwork/projects/${p.id}/close`, { version });
    expect(closed.body).toMatchObject({ state: 'closed', summary: '项目达成预期目标。' });
    expect(closed.body.closedAt).toBeTruthy();
    expect((await execution(p.id)).feedback).toMatchObject([{ reply: '已纳入下一期计划', repliedByName: '胡社工' }]);
  });
});

describe('the demo (翠竹社区长者关爱计划)', () => {
  it('has plan v2 in force from a change both approved, and a change approved only by the supervisor still pending', async () => {
    const project = await t.runtime.deps.db
      .selectFrom('sw_projects')
      .select('id')
      .where('title', '=', '翠竹社区长者关爱计划')
      .executeTakeFirstOrThrow();
    const x = await execution(project.id);
    expect(x.planInForce.versionNo).toBe(2);
    expect(x.changeRequests.map((c: { state: string; supervisor: unknown; head: unknown }) => [c.state, !!c.supervisor, !!c.head])).toEqual(
      [
        ['pending', true, false],
        ['approved', true, true],
      ],
    );
    expect(x.progressItems.filter((i: { doneOn: string | null }) => i.doneOn).length).toBeGreaterThan(0);
    expect(x.people).toHaveLength(4);
    expect(x.publicity).toHaveLength(2);
  });
});
