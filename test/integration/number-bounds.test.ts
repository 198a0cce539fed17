import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, type Reply, startTestEnv, type TestEnv } from '../support/harness.js';
import { runningProject } from '../support/socialwork.js';

/**
 * A number past what its column holds is refused with the field named, never a 500: PostgreSQL's `integer` stops at
 * 2^31−1 (2 147 483 647), where SQLite took it. Each field is sent one past its maximum and 2^31, and, where the
 * maximum is the schema's, the maximum itself is taken.
 */
const PAST_INTEGER = 2 ** 31;

let t: TestEnv;
let husg: Agent;
let wangfang: Agent;
let sunxy: Agent;
let linzz: Agent;
let mazr: Agent;
beforeAll(async () => {
  t = await startTestEnv();
  husg = await t.login('husg');
  wangfang = await t.login('wangfang');
  sunxy = await t.login('sunxy');
  linzz = await t.login('linzz');
  mazr = await t.login('mazr');
}, 120_000);
afterAll(() => t.close());

const photo = () => {
  const png = new PNG({ width: 24, height: 24 });
  png.data.fill(120);
  return `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`;
};

/** The refusal of a value over the schema's maximum: problem+json naming the field. */
function expectTooBig(res: Reply, field: string) {
  expect(res.status).toBe(400);
  expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  expect(res.body.code).toBe('request.invalid');
  expect(res.body.errors).toContainEqual(expect.objectContaining({ field, code: 'too_big' }));
}

interface Check {
  id: string;
  checkKey: string;
}
/** 王芳's spot check of 翠竹园's roads for 孙秀英, with its checklist (soil, butts counted per 100 m², stones in mm). */
async function roadsCheck() {
  const estate = await t.runtime.deps.db.selectFrom('estates').select('id').where('name', '=', '翠竹园').executeTakeFirstOrThrow();
  const res = await wangfang.post('/api/cleaning/inspections', {
    estateId: estate.id,
    area: 'roads',
    level: 'manager',
    cleanerId: await t.userId('sunxy'),
  });
  expect(res.status).toBe(200);
  const i = res.body as { id: string; version: number; checklist: Check[] };
  const idOf = (key: string) => i.checklist.find((c) => c.checkKey === key)!.id;
  const results = (butts: number) => [
    { standardId: idOf('roads.soil'), passed: true },
    { standardId: idOf('roads.butts'), value: butts, note: '烟头多', photos: [photo()] },
    { standardId: idOf('roads.stones'), value: 5 },
  ];
  return { i, results };
}

const MAX_COUNT = 1_000_000;

describe('counts bounded by their schema', () => {
  it.each([MAX_COUNT + 1, PAST_INTEGER])('a publicity reaching %i people', async (reach) => {
    const p = await runningProject(t, husg);
    const body = { heldOn: '2026-11-02', channel: '宣传栏', description: '海报', reach };
    expectTooBig(await husg.post(`/api/socialwork/projects/${p.id}/publicity`, body), 'reach');
    expect((await husg.post(`/api/socialwork/projects/${p.id}/publicity`, { ...body, reach: MAX_COUNT })).status).toBe(200);
    const kept = (await husg.get(`/api/socialwork/projects/${p.id}/execution`)).body.publicity;
    expect(kept.map((x: { reach: number }) => x.reach)).toEqual([MAX_COUNT]);
  });

  it.each([MAX_COUNT + 1, PAST_INTEGER])('an inspection counting %i butts', async (butts) => {
    const { i, results } = await roadsCheck();
    const url = `/api/cleaning/inspections/${i.id}/results`;
    expectTooBig(await wangfang.post(url, { version: i.version, results: results(butts) }), 'results.1.value');
    const done = await wangfang.post(url, { version: i.version, results: results(MAX_COUNT) });
    expect(done.status).toBe(200);
    expect(done.body.results[1]).toMatchObject({ value: MAX_COUNT, passed: false });
  });

  it.each([MAX_COUNT + 1, PAST_INTEGER])('a re-check counting %i butts', async (butts) => {
    const { i, results } = await roadsCheck();
    const done = await wangfang.post(`/api/cleaning/inspections/${i.id}/results`, { version: i.version, results: results(9) });
    const id = done.body.results[1].rectificationId as string;
    const before = (await sunxy.get(`/api/cleaning/rectifications/${id}`)).body;
    const fixed = await sunxy.post(`/api/cleaning/rectifications/${id}/fix`, { version: before.version, note: '已清扫', photo: photo() });
    expect(fixed.status).toBe(200);
    const recheck = { version: fixed.body.version, passed: false, note: '仍有烟头', photo: photo() };
    expectTooBig(await wangfang.post(`/api/cleaning/rectifications/${id}/recheck`, { ...recheck, value: butts }), 'value');
    const failed = await wangfang.post(`/api/cleaning/rectifications/${id}/recheck`, { ...recheck, value: MAX_COUNT });
    expect(failed.status).toBe(200);
    expect(failed.body.state).toBe('failed');
  });
});

describe('a version the record never had is a conflict, however large', () => {
  const year = new Date().getUTCFullYear();
  const expectConflict = (res: Reply) => {
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('record.version_conflict');
  };

  it('reposting a responsibility', async () => {
    const body = { userId: await t.userId('gaozb'), postTitle: '值班人员', duties: '按排班值班备勤。', postedOn: `${year}-02-01` };
    expectConflict(await linzz.post('/api/assessment/responsibilities', { ...body, version: PAST_INTEGER }));
  });

  it('setting the criteria again', async () => {
    const station = await t.org('sw-s1');
    const now = (await linzz.get(`/api/assessment/criteria?orgId=${station}&year=${year}`)).body.criteria;
    const items = now.items.map((x: { name: string; weight: number }) => ({ name: x.name, description: '', weight: x.weight }));
    expectConflict(await linzz.put('/api/assessment/criteria', { orgId: station, year, items, version: PAST_INTEGER }));
  });

  it('revising a year-end assessment', async () => {
    const scores = ['工作职责', '学习培训', '值班备勤', '群众满意'].map((name) => ({ name, score: 90 }));
    const body = { userId: await t.userId('husg'), year, scores, comment: '良好', version: PAST_INTEGER };
    expectConflict(await mazr.post('/api/assessment/assessments', body));
  });
});
