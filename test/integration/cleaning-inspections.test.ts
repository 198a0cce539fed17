import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';

const HOUR = 3_600_000;
let t: TestEnv;
let estateId: string;
let sunxyId: string;
let wangfang: Agent;
let sunxy: Agent;
let liuyang: Agent;

beforeAll(async () => {
  t = await startTestEnv();
  estateId = (await t.runtime.deps.db.selectFrom('estates').select('id').where('name', '=', '翠竹园').executeTakeFirstOrThrow()).id;
  sunxyId = await t.userId('sunxy');
  wangfang = await t.login('wangfang');
  sunxy = await t.login('sunxy');
  liuyang = await t.login('liuyang');
}, 120_000);
afterAll(() => t.close());

const photo = (shade = 150) => {
  const png = new PNG({ width: 24, height: 24 });
  png.data.fill(shade);
  return `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`;
};

interface Check {
  id: string;
  checkKey: string;
}
/** A manager's spot check of 翠竹园's roads by 王芳, for 孙秀英. */
async function spotCheck() {
  const res = await wangfang.post('/api/cleaning/inspections', { estateId, area: 'roads', level: 'manager', cleanerId: sunxyId });
  expect(res.status).toBe(200);
  return res.body as { id: string; version: number; checklist: Check[] };
}
const idOf = (i: { checklist: Check[] }, key: string) => i.checklist.find((c) => c.checkKey === key)!.id;
/** Soil passed, stones 5 mm, and butts counted as given (ticked passed, which a count overrides). */
const roadResults = (i: { checklist: Check[] }, butts: Record<string, unknown>) => [
  { standardId: idOf(i, 'roads.soil'), passed: true },
  { standardId: idOf(i, 'roads.butts'), passed: true, ...butts },
  { standardId: idOf(i, 'roads.stones'), value: 5 },
];
const stored = async (inspectionId: string) => {
  const db = t.runtime.deps.db;
  const results = await db.selectFrom('cleaning_results').select('id').where('inspection_id', '=', inspectionId).execute();
  const rounds = await db.selectFrom('cleaning_rectifications').select('id').where('inspection_id', '=', inspectionId).execute();
  return { results: results.length, rounds: rounds.length };
};

describe('cleaning inspections (A6.2, A6.3)', () => {
  it('the demo: 刘洋 failed the garage’s smell with a photo (open for 孙秀英), the ground’s failure was fixed and passed, roads still planned', async () => {
    const list = await liuyang.get(`/api/cleaning/inspections?estateId=${estateId}&level=supervisor&pageSize=100`);
    expect(list.status).toBe(200);
    const byArea = Object.fromEntries(list.body.items.map((i: { area: string }) => [i.area, i]));
    expect(byArea.garage).toMatchObject({ state: 'done', failedCount: 1, cleanerName: '孙秀英', inspectorName: '刘洋' });
    expect(byArea.roads).toMatchObject({ state: 'planned' });
    const garage = (await liuyang.get(`/api/cleaning/inspections/${byArea.garage.id}`)).body;
    const smell = garage.results.find((r: { standard: Check }) => r.standard.checkKey === 'garage.smell');
    expect(smell).toMatchObject({ passed: false, note: '车库B区有异味' });
    const image = await liuyang.get(smell.photos[0].url);
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    const mine = (await sunxy.get('/api/cleaning/rectifications?mine=true&pageSize=100')).body.items;
    expect(mine.map((r: { area: string; state: string }) => `${r.area}/${r.state}`).sort()).toEqual(['garage/open', 'ground/passed']);
  });

  it('fails roads.butts for three butts on 100 m² whatever was ticked, and opens a rectification due in 24 h for the cleaner', async () => {
    const i = await spotCheck();
    expect(i.checklist.map((c) => c.checkKey)).toEqual(['roads.soil', 'roads.butts', 'roads.stones']);
    const res = await wangfang.post(`/api/cleaning/inspections/${i.id}/results`, {
      version: i.version,
      results: roadResults(i, { value: 3, note: '东门路面烟头3个', photos: [photo()] }),
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ state: 'done', passedCount: 2, failedCount: 1, version: 2, checklist: [] });
    const butts = res.body.results.find((r: { standard: Check }) => r.standard.checkKey === 'roads.butts');
    expect(butts).toMatchObject({ passed: false, value: 3 });
    const r = (await sunxy.get(`/api/cleaning/rectifications/${butts.rectificationId}`)).body;
    expect(r).toMatchObject({
      state: 'open',
      round: 1,
      cleanerName: '孙秀英',
      inspectorName: '王芳',
      abilities: { fix: true, recheck: false },
    });
    expect(Date.parse(r.dueAt) - Date.parse(res.body.doneAt)).toBe(24 * HOUR);
    expect(r.failure).toMatchObject({ value: 3, note: '东门路面烟头3个' });
  });

  it('refuses a failure without its photo or note on its field, storing nothing', async () => {
    const i = await spotCheck();
    let res = await wangfang.post(`/api/cleaning/inspections/${i.id}/results`, {
      version: i.version,
      results: roadResults(i, { value: 4, note: '烟头多' }),
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('cleaning.photo_required');
    expect(res.body.errors[0].field).toBe('results.1.photos');
    res = await wangfang.post(`/api/cleaning/inspections/${i.id}/results`, {
      version: i.version,
      results: roadResults(i, { value: 4, photos: [photo()] }),
    });
    expect(res.body).toMatchObject({ code: 'cleaning.note_required', errors: [{ field: 'results.1.note' }] });
    expect(await stored(i.id)).toEqual({ results: 0, rounds: 0 });
    expect((await wangfang.get(`/api/cleaning/inspections/${i.id}`)).body).toMatchObject({ state: 'planned', results: [] });
  });

  it('answers a resend with the same Idempotency-Key the same, storing once; without a key a second recording is 409', async () => {
    const i = await spotCheck();
    const body = { version: i.version, results: roadResults(i, { value: 3, note: '烟头3个', photos: [photo()] }) };
    const key = { 'idempotency-key': `clean-${i.id}` };
    const first = await wangfang.request('POST', `/api/cleaning/inspections/${i.id}/results`, body, key);
    const again = await wangfang.request('POST', `/api/cleaning/inspections/${i.id}/results`, body, key);
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(await stored(i.id)).toEqual({ results: 3, rounds: 1 });
    const third = await wangfang.post(`/api/cleaning/inspections/${i.id}/results`, body);
    expect(third).toMatchObject({ status: 409, body: { code: 'cleaning_inspection.already_done' } });
  });

  it('refuses a missing check; office B’s head does not find the inspection', async () => {
    const i = await spotCheck();
    const res = await wangfang.post(`/api/cleaning/inspections/${i.id}/results`, {
      version: i.version,
      results: roadResults(i, { value: 1 }).slice(0, 2),
    });
    expect(res).toMatchObject({ status: 422, body: { code: 'cleaning_inspection.checklist_mismatch', errors: [{ field: 'results' }] } });
    const zhaolei = await t.login('zhaolei');
    expect((await zhaolei.get(`/api/cleaning/inspections/${i.id}`)).status).toBe(404);
    const other = await zhaolei.post(`/api/cleaning/inspections/${i.id}/results`, { version: 1, results: roadResults(i, { value: 1 }) });
    expect(other.status).toBe(404);
    expect((await zhaolei.get('/api/cleaning/inspections?pageSize=100')).body.items.map((x: { id: string }) => x.id)).not.toContain(i.id);
  });

  it('walks fix → re-check failed (round 2) → fix → re-check passed; the cleaner cannot re-check, the inspector cannot fix', async () => {
    const i = await spotCheck();
    const done = await wangfang.post(`/api/cleaning/inspections/${i.id}/results`, {
      version: i.version,
      results: roadResults(i, { value: 5, note: '烟头5个', photos: [photo()] }),
    });
    const id = done.body.results.find((r: { rectificationId: string | null }) => r.rectificationId).rectificationId;
    let r = (await sunxy.get(`/api/cleaning/rectifications/${id}`)).body;
    expect((await wangfang.post(`/api/cleaning/rectifications/${id}/fix`, { version: r.version, photo: photo() })).status).toBe(403);
    let res = await sunxy.post(`/api/cleaning/rectifications/${id}/fix`, { version: r.version, note: '已清扫', photo: photo(90) });
    expect(res.status).toBe(200);
    r = res.body;
    expect(r).toMatchObject({
      state: 'done',
      doneNote: '已清扫',
      donePhoto: { url: expect.stringContaining(`/rectifications/${id}/photos/`) },
    });
    expect((await sunxy.post(`/api/cleaning/rectifications/${id}/recheck`, { version: r.version, passed: true })).status).toBe(403);
    res = await wangfang.post(`/api/cleaning/rectifications/${id}/recheck`, { version: r.version, passed: false, note: '仍有烟头' });
    expect(res).toMatchObject({ status: 422, body: { code: 'cleaning.photo_required' } });
    // a count of 4 fails it whatever was ticked
    res = await wangfang.post(`/api/cleaning/rectifications/${id}/recheck`, {
      version: r.version,
      passed: true,
      value: 4,
      note: '仍有烟头4个',
      photo: photo(60),
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ state: 'failed', nextId: expect.any(String) });
    const round2 = (await sunxy.get(`/api/cleaning/rectifications/${res.body.nextId}`)).body;
    expect(round2).toMatchObject({ round: 2, state: 'open', previousId: id, abilities: { fix: true } });
    expect(round2.rounds.map((x: { round: number; state: string }) => `${x.round}/${x.state}`)).toEqual(['1/failed', '2/open']);
    // round 2 puts right what the re-check found (4 butts, its note and photo), not the inspection's 5
    expect(round2.failure).toMatchObject({ foundIn: 'recheck', value: 4, note: '仍有烟头4个', foundBy: '王芳' });
    expect(round2.failure.photos).toEqual([{ blobId: expect.any(String), url: expect.stringContaining(`/rectifications/${id}/photos/`) }]);
    expect((await sunxy.get(round2.failure.photos[0].url)).status).toBe(200);
    expect(round2.rounds[0]).toMatchObject({ recheckValue: 4, recheckNote: '仍有烟头4个' });
    expect((await sunxy.get(`/api/cleaning/rectifications/${id}`)).body.failure).toMatchObject({
      foundIn: 'inspection',
      value: 5,
      note: '烟头5个',
    });
    const fixed = (await sunxy.post(`/api/cleaning/rectifications/${round2.id}/fix`, { version: round2.version, photo: photo(80) })).body;
    res = await wangfang.post(`/api/cleaning/rectifications/${round2.id}/recheck`, { version: fixed.version, passed: true });
    expect(res.body).toMatchObject({ state: 'passed', nextId: null, abilities: { fix: false, recheck: false } });
    expect(
      (await wangfang.post(`/api/cleaning/rectifications/${round2.id}/recheck`, { version: fixed.version, passed: true })).status,
    ).toBe(409);
  });

  it('a self-check’s rectification is re-checked by the supervisor of the estate, not by the cleaner who found and fixed it', async () => {
    const planned = (await sunxy.get('/api/cleaning/inspections?mine=true&state=planned&level=self&pageSize=100')).body.items;
    const i = (await sunxy.get(`/api/cleaning/inspections/${planned.find((x: { area: string }) => x.area === 'roads').id}`)).body;
    const done = await sunxy.post(`/api/cleaning/inspections/${i.id}/results`, {
      version: i.version,
      results: roadResults(i, { value: 4, note: '自查：主路烟头4个', photos: [photo()] }),
    });
    expect(done.status).toBe(200);
    const id = done.body.results.find((r: { rectificationId: string | null }) => r.rectificationId).rectificationId;
    const open = (await sunxy.get(`/api/cleaning/rectifications/${id}`)).body;
    expect(open).toMatchObject({ level: 'self', inspectorName: '孙秀英', cleanerName: '孙秀英' });
    const rechecks = async (as: Agent) =>
      ((await as.get('/api/workbench')).body.todos as { key: string; count: number }[]).find((x) => x.key === 'cleaning.toRecheck')
        ?.count ?? 0;
    const before = await rechecks(liuyang);
    const fixed = (await sunxy.post(`/api/cleaning/rectifications/${id}/fix`, { version: open.version, photo: photo(90) })).body;
    // she does not pass her own work: no button, and the server refuses it
    expect(fixed).toMatchObject({ state: 'done', abilities: { fix: false, recheck: false } });
    const own = await sunxy.post(`/api/cleaning/rectifications/${id}/recheck`, { version: fixed.version, passed: true });
    expect([own.status, own.body.code]).toEqual([403, 'auth.forbidden']);
    // the environment supervisor finds it among his re-checks, on the workbench and in the list it links to
    expect(await rechecks(liuyang)).toBe(before + 1);
    const listed = (await liuyang.get(`/api/cleaning/rectifications?mine=true&state=done&pageSize=100`)).body.items;
    expect(listed.map((r: { id: string }) => r.id)).toContain(id);
    expect(await rechecks(sunxy)).toBe(0);
    expect((await liuyang.get(`/api/cleaning/rectifications/${id}`)).body.abilities).toEqual({ fix: false, recheck: true });
    const res = await liuyang.post(`/api/cleaning/rectifications/${id}/recheck`, { version: fixed.version, passed: true, value: 1 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ state: 'passed', recheckedBy: '刘洋' });
  });

  it('refuses a result judged by a check edited meanwhile (409) and asks for the cleaner without a plan; shows 抽查 to inspectors only', async () => {
    const i = await spotCheck();
    const db = t.runtime.deps.db;
    const soil = await db.selectFrom('cleaning_standards').selectAll().where('id', '=', idOf(i, 'roads.soil')).executeTakeFirstOrThrow();
    // a second version of 清扫后无明显泥沙 replaces the one the phone shows
    await db.updateTable('cleaning_standards').set({ retired_at: t.clock.now().toISOString() }).where('id', '=', soil.id).execute();
    const v2 = { ...soil, id: crypto.randomUUID(), version: 2, retired_at: null, criterion: '清扫后无泥沙、污垢' };
    await db.insertInto('cleaning_standards').values(v2).execute();
    const res = await wangfang.post(`/api/cleaning/inspections/${i.id}/results`, {
      version: i.version,
      results: roadResults(i, { value: 0 }),
    });
    expect(res).toMatchObject({ status: 409, body: { code: 'cleaning_inspection.checklist_changed' } });
    const reloaded = (await wangfang.get(`/api/cleaning/inspections/${i.id}`)).body;
    expect(idOf(reloaded, 'roads.soil')).toBe(v2.id);
    expect(
      (
        await wangfang.post(`/api/cleaning/inspections/${i.id}/results`, {
          version: i.version,
          results: roadResults(reloaded, { value: 0 }),
        })
      ).status,
    ).toBe(200);

    // the demo's monthly spot-check plan covers every area: stopped, no active plan names a cleaner for the pillars
    const plans = (await wangfang.get(`/api/cleaning/plans?estateId=${estateId}&active=true`)).body.items;
    for (const p of plans.filter((x: { areas: string[] }) => x.areas.includes('pillars'))) {
      const { frequency, inspectorId, cleanerId, areas, version } = p;
      expect(
        (await wangfang.put(`/api/cleaning/plans/${p.id}`, { frequency, inspectorId, cleanerId, areas, version, active: false })).status,
      ).toBe(200);
    }
    const noPlan = await wangfang.post('/api/cleaning/inspections', { estateId, area: 'pillars', level: 'manager' });
    expect(noPlan).toMatchObject({ status: 422, body: { code: 'cleaning_inspection.cleaner_required', errors: [{ field: 'cleanerId' }] } });
    expect((await wangfang.get('/api/auth/me')).body.abilities.spotCheckCleaning).toBe(true);
    expect((await sunxy.get('/api/auth/me')).body.abilities.spotCheckCleaning).toBe(false);
  });

  it('lists a planned inspection as overdue once its day has passed, and a rectification once its deadline has', async () => {
    const i = await spotCheck();
    const done = await spotCheck();
    const failed = await wangfang.post(`/api/cleaning/inspections/${done.id}/results`, {
      version: done.version,
      results: roadResults(done, { value: 7, note: '烟头7个', photos: [photo()] }),
    });
    const rid = failed.body.results.find((r: { rectificationId: string | null }) => r.rectificationId).rectificationId;
    const overdueIds = async () => ({
      inspections: (await wangfang.get('/api/cleaning/inspections?overdue=true&pageSize=100')).body.items.map((x: { id: string }) => x.id),
      rectifications: (await sunxy.get('/api/cleaning/rectifications?overdue=true&mine=true&pageSize=100')).body.items.map(
        (x: { id: string }) => x.id,
      ),
    });
    let seen = await overdueIds();
    expect(seen.inspections).not.toContain(i.id);
    expect(seen.rectifications).not.toContain(rid);
    // a day on: the spot check's day has passed, and the rectification's deadline
    const db = t.runtime.deps.db;
    const yesterday = new Date(t.clock.now().getTime() - 24 * HOUR).toISOString().slice(0, 10);
    await db
      .updateTable('cleaning_inspections')
      .set({ period_start: yesterday, period_end: yesterday })
      .where('id', 'in', [i.id, done.id])
      .execute();
    await db
      .updateTable('cleaning_rectifications')
      .set({ due_at: new Date(t.clock.now().getTime() - HOUR).toISOString() })
      .where('id', '=', rid)
      .execute();
    seen = await overdueIds();
    expect(seen.inspections).toContain(i.id);
    expect(seen.inspections).not.toContain(done.id);
    expect(seen.rectifications).toContain(rid);
    expect((await sunxy.get(`/api/cleaning/rectifications/${rid}`)).body.overdue).toBe(true);
    expect((await wangfang.get(`/api/cleaning/inspections/${i.id}`)).body.overdue).toBe(true);
  });
});
