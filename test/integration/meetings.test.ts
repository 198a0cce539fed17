import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionOverdue, addDays, intervalExceeded } from '../../src/modules/meetings/meeting.rules.js';
import { today } from '../../src/modules/meetings/meeting.service.js';
import { meetingFiguresByPerson } from '../../src/modules/meetings/meetings.figures.js';
import { actionOverdueMonitor, intervalExceededMonitor } from '../../src/modules/meetings/meetings.monitors.js';
import { paramAt } from '../../src/modules/params/params.service.js';
import { fixedClock } from '../../src/platform/clock.js';
import { freshLogin, systemContext } from '../support/agreements.js';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';

/**
 * 工作例会 (A1.2) at 翠竹社会服务管理工作站 as its people: the demo's three half-monthly meetings and their action items,
 * scheduling, minutes with the fixed agenda and attendance, action items done by their owner, the printed 记录, the
 * to-dos, the monitors (their SQL against the pure rules) and the figures for the year-end assessment.
 */
let t: TestEnv;
let linzz: Agent;
let gaozb: Agent;
let husg: Agent;
let mazr: Agent;
let admin: Agent;
let station: string;
let day0: string;

const DAY = 86_400_000;
const MINUTES = {
  summary: '上半月受理来访 18 件',
  stability: '调处纠纷 2 起',
  safety: '夜间巡逻 10 次',
  situation: '总体平稳',
  problems: '巡逻车辆老旧',
  nextSteps: '申请更换巡逻车',
};
type Person = { id: string; displayName: string };
type Action = {
  id: string;
  text: string;
  ownerName: string;
  state: string;
  overdue: boolean;
  version: number;
  abilities: { markDone: boolean };
};
type Breach = { entity: { id: string; type: string }; what: { values: Record<string, string | number> } };

beforeAll(async () => {
  t = await startTestEnv();
  linzz = await t.login('linzz');
  gaozb = await t.login('gaozb');
  husg = await t.login('husg');
  mazr = await t.login('mazr');
  admin = await t.login('admin');
  station = await t.org('sw-s1');
  day0 = (await today(await systemContext(t))).date;
});
afterAll(() => t.close());

const staff = async () => (await linzz.get(`/api/meetings/people?orgId=${station}`)).body.items as Person[];
const idOf = (people: Person[], name: string) => people.find((p) => p.displayName === name)!.id;

describe('the demo (A1.2): three meetings about every 15 days, the next one scheduled in time', () => {
  it('shows the station’s last meeting, the next due day and its meetings to everyone at the station', async () => {
    for (const who of [linzz, gaozb, husg, mazr]) {
      const res = await who.get('/api/meetings');
      expect(res.status).toBe(200);
      const s = res.body.stations.find((x: { orgId: string }) => x.orgId === station);
      expect(s).toMatchObject({ intervalDays: 15, lastHeldOn: addDays(day0, -14), nextDueOn: addDays(day0, 1), intervalExceeded: false });
    }
    const list = (await linzz.get(`/api/meetings?orgId=${station}`)).body;
    const held = list.items.filter((m: { state: string }) => m.state === 'held');
    expect(held.map((m: { heldOn: string }) => m.heldOn)).toEqual([-14, -29, -44].map((d) => addDays(day0, d)));
    const next = list.items.filter((m: { state: string }) => m.state === 'scheduled');
    expect(next).toHaveLength(1);
    expect(next[0]).toMatchObject({ lateForInterval: false, chairName: '林站长', place: '工作站会议室' });
    expect(list.stations[0].mayManage).toBe(true);
    expect((await gaozb.get('/api/meetings')).body.stations[0].mayManage).toBe(false);
  });

  it('answers 403 to people without meetings.read: an office head, the health centre’s head', async () => {
    expect((await (await t.login('wangfang')).get('/api/meetings')).status).toBe(403);
    expect((await (await t.login('luzr')).get('/api/meetings')).status).toBe(403);
  });

  it('has one action item done in time, one open not yet due and 高值班’s overdue', async () => {
    const all = (await linzz.get('/api/meetings/actions?filter=all')).body.items as Action[];
    expect(all.map((a) => [a.ownerName, a.state, a.overdue])).toEqual(
      expect.arrayContaining([
        ['胡社工', 'done', false],
        ['高值班', 'open', true],
        ['胡社工', 'open', false],
      ]),
    );
    const overdue = (await linzz.get('/api/meetings/actions?filter=overdue')).body.items as Action[];
    expect(overdue.map((a) => a.ownerName)).toEqual(['高值班']);
    const mine = (await gaozb.get('/api/meetings/actions?filter=mine')).body.items as Action[];
    expect(mine.map((a) => [a.text, a.abilities.markDone])).toEqual([['重新编排治安巡逻班次并报中心备案', true]]);
    expect(
      (await husg.get('/api/meetings/actions?filter=open')).body.items.find((a: Action) => a.ownerName === '高值班').abilities.markDone,
    ).toBe(false);
  });

  it('gives the assessment (A1.6) each person’s meetings, attendance and action items in a period', async () => {
    const ctx = await systemContext(t);
    const people = await staff();
    const [gao, hu] = [idOf(people, '高值班'), idOf(people, '胡社工')];
    const all = await meetingFiguresByPerson(ctx, { userIds: [gao, hu], from: addDays(day0, -50), to: day0 });
    expect(all.get(gao)).toEqual({ meetingsHeld: 3, attended: 3, actionItems: 1, actionItemsOverdue: 1, actionItemsLate: 0 });
    expect(all.get(hu)).toEqual({ meetingsHeld: 3, attended: 2, actionItems: 2, actionItemsOverdue: 0, actionItemsLate: 0 });
    const early = await meetingFiguresByPerson(ctx, { userIds: [hu], from: addDays(day0, -50), to: addDays(day0, -20) });
    expect(early.get(hu)).toEqual({ meetingsHeld: 2, attended: 1, actionItems: 1, actionItemsOverdue: 0, actionItemsLate: 0 });
  });

  it('gives the year-end assessment the same figures through the manifest, and nobody without meetings', async () => {
    const ctx = await systemContext(t);
    const [gao, admin] = [idOf(await staff(), '高值班'), await t.userId('admin')];
    const byPerson = await ctx.modules.modules
      .find((m) => m.name === 'meetings')
      ?.personFigures?.(ctx, { userIds: [gao, admin], from: addDays(day0, -50), to: day0 });
    expect(Object.fromEntries((byPerson?.get(gao) ?? []).map((f) => [f.key, f.value]))).toMatchObject({
      'meetings.attended': 3,
      'meetings.actionItemsOverdue': 1,
    });
    expect(byPerson?.has(admin)).toBe(false);
  });
});

describe('scheduling and minutes (A1.2)', () => {
  let meetingId: string;
  let version: number;
  let people: Person[];

  it('schedules at a station only, today or later, chaired by its staff; a day past the due day is flagged', async () => {
    people = await staff();
    const body = {
      orgId: station,
      scheduledAt: new Date(Date.now() + 20 * DAY).toISOString(),
      place: '会议室',
      chairId: idOf(people, '林站长'),
    };
    expect((await gaozb.post('/api/meetings', body)).status).toBe(403);
    const past = await linzz.post('/api/meetings', { ...body, scheduledAt: new Date(Date.now() - 2 * DAY).toISOString() });
    expect(past.body.errors[0]).toMatchObject({ code: 'meetings.date_past', field: 'scheduledAt' });
    const chair = await linzz.post('/api/meetings', { ...body, chairId: await t.userId('mazr') });
    expect(chair.body.errors[0]).toMatchObject({ code: 'meetings.chair_not_staff', field: 'chairId' });
    const centre = await admin.post('/api/meetings', { ...body, orgId: await t.org('sw') });
    expect(centre.body.errors[0]).toMatchObject({ code: 'meetings.not_station', field: 'orgId' });
    const late = await linzz.post('/api/meetings', body);
    expect(late.status).toBe(200);
    expect(late.body).toMatchObject({ state: 'scheduled', lateForInterval: true, nextDueOn: addDays(day0, 1), minutes: null });
    // cancelled again: a meeting that will not be held that day
    const cancelled = await linzz.post(`/api/meetings/${late.body.id}/cancel`, { version: late.body.version, reason: '改期' });
    expect(cancelled.body).toMatchObject({ state: 'cancelled', cancelReason: '改期' });

    const now = await linzz.post('/api/meetings', { ...body, scheduledAt: new Date(Date.now() - 60_000).toISOString() });
    expect(now.status).toBe(200);
    expect(now.body.lateForInterval).toBe(false);
    meetingId = now.body.id;
    version = now.body.version;
    // its time has come: the head's to-do is to record its minutes, and it links to the meeting
    const todo = ((await linzz.get('/api/workbench')).body.todos as { key: string; count: number; link: string }[]).find(
      (x) => x.key === 'meetings.minutesToRecord',
    );
    expect(todo).toMatchObject({ count: 1, link: `/workstation/meetings/${meetingId}` });
  });

  it('refuses minutes missing a member, an absence without reason, an outside owner, an absent recorder, a future time', async () => {
    const url = `/api/meetings/${meetingId}/minutes`;
    const [lin, gao, hu] = ['林站长', '高值班', '胡社工'].map((n) => idOf(people, n));
    const attendees = people.map((p) => ({ userId: p.id, present: p.id !== hu, absenceReason: p.id === hu ? '病假' : null }));
    const body = {
      version,
      heldAt: new Date(Date.now() - 30_000).toISOString(),
      minutes: MINUTES,
      attendees,
      recorderId: gao,
      actions: [{ text: '联系街道更换巡逻车', ownerId: gao, dueOn: addDays(day0, 7) }],
    };
    const refused = async (b: object, code: string, field: string) => {
      const res = await linzz.post(url, b);
      expect(res.status, code).toBe(422);
      expect(res.body.errors[0]).toMatchObject({ code, field });
    };
    await refused({ ...body, attendees: attendees.filter((a) => a.userId !== hu) }, 'meetings.attendee_missing', 'attendees');
    await refused(
      { ...body, attendees: attendees.map((a) => (a.userId === hu ? { ...a, absenceReason: '' } : a)) },
      'meetings.absence_reason_required',
      `attendees.${attendees.findIndex((a) => a.userId === hu)}.absenceReason`,
    );
    await refused(
      { ...body, actions: [{ ...body.actions[0], ownerId: await t.userId('mazr') }] },
      'meetings.owner_not_staff',
      'actions.0.ownerId',
    );
    await refused(
      { ...body, actions: [{ ...body.actions[0], dueOn: addDays(day0, -1) }] },
      'meetings.due_before_meeting',
      'actions.0.dueOn',
    );
    await refused({ ...body, recorderId: hu }, 'meetings.recorder_absent', 'recorderId');
    await refused({ ...body, heldAt: new Date(Date.now() + DAY).toISOString() }, 'meetings.held_future', 'heldAt');
    expect((await linzz.post(url, { ...body, minutes: { ...MINUTES, safety: '' } })).status).toBe(400);
    expect((await gaozb.post(url, body)).status).toBe(403);

    const ok = await linzz.post(url, body);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ state: 'held', heldOn: day0, recorderName: '高值班', minutes: MINUTES, nextDueOn: addDays(day0, 15) });
    expect(ok.body.attendees.find((a: { userId: string }) => a.userId === hu)).toMatchObject({ present: false, absenceReason: '病假' });
    expect(ok.body.actions.map((a: Action) => [a.text, a.ownerName, a.state])).toEqual([['联系街道更换巡逻车', '高值班', 'open']]);
    const again = await linzz.post(url, { ...body, version: ok.body.version });
    expect(again.status).toBe(409);
    expect(again.body.errors[0].code).toBe('meetings.meeting_state');
    expect(lin).toBeTruthy();
    const s = (await linzz.get('/api/meetings')).body.stations[0];
    expect(s).toMatchObject({ lastHeldOn: day0, nextDueOn: addDays(day0, 15) });
  });

  it('lets the owner mark the action item done with a note; not a colleague', async () => {
    const action = ((await linzz.get(`/api/meetings/${meetingId}`)).body.actions as Action[])[0]!;
    const url = `/api/meetings/actions/${action.id}/done`;
    expect((await husg.post(url, { version: 1, note: '我来' })).status).toBe(403);
    expect((await gaozb.post(url, { version: 1, note: ' ' })).status).toBe(400);
    const done = await gaozb.post(url, { version: 1, note: '已报街道，下周到车' });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ state: 'done', doneNote: '已报街道，下周到车', doneByName: '高值班', doneLate: false });
    const twice = await linzz.post(url, { note: '再次' });
    expect(twice.status).toBe(409);
    expect(twice.body.errors[0].code).toBe('meetings.action_done');
  });

  it('prints the 工作例会记录 with the fixed agenda, the attendance and the action items, in both languages', async () => {
    const zh = await husg.get(`/api/meetings/${meetingId}/print`);
    expect(zh.status).toBe(200);
    const text = zh.body as string;
    for (const s of [
      '社会服务管理工作例会记录',
      '一、社会服务管理工作情况总结',
      '二、维稳工作情况',
      '三、平安建设工作情况',
      '四、当前形势分析',
      '五、研究解决的重大问题',
      '六、下一步工作部署',
      '七、议定事项',
    ])
      expect(text).toContain(s);
    expect(text).toContain('胡社工（病假）');
    expect(text).toContain('联系街道更换巡逻车');
    expect(text).toContain('夜间巡逻 10 次');
    const en = await husg.get(`/api/meetings/${meetingId}/print?lang=en`);
    expect(en.body).toContain('Minutes of the Social-Service Management Work Meeting');
    expect(en.body).toContain('2. Stability work');
    expect((await (await t.login('luzr')).get(`/api/meetings/${meetingId}/print`)).status).toBe(403);
  });

  it('puts the owner’s open items and the head’s next meeting on their to-dos', async () => {
    const todo = async (a: Agent, key: string) =>
      ((await a.get('/api/workbench')).body.todos as { key: string; count: number; severity?: string }[]).find((x) => x.key === key);
    expect(await todo(gaozb, 'meetings.myActions')).toMatchObject({ count: 1, severity: 'danger' });
    expect(await todo(husg, 'meetings.myActions')).toMatchObject({ count: 1 });
    expect((await todo(husg, 'meetings.myActions'))?.severity).toBeUndefined();
    expect(await todo(linzz, 'meetings.toSchedule')).toBeUndefined();
    const head = (await linzz.get('/api/workbench')).body.todos as { key: string; count: number }[];
    expect(head.find((x) => x.key === 'meetings.minutesToRecord')?.count ?? 0).toBe(0);
  });
});

describe('the monitors (A1.2)', () => {
  it('list 高值班’s overdue demo item; and the station once 16 days pass after its last meeting', async () => {
    const overdue = (await admin.get('/api/compliance/monitors/meetings.action_overdue/breaches?pageSize=100')).body.items as Breach[];
    expect(overdue.map((b) => b.what.values.owner)).toContain('高值班');
    const before = (await admin.get('/api/compliance/monitors/meetings.interval_exceeded/breaches?pageSize=100')).body.items as Breach[];
    expect(before.filter((b) => b.what.values.office === '翠竹社会服务管理工作站')).toEqual([]);
    t.clock.advance(16 * DAY);
    const root = await freshLogin(t, 'admin');
    const after = (await root.get('/api/compliance/monitors/meetings.interval_exceeded/breaches?pageSize=100')).body.items as Breach[];
    expect(after.filter((b) => b.what.values.office === '翠竹社会服务管理工作站').map((b) => b.what.values.last)).toEqual([day0]);
    const head = await freshLogin(t, 'linzz');
    expect((await head.get('/api/meetings')).body.stations[0]).toMatchObject({ intervalExceeded: true });
    t.clock.advance(-16 * DAY);
  });

  it('agree with the pure rules on the same data: stations around the interval, a longer interval, items around the due day', async () => {
    const ctx = await systemContext(t);
    const db = t.runtime.deps.db;
    const tenantId = ctx.actor.tenantId;
    const chair = await t.userId('linzz');
    const sw = await t.org('sw');
    const swPath = (await db.selectFrom('org_nodes').select('path').where('id', '=', sw).executeTakeFirstOrThrow()).path;
    const now = new Date(`${day0}T04:00:00.000Z`);
    const at0 = { ...ctx, clock: fixedClock(now.toISOString()) };
    const d = (await today(at0)).date;
    // last held 15 days ago (in time), 16 (late), an older and a newer meeting (newer counts), only scheduled (not counted)
    const cases: { held: (number | null)[]; interval?: number }[] = [
      { held: [-15] },
      { held: [-16] },
      { held: [-40, -3] },
      { held: [null] },
      { held: [-25], interval: 30 },
      { held: [-31], interval: 30 },
    ];
    for (const [i, c] of cases.entries()) {
      const org = await admin.post('/api/orgs', { parentId: sw, kind: 'station', name: `例会监控站${i}` });
      expect(org.status).toBe(201);
      if (c.interval)
        expect((await admin.put(`/api/orgs/${org.body.id}/params/meetingIntervalDays`, { value: c.interval })).status).toBe(200);
      for (const h of c.held) {
        const id = crypto.randomUUID();
        await db
          .insertInto('meetings')
          .values({
            tenant_id: tenantId,
            id,
            org_id: org.body.id,
            state: h === null ? 'scheduled' : 'held',
            scheduled_at: now.toISOString(),
            place: '会议室',
            chair_id: chair,
            held_at: h === null ? null : new Date(now.getTime() + h * DAY).toISOString(),
            held_on: h === null ? null : addDays(d, h),
            minutes: h === null ? null : JSON.stringify(MINUTES),
            recorder_id: null,
            recorded_by: null,
            recorded_at: null,
            cancel_reason: null,
            cancelled_at: null,
            created_by: null,
            created_at: now.toISOString(),
            version: 1,
          })
          .execute();
        for (const [due, state] of [
          [-1, 'open'],
          [0, 'open'],
          [-5, 'done'],
          [9, 'open'],
        ] as const)
          await db
            .insertInto('meeting_actions')
            .values({
              tenant_id: tenantId,
              id: crypto.randomUUID(),
              meeting_id: id,
              org_id: org.body.id,
              text: `事项${due}`,
              owner_id: chair,
              due_on: addDays(d, due),
              state,
              done_note: state === 'done' ? '完成' : null,
              done_by: state === 'done' ? chair : null,
              done_at: state === 'done' ? now.toISOString() : null,
              done_on: state === 'done' ? d : null,
              created_at: now.toISOString(),
              version: 1,
            })
            .execute();
      }
    }
    // every station and action item of the centre's subtree (the demo's too) as the rules see them
    const held = await db
      .selectFrom('meetings as m')
      .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'm.tenant_id').onRef('n.id', '=', 'm.org_id'))
      .select(['m.org_id', 'm.state', 'm.held_on', 'n.path'])
      .where('m.tenant_id', '=', tenantId)
      .where('n.path', 'like', `${swPath}%`)
      .execute();
    const lastOf = new Map<string, { last: string | null; path: string }>();
    for (const m of held) {
      const cur = lastOf.get(m.org_id) ?? { last: null, path: m.path };
      if (m.state === 'held' && m.held_on && (!cur.last || m.held_on > cur.last)) cur.last = m.held_on;
      lastOf.set(m.org_id, cur);
    }
    const late: string[] = [];
    for (const [orgId, x] of lastOf) if (intervalExceeded(x.last, await paramAt(ctx, x.path, 'meetingIntervalDays'), d)) late.push(orgId);
    const actions = await db
      .selectFrom('meeting_actions as a')
      .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'a.tenant_id').onRef('n.id', '=', 'a.org_id'))
      .select(['a.id', 'a.state', 'a.due_on'])
      .where('a.tenant_id', '=', tenantId)
      .where('n.path', 'like', `${swPath}%`)
      .execute();
    const overdue = actions.filter((a) => actionOverdue({ state: a.state, dueOn: a.due_on }, d)).map((a) => a.id);
    // the cases tell the boundaries apart: 16 days late, 15 not; 31 late under 30, 25 not
    expect(late.length).toBe(2);
    expect(overdue.length).toBeGreaterThanOrEqual(7);
    const scope = { nodeId: sw, path: swPath };
    expect(await intervalExceededMonitor.count(at0, scope)).toBe(late.length);
    const listed = await intervalExceededMonitor.list(at0, scope, { offset: 0, limit: 1000 });
    expect(listed.map((b) => b.officeId).sort()).toEqual([...late].sort());
    expect(await actionOverdueMonitor.count(at0, scope)).toBe(overdue.length);
    const items = await actionOverdueMonitor.list(at0, scope, { offset: 0, limit: 1000 });
    expect(items.map((b) => b.entity.id).sort()).toEqual([...overdue].sort());
  });
});
