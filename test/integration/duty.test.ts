import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dutyFiguresByPerson } from '../../src/modules/duty/duty.figures.js';
import { logMissingMonitor, uncoveredDayMonitor } from '../../src/modules/duty/duty.monitors.js';
import { addDays, missingLogs, uncoveredDays } from '../../src/modules/duty/duty.rules.js';
import { freshLogin, systemContext } from '../support/agreements.js';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';

let t: TestEnv;
let linzz: Agent;
let gaozb: Agent;
let husg: Agent;
let mazr: Agent;
let station: string;
let scope: { nodeId: string; path: string };
type Who = 'linzz' | 'gaozb' | 'husg' | 'mazr';
const ids = {} as Record<Who, string>;
const DAY = 86_400_000;

/** The business date (Asia/Shanghai) `days` from now on the test clock. */
const day = (days = 0) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date(t.clock.now().getTime() + days * DAY));

const LOG = {
  patrols: 2,
  patrolNotes: '巡逻两次',
  mediations: 1,
  mediationNotes: '邻里噪音纠纷，已调解',
  registrations: 3,
  registrationNotes: '流动人口登记',
  events: '无突发情况',
};

type RosterDay = { day: string; userId: string | null; userName: string | null; uncovered: boolean; logMissing: boolean; swapped: boolean };
const roster = async (agent: Agent, month: string) => {
  const res = await agent.get(`/api/duty/roster?orgId=${station}&month=${month}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as {
    days: RosterDay[];
    swaps: { day: string; reason: string }[];
    roster: { headPhone: string } | null;
    abilities: { roster: boolean };
  };
};
const dayOf = async (agent: Agent, d: string) => (await roster(agent, d.slice(0, 7))).days.find((x) => x.day === d)!;

beforeAll(async () => {
  t = await startTestEnv();
  linzz = await t.login('linzz');
  gaozb = await t.login('gaozb');
  husg = await t.login('husg');
  mazr = await t.login('mazr');
  station = await t.org('sw-s1');
  for (const u of ['linzz', 'gaozb', 'husg', 'mazr'] as const) ids[u] = await t.userId(u);
  const ctx = await systemContext(t);
  const node = await ctx.db.selectFrom('org_nodes').select('path').where('id', '=', station).executeTakeFirstOrThrow();
  scope = { nodeId: station, path: node.path };
});
afterAll(() => t.close());

describe('the demo roster of 翠竹 station (A1.5)', () => {
  it('puts 高值班 on duty today with his phone, and shows the head’s 24-hour phone', async () => {
    const r = await roster(mazr, day().slice(0, 7));
    expect(r.roster?.headPhone).toBe('13800000064');
    expect(r.days.find((d) => d.day === day())).toMatchObject({ userId: ids.gaozb, userName: '高值班' });
    expect(r.abilities.roster).toBe(false);
    const swapped = await dayOf(mazr, day(-10));
    expect(swapped).toMatchObject({ swapped: true, userId: ids.gaozb });
  });

  it('flags the days of the horizon nobody is on duty, and the one day without a log', async () => {
    const ctx = await systemContext(t);
    const uncovered = await uncoveredDayMonitor.list(ctx, scope, { limit: 50, offset: 0 });
    expect(uncovered.map((b) => b.what.values?.day)).toEqual([day(11), day(12), day(13)]);
    const missing = await logMissingMonitor.list(ctx, scope, { limit: 50, offset: 0 });
    expect(missing.map((b) => b.what.values?.day)).toEqual([day(-5)]);
    expect(missing[0]!.what.values?.name).toBe('胡社工');
    expect(await logMissingMonitor.count(ctx, scope)).toBe(1);
  });
});

describe('filling the roster', () => {
  it('lets only the station head fill it, and refuses past days and people of other stations', async () => {
    const body = { orgId: station, days: [{ day: day(11), userId: ids.husg }] };
    expect((await gaozb.put('/api/duty/roster/days', body)).status).toBe(403);
    const past = await linzz.put('/api/duty/roster/days', { orgId: station, days: [{ day: day(-1), userId: ids.husg }] });
    expect(past.body.code).toBe('duty.day_past');
    expect(past.body.errors[0].field).toBe('days.0.day');
    const outsider = await linzz.put('/api/duty/roster/days', { orgId: station, days: [{ day: day(11), userId: ids.mazr }] });
    expect(outsider.body.code).toBe('duty.person_outside');
    const ok = await linzz.put('/api/duty/roster/days', body);
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(await dayOf(linzz, day(11))).toMatchObject({ userId: ids.husg, uncovered: false });
  });

  it('fills a range by rotation, and clearing a day leaves it uncovered', async () => {
    const res = await linzz.post('/api/duty/roster/rotation', {
      orgId: station,
      from: day(12),
      to: day(15),
      userIds: [ids.linzz, ids.husg],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((await dayOf(linzz, day(12))).userId).toBe(ids.linzz);
    expect((await dayOf(linzz, day(13))).userId).toBe(ids.husg);
    expect((await dayOf(linzz, day(14))).userId).toBe(ids.linzz);
    const ctx = await systemContext(t);
    expect(await uncoveredDayMonitor.count(ctx, scope)).toBe(0);
    await linzz.put('/api/duty/roster/days', { orgId: station, days: [{ day: day(12), userId: null }] });
    expect(await dayOf(linzz, day(12))).toMatchObject({ userId: null, uncovered: true });
    expect(await uncoveredDayMonitor.count(ctx, scope)).toBe(1);
    const todos = (await (await freshLogin(t, 'linzz')).get('/api/workbench')).body.todos as { key: string; count: number }[];
    expect(todos.find((x) => x.key === 'duty.uncoveredDays')?.count).toBe(1);
  });

  it('records a swap with its reason, and the roster shows who took over', async () => {
    const before = await dayOf(linzz, day(13));
    const same = await linzz.post('/api/duty/swaps', { orgId: station, day: day(13), toUserId: before.userId, reason: '调休' });
    expect(same.body.code).toBe('duty.swap_same_person');
    const res = await linzz.post('/api/duty/swaps', { orgId: station, day: day(13), toUserId: ids.gaozb, reason: '胡社工外出培训' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.swaps.find((s: { day: string }) => s.day === day(13))).toMatchObject({
      fromUserId: ids.husg,
      toUserId: ids.gaozb,
      reason: '胡社工外出培训',
      recordedBy: ids.linzz,
    });
    expect(await dayOf(husg, day(13))).toMatchObject({ userId: ids.gaozb, swapped: true });
  });

  it('prints the month as a 值班表 with the phones and the uncovered day', async () => {
    const res = await mazr.get(`/api/duty/roster/print?orgId=${station}&month=${day(12).slice(0, 7)}`);
    expect(res.status).toBe(200);
    expect(res.body).toContain('值班表');
    expect(res.body).toContain('13800000064');
    expect(res.body).toContain('无人值班');
    const en = await mazr.get(`/api/duty/roster/print?orgId=${station}&month=${day(12).slice(0, 7)}&lang=en`);
    expect(en.body).toContain('Duty roster');
  });
});

describe('the duty log and the handover', () => {
  it('is written only by the person on duty, not ahead of the day', async () => {
    const notMe = await husg.put('/api/duty/logs', { orgId: station, day: day(), ...LOG });
    expect(notMe.status).toBe(403);
    expect(notMe.body.code).toBe('duty.not_on_duty');
    const future = await husg.put('/api/duty/logs', { orgId: station, day: day(1), ...LOG });
    expect(future.body.code).toBe('duty.day_future');
    const res = await gaozb.put('/api/duty/logs', { orgId: station, day: day(), ...LOG });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ state: 'written', userId: ids.gaozb, abilities: { edit: true, handover: true } });
    const again = await gaozb.put('/api/duty/logs', { orgId: station, day: day(), ...LOG, patrols: 3, version: res.body.version });
    expect(again.body.patrols).toBe(3);
  });

  it('hands over to the next day’s person, who receives it with the time', async () => {
    const today = (await gaozb.get('/api/duty/today')).body;
    const duty = today.duties.find((d: { day: string }) => d.day === day());
    expect(duty.next.userId).toBe(ids.husg);
    // yesterday's handover from 林站长 waits for him
    expect(today.toReceive.map((l: { day: string }) => l.day)).toEqual([day(-1)]);
    const handed = await gaozb.post(`/api/duty/logs/${duty.log.id}/handover`, {
      version: duty.log.version,
      handoverNote: '路灯报修待回复',
    });
    expect(handed.status, JSON.stringify(handed.body)).toBe(200);
    expect(handed.body).toMatchObject({ state: 'handed_over', handedTo: ids.husg, handedToName: '胡社工' });
    const edit = await gaozb.put('/api/duty/logs', { orgId: station, day: day(), ...LOG });
    expect(edit.body.code).toBe('duty.log_handed_over');
    const wrong = await linzz.post(`/api/duty/logs/${duty.log.id}/receive`, { version: handed.body.version });
    expect(wrong.body.code).toBe('duty.not_receiver');
    const todos = (await (await freshLogin(t, 'husg')).get('/api/workbench')).body.todos as { key: string; count: number }[];
    expect(todos.find((x) => x.key === 'duty.handoverToReceive')?.count).toBe(1);
    const got = await husg.post(`/api/duty/logs/${duty.log.id}/receive`, { version: handed.body.version });
    expect(got.status).toBe(200);
    expect(got.body.state).toBe('received');
    expect(got.body.receivedAt).toBeTruthy();
  });

  it('refuses a handover when nobody is on duty the next day', async () => {
    t.clock.set(new Date(Date.now() + 11 * DAY));
    try {
      const agent = await freshLogin(t, 'husg');
      const res = await agent.put('/api/duty/logs', { orgId: station, day: day(), ...LOG });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const h = await agent.post(`/api/duty/logs/${res.body.id}/handover`, { version: res.body.version, handoverNote: '交班' });
      expect(h.body.code).toBe('duty.no_successor');
    } finally {
      t.clock.set(new Date());
    }
  });

  it('lists past logs to the centre’s head and keeps the history', async () => {
    const res = await mazr.get(`/api/duty/logs?orgId=${station}&from=${day(-21)}&to=${day()}`);
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBe(21); // 21 days of the demo minus the missing one, plus today's
    const log = res.body.items[0];
    const history = await mazr.get(`/api/history/duty_log/${log.id}`);
    expect(history.status).toBe(200);
  });
});

describe('the monitors’ SQL agrees with their rules', () => {
  it('on the rows as they are now', async () => {
    const ctx = await systemContext(t);
    const today = day();
    const rows = await ctx.db.selectFrom('duty_days').select(['day']).where('org_id', '=', station).execute();
    const logs = await ctx.db.selectFrom('duty_logs').select(['day']).where('org_id', '=', station).execute();
    const covered = new Set(rows.map((r) => r.day));
    expect((await uncoveredDayMonitor.list(ctx, scope, { limit: 100, offset: 0 })).map((b) => b.what.values?.day)).toEqual(
      uncoveredDays(today, 14, covered),
    );
    expect((await logMissingMonitor.list(ctx, scope, { limit: 100, offset: 0 })).map((b) => b.what.values?.day)).toEqual(
      missingLogs(
        today,
        rows.map((r) => r.day),
        new Set(logs.map((l) => l.day)),
      ),
    );
    expect(addDays(today, 0)).toBe(today);
  });
});

describe('figures for the year-end assessment (A1.6)', () => {
  it('counts days on duty, logs written and missing per person', async () => {
    const ctx = await systemContext(t);
    const f = await dutyFiguresByPerson(ctx, { userIds: [ids.husg, ids.gaozb, ids.mazr], from: day(-21), to: day(-1) });
    expect(f.get(ids.mazr)).toEqual({ daysOnDuty: 0, logsWritten: 0, logsMissing: 0 });
    const h = f.get(ids.husg)!;
    expect(h.logsMissing).toBe(1);
    expect(h.daysOnDuty).toBe(h.logsWritten + 1);
    const g = f.get(ids.gaozb)!;
    expect(g.daysOnDuty).toBe(8); // 7 by rotation and the swapped day
    expect(g.logsWritten).toBe(8);
    const viaManifest = await ctx.modules.modules
      .find((m) => m.name === 'duty')
      ?.personFigures?.(ctx, { userIds: [ids.husg, ids.mazr], from: day(-21), to: day(-1) });
    expect(Object.fromEntries((viaManifest?.get(ids.husg) ?? []).map((x) => [x.key, x.value]))).toEqual({
      'duty.daysOnDuty': h.daysOnDuty,
      'duty.logsWritten': h.logsWritten,
      'duty.logsMissing': 1,
    });
    expect(viaManifest?.has(ids.mazr)).toBe(false);
  });

  it('counts the days served, not the roster’s days still to come', async () => {
    const ctx = await systemContext(t);
    const toDate = (await dutyFiguresByPerson(ctx, { userIds: [ids.gaozb], from: day(-21), to: day(0) })).get(ids.gaozb)!;
    const withFuture = (await dutyFiguresByPerson(ctx, { userIds: [ids.gaozb], from: day(-21), to: day(14) })).get(ids.gaozb)!;
    const ahead = await ctx.db
      .selectFrom('duty_days')
      .select('day')
      .where('user_id', '=', ids.gaozb)
      .where('day', '>', day(0))
      .where('day', '<=', day(14))
      .execute();
    expect(ahead.length).toBeGreaterThan(0);
    expect(withFuture.daysOnDuty).toBe(toDate.daysOnDuty);
  });
});
