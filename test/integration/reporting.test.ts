import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incidentLate } from '../../src/modules/reporting/incident.rules.js';
import { owedReports, previousPeriod } from '../../src/modules/reporting/report.rules.js';
import { REPORT_KINDS } from '../../src/modules/reporting/reporting.types.js';
import { systemContext } from '../support/agreements.js';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';

/**
 * A1.3 at 翠竹社会服务管理工作站 (sw-s1), reporting to 安居社会工作服务中心 (sw): 高值班 records and reports urgent
 * incidents, 马主任 is told at once and acknowledges; 林站长 submits the monthly reports; the monitors of a late
 * incident and a missing periodic report agree with their pure rules.
 */
let t: TestEnv;
let gaozb: Agent;
let linzz: Agent;
let husg: Agent;
let mazr: Agent;
let zhudd: Agent;
let luzr: Agent;
let admin: Agent;
let station: string;

const MINUTE = 60_000;
const ago = (minutes: number) => new Date(t.clock.now().getTime() - minutes * MINUTE).toISOString();

type Notice = { entity: { type: string; id: string }; text: { key: string; values: Record<string, string> }; link: string };
const noticesOf = async (a: Agent, incidentId: string) =>
  ((await a.get('/api/notifications?limit=100')).body.items as Notice[]).filter((n) => n.entity.id === incidentId);
const todo = async (a: Agent, key: string) =>
  ((await a.get('/api/workbench')).body.todos as { key: string; count: number; link: string; severity?: string }[]).find(
    (x) => x.key === key,
  );

const incident = (over: Record<string, unknown> = {}) => ({
  orgId: station,
  kind: 'group_dispute',
  occurredAt: ago(30),
  place: '翠竹园 2 栋门口',
  description: '十余名居民因楼道堆物清理与物业发生争执。',
  measures: '值班人员到场劝解，通知物业经理和社区民警到场。',
  measuresAt: ago(20),
  report: true,
  ...over,
});

beforeAll(async () => {
  t = await startTestEnv();
  gaozb = await t.login('gaozb');
  linzz = await t.login('linzz');
  husg = await t.login('husg');
  mazr = await t.login('mazr');
  zhudd = await t.login('zhudd');
  luzr = await t.login('luzr');
  admin = await t.login('admin');
  station = await t.org('sw-s1');
});
afterAll(() => t.close());

describe('urgent incidents (A1.3)', () => {
  it('reported by the duty staff reach every holder of reporting.acknowledge at the centre at once, and no one else', async () => {
    const made = await gaozb.post('/api/incidents', incident());
    expect(made.status).toBe(200);
    expect(made.body).toMatchObject({
      state: 'reported',
      orgName: '翠竹社会服务管理工作站',
      superiorName: '安居社会工作服务中心',
      recordedByName: '高值班',
      reportedByName: '高值班',
      late: false,
      reportMinutes: 60,
      abilities: { report: false, acknowledge: false },
    });
    const id = made.body.id as string;
    const told = await noticesOf(mazr, id);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({
      entity: { type: 'incident' },
      link: `/workstation/incidents/${id}`,
      text: {
        key: 'notice.reportingIncident',
        values: { office: '翠竹社会服务管理工作站', place: '翠竹园 2 栋门口', context: 'group_dispute' },
      },
    });
    for (const other of [gaozb, linzz, husg, zhudd, admin, luzr]) expect(await noticesOf(other, id)).toEqual([]);
    expect(await todo(mazr, 'reporting.incidentsToAcknowledge')).toMatchObject({ severity: 'danger' });

    const seen = await mazr.get(`/api/incidents/${id}`);
    expect(seen.body.abilities).toEqual({ report: false, acknowledge: true });
    const ack = await mazr.post(`/api/incidents/${id}/acknowledge`, { version: seen.body.version, reply: '请稳控现场，处置结果报中心。' });
    expect(ack.status).toBe(200);
    expect(ack.body).toMatchObject({ state: 'acknowledged', acknowledgedByName: '马主任', reply: '请稳控现场，处置结果报中心。' });
    const times = [ack.body.occurredAt, ack.body.measuresAt, ack.body.reportedAt, ack.body.acknowledgedAt];
    expect(times.every((x) => typeof x === 'string')).toBe(true);
    expect([...times].sort()).toEqual(times);
    const again = await mazr.post(`/api/incidents/${id}/acknowledge`, {});
    expect(again.status).toBe(409);
    expect(again.body.errors?.[0]?.code ?? again.body.code).toBe('reporting.already_acknowledged');
    const history = (await admin.get(`/api/history/incident/${id}`)).body as { action: string; actorName: string }[];
    expect(history.map((h) => [h.action, h.actorName])).toEqual([
      ['incident.record', '高值班'],
      ['incident.report', '高值班'],
      ['incident.acknowledge', '马主任'],
    ]);
  });

  it('recorded first tells no one; reported later it does, and shows late past incidentReportMinutes', async () => {
    const made = await gaozb.post(
      '/api/incidents',
      incident({ kind: 'safety_accident', occurredAt: ago(90), measuresAt: ago(80), report: false }),
    );
    expect(made.body).toMatchObject({ state: 'recorded', reportedAt: null, late: true, abilities: { report: true } });
    const id = made.body.id as string;
    expect(await noticesOf(mazr, id)).toEqual([]);
    expect((await mazr.post(`/api/incidents/${id}/acknowledge`, {})).body.code).toBe('reporting.not_reported');
    expect((await husg.post(`/api/incidents/${id}/report`, {})).status).toBe(403);
    const reported = await gaozb.post(`/api/incidents/${id}/report`, { version: made.body.version });
    expect(reported.body).toMatchObject({ state: 'reported', late: true });
    expect(await noticesOf(mazr, id)).toHaveLength(1);
    expect((await gaozb.post(`/api/incidents/${id}/report`, {})).body.code).toBe('reporting.already_reported');
  });

  it('refuses times out of order, a node that is not a reporting station, and callers outside or without the right', async () => {
    const future = await gaozb.post(
      '/api/incidents',
      incident({ occurredAt: new Date(t.clock.now().getTime() + 10 * MINUTE).toISOString() }),
    );
    expect(future.status).toBe(422);
    expect(future.body.errors[0]).toMatchObject({ code: 'reporting.time_future', field: 'occurredAt' });
    const before = await gaozb.post('/api/incidents', incident({ measuresAt: ago(40) }));
    expect(before.status).toBe(422);
    expect(before.body.errors[0]).toMatchObject({ code: 'reporting.measures_time', field: 'measuresAt' });
    const centre = await admin.post('/api/incidents', incident({ orgId: await t.org('sw') }));
    expect(centre.body.errors[0]).toMatchObject({ code: 'reporting.not_station', field: 'orgId' });
    const health = await admin.post('/api/incidents', incident({ orgId: await t.org('chc-s1') }));
    expect(health.body.errors[0]).toMatchObject({ code: 'reporting.not_station', field: 'orgId' });
    expect((await husg.post('/api/incidents', incident())).status).toBe(403);
    expect((await mazr.post('/api/incidents', incident())).status).toBe(403);

    const list = (await gaozb.get('/api/incidents')).body;
    const one = list.items[0].id as string;
    expect(list.stations).toEqual([{ id: station, name: '翠竹社会服务管理工作站', superiorName: '安居社会工作服务中心', mayRecord: true }]);
    expect((await luzr.get(`/api/incidents/${one}`)).status).toBe(403);
    expect((await luzr.get('/api/incidents')).status).toBe(403);
    expect((await zhudd.get('/api/incidents')).status).toBe(403);
  });

  it('the late monitor lists exactly the incidents its pure rule calls late (demo and fixtures)', async () => {
    // one reported at 61 minutes (late), one at 60 (on time), one unreported at 59 minutes (not yet)
    const db = t.runtime.deps.db;
    const at = await gaozb.post('/api/incidents', incident({ occurredAt: ago(59), measuresAt: ago(58), report: false }));
    expect(at.status).toBe(200);
    for (const [occurred, delay] of [
      [61, 61],
      [60, 60],
    ] as const) {
      const r = await gaozb.post('/api/incidents', incident({ occurredAt: ago(occurred), measuresAt: ago(occurred - 1), report: false }));
      await db
        .updateTable('incidents')
        .set({ reported_at: new Date(Date.parse(r.body.occurredAt) + delay * MINUTE).toISOString(), report_delay_minutes: delay })
        .where('id', '=', r.body.id)
        .execute();
    }
    const rows = await db.selectFrom('incidents').select(['id', 'occurred_at', 'reported_at']).execute();
    const now = t.clock.now().toISOString();
    const expected = rows
      .filter((r) => incidentLate({ occurredAt: r.occurred_at, reportedAt: r.reported_at }, 60, now))
      .map((r) => r.id)
      .sort();
    const res = await admin.get('/api/compliance/monitors/reporting.incident_late/breaches?pageSize=100');
    expect(res.status).toBe(200);
    expect((res.body.items as { entity: { id: string } }[]).map((b) => b.entity.id).sort()).toEqual(expected);
    // the demo's late safety accident and this file's two late ones
    expect(expected.length).toBe(3);
  });

  it("gives the year-end assessment each reporter's incidents and the late ones, by the same rule", async () => {
    const ctx = await systemContext(t);
    const [gao, hu] = [await t.userId('gaozb'), await t.userId('husg')];
    const rows = await t.runtime.deps.db
      .selectFrom('incidents')
      .select(['occurred_at', 'reported_at'])
      .where('reported_by', '=', gao)
      .execute();
    const now = t.clock.now().toISOString();
    const figures = await ctx.modules.modules
      .find((m) => m.name === 'reporting')
      ?.personFigures?.(ctx, { userIds: [gao, hu], from: '2000-01-01', to: '2099-12-31' });
    expect(Object.fromEntries((figures?.get(gao) ?? []).map((f) => [f.key, f.value]))).toEqual({
      'reporting.incidentsReported': rows.length,
      'reporting.incidentsLate': rows.filter((r) => incidentLate({ occurredAt: r.occurred_at, reportedAt: r.reported_at }, 60, now)).length,
    });
    expect(rows.length).toBeGreaterThan(2);
    expect(figures?.has(hu)).toBe(false);
  });
});

describe('periodic reports (A1.3)', () => {
  const sections = [{ heading: '工作开展情况', body: '巡逻 20 次，调处纠纷 3 起。' }];

  it('are submitted once per station, kind and ended month, and acknowledged by the centre with a reply', async () => {
    const month = ((await linzz.get('/api/station-reports')).body.today as string).slice(0, 7);
    const old = previousPeriod(previousPeriod(previousPeriod(previousPeriod(month))));
    const open = await linzz.post('/api/station-reports', { orgId: station, kind: 'work', period: month, sections });
    expect(open.status).toBe(422);
    expect(open.body.errors[0]).toMatchObject({ code: 'reporting.period_open', field: 'period' });
    expect((await husg.post('/api/station-reports', { orgId: station, kind: 'work', period: old, sections })).status).toBe(403);

    const made = await linzz.post('/api/station-reports', { orgId: station, kind: 'work', period: old, sections });
    expect(made.status).toBe(200);
    expect(made.body).toMatchObject({ kind: 'work', period: old, late: true, submittedByName: '林站长', acknowledgedAt: null });
    const twice = await gaozb.post('/api/station-reports', { orgId: station, kind: 'work', period: old, sections });
    expect(twice.status).toBe(409);
    expect(twice.body.errors[0]).toMatchObject({ code: 'reporting.report_exists', field: 'period' });

    expect((await linzz.post(`/api/station-reports/${made.body.id}/acknowledge`, {})).status).toBe(403);
    const ack = await mazr.post(`/api/station-reports/${made.body.id}/acknowledge`, { version: made.body.version, reply: '已阅。' });
    expect(ack.body).toMatchObject({ acknowledgedByName: '马主任', reply: '已阅。', abilities: { acknowledge: false } });
    expect((await luzr.get(`/api/station-reports/${made.body.id}`)).status).toBe(403);
  });

  it('keep a PNG or PDF with the report, refusing other files', async () => {
    const month = ((await linzz.get('/api/station-reports')).body.today as string).slice(0, 7);
    const period = previousPeriod(previousPeriod(previousPeriod(previousPeriod(previousPeriod(month)))));
    const bad = await linzz.post('/api/station-reports', {
      orgId: station,
      kind: 'public_sentiment',
      period,
      sections,
      attachments: [{ fileName: 'a.txt', data: 'data:text/plain;base64,aGVsbG8=' }],
    });
    expect(bad.body.errors[0]).toMatchObject({ code: 'reporting.attachment_type', field: 'attachments.0.data' });
    const pdf = `data:application/pdf;base64,${Buffer.from('%PDF-1.4 test').toString('base64')}`;
    const ok = await linzz.post('/api/station-reports', {
      orgId: station,
      kind: 'public_sentiment',
      period,
      sections,
      attachments: [{ fileName: '走访记录.pdf', data: pdf }],
    });
    expect(ok.status).toBe(200);
    const file = ok.body.attachments[0];
    expect(file).toMatchObject({ fileName: '走访记录.pdf', contentType: 'application/pdf' });
    const got = await mazr.get(file.url);
    expect(got.status).toBe(200);
    expect((await luzr.get(file.url)).status).toBe(403);
  });

  it('the demo: three months of both kinds, the last 社情民意 report waiting for 马主任, nothing owed', async () => {
    const list = (await mazr.get('/api/station-reports')).body;
    const demo = (
      list.items as { period: string; kind: string; acknowledgedAt: string | null; abilities: { acknowledge: boolean } }[]
    ).filter((r) => r.period >= previousPeriod(previousPeriod(previousPeriod(list.today.slice(0, 7)))));
    expect(demo).toHaveLength(6);
    expect(demo.filter((r) => !r.acknowledgedAt).map((r) => [r.kind, r.abilities.acknowledge])).toEqual([['public_sentiment', true]]);
    // with the 社情民意 report this file submitted above
    expect(await todo(mazr, 'reporting.reportsToAcknowledge')).toMatchObject({
      count: (list.items as { acknowledgedAt: string | null }[]).filter((r) => !r.acknowledgedAt).length,
    });
    expect(list.owed).toEqual([]);
  });

  it('the missing monitor lists exactly the reports its pure rule calls overdue, and the station sees them due', async () => {
    // the station set up six months ago: the months before the demo's three owe their reports
    const db = t.runtime.deps.db;
    const list = (await linzz.get('/api/station-reports')).body;
    const today = list.today as string;
    const first = previousPeriod(previousPeriod(previousPeriod(previousPeriod(previousPeriod(previousPeriod(today.slice(0, 7)))))));
    await db
      .updateTable('org_nodes')
      .set({ created_at: `${first}-10T02:00:00.000Z` })
      .where('id', '=', station)
      .execute();
    const done = await db.selectFrom('station_reports').select(['kind', 'period']).where('org_id', '=', station).execute();
    const expected = owedReports(
      first,
      today,
      5,
      REPORT_KINDS,
      done.map((r) => `${r.kind}:${r.period}`),
    ).filter((o) => o.overdue);
    expect(expected.length).toBeGreaterThan(0);
    const res = await admin.get('/api/compliance/monitors/reporting.periodic_missing/breaches?pageSize=100');
    expect((res.body.items as { entity: { id: string } }[]).map((b) => b.entity.id).sort()).toEqual(
      expected.map((o) => `${station}:${o.kind}:${o.period}`).sort(),
    );
    const owed = (await linzz.get('/api/station-reports')).body.owed as { kind: string; period: string; overdue: boolean }[];
    expect(owed.map((o) => `${o.kind}:${o.period}`)).toEqual(expected.map((o) => `${o.kind}:${o.period}`));
    expect(await todo(linzz, 'reporting.reportsDue')).toMatchObject({ count: expected.length, severity: 'warning' });
    expect(await todo(husg, 'reporting.reportsDue')).toBeUndefined();
  });
});
