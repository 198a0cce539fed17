import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEnv, type TestEnv } from '../support/harness.js';

let t: TestEnv;
// Friday 4 December 2026, 10:00 in Shanghai
const TODAY = new Date('2026-12-04T02:00:00Z');
let stationTeam: { id: string; version: number; areas: string[] };
let centreTeam: { id: string; version: number; areas: string[] };

beforeAll(async () => {
  t = await startTestEnv();
  t.clock.set(TODAY);
  const head = await t.login('luzr');
  const teams = (await head.get('/api/infusion/teams')).body.items as { id: string; name: string; version: number; areas: string[] }[];
  stationTeam = teams.find((x) => x.name === '翠竹站护理组')!;
  centreTeam = teams.find((x) => x.name === '中心护理组')!;
});
afterAll(() => t.close());

const patient = (extra: Record<string, unknown> = {}) => ({
  teamId: stationTeam.id,
  area: '翠竹园',
  name: '陈淑英',
  sex: 'female',
  birthDate: '1940-03-15',
  address: '翠竹园 5 栋 101',
  phone: '13902231111',
  familyName: '陈明',
  familyRelation: '儿子',
  familyPhone: '13902231112',
  mobility: 'bedridden',
  frail: false,
  paperworkComplete: true,
  allergies: null,
  contraindications: null,
  ...extra,
});

describe('home-infusion patients (A5.1)', () => {
  it('judges a bedridden elderly patient eligible, with her age, team and who checked', async () => {
    const nurse = await t.login('xuhs');
    const res = await nurse.post('/api/infusion/patients', patient());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: '陈淑英',
      age: 86,
      teamName: '翠竹站护理组',
      orgName: '翠竹社区卫生服务站',
      eligible: true,
      ineligibleReasons: [],
      eligibilityCheckedByName: '许护士',
      abilities: { edit: true },
      version: 1,
    });
    const history = (await nurse.get(`/api/history/infusion_patient/${res.body.id}`)).body;
    expect(history.map((e: { action: string }) => e.action)).toContain('infusion_patient.create');
  });

  it('refuses home infusion to one who walks, and to one neither elderly nor frail; frailty stands in for age', async () => {
    const nurse = await t.login('xuhs');
    const walks = await nurse.post('/api/infusion/patients', patient({ name: '步行者', mobility: 'walks' }));
    expect(walks.body).toMatchObject({ eligible: false, ineligibleReasons: ['walks'] });
    const young = await nurse.post('/api/infusion/patients', patient({ name: '年轻人', birthDate: '1980-05-01', mobility: 'limited' }));
    expect(young.body).toMatchObject({ eligible: false, ineligibleReasons: ['not_elderly_or_frail'], age: 46 });
    const frail = await nurse.post('/api/infusion/patients', patient({ name: '体弱者', birthDate: '1980-05-01', frail: true }));
    expect(frail.body).toMatchObject({ eligible: true, ineligibleReasons: [] });
    const contra = await nurse.post(
      '/api/infusion/patients',
      patient({ name: '禁忌者', contraindications: '  ', paperworkComplete: false }),
    );
    expect(contra.body).toMatchObject({ ineligibleReasons: ['paperwork_incomplete'], contraindications: null });
  });

  it('judges again at the next save with the parameter in force at the patient’s station', async () => {
    const nurse = await t.login('xuhs');
    const p = (await nurse.post('/api/infusion/patients', patient({ name: '六十二岁', birthDate: '1964-01-10' }))).body;
    expect(p).toMatchObject({ age: 62, eligible: true });
    const head = await t.login('luzr');
    const set = await head.put(`/api/orgs/${await t.org('chc-s1')}/params/infusionElderlyAge`, { value: 65 });
    expect(set.status).toBe(200);
    // the verdict is the one of the last save until the patient is saved again
    expect((await nurse.get(`/api/infusion/patients/${p.id}`)).body.eligible).toBe(true);
    const { id: _i, version, ...rest } = patient({ name: '六十二岁', birthDate: '1964-01-10' }) as Record<string, unknown>;
    const saved = await nurse.put(`/api/infusion/patients/${p.id}`, { ...rest, active: true, version: p.version });
    expect(saved.body).toMatchObject({ eligible: false, ineligibleReasons: ['not_elderly_or_frail'], version: 2 });
    const stale = await nurse.put(`/api/infusion/patients/${p.id}`, { ...rest, active: true, version: p.version });
    expect(stale.status).toBe(409);
    await head.put(`/api/orgs/${await t.org('chc-s1')}/params/infusionElderlyAge`, { value: null });
  });

  it('refuses an area the team does not cover on its field, and a birth date after today', async () => {
    const nurse = await t.login('xuhs');
    const res = await nurse.post('/api/infusion/patients', patient({ area: '金色家园' }));
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('infusion.area_not_covered');
    expect(res.body.errors[0].field).toBe('area');
    const future = await nurse.post('/api/infusion/patients', patient({ birthDate: '2026-12-05' }));
    expect(future.body.code).toBe('infusion.birth_date_future');
    const short = await nurse.post('/api/infusion/patients', patient({ phone: '12345' }));
    expect(short.status).toBe(400);
  });

  it('shows a station nurse her station’s patients only; the centre’s head sees the centre’s and the station’s', async () => {
    const nurse = await t.login('xuhs');
    const mine = (await nurse.get('/api/infusion/patients?pageSize=100')).body.items as { name: string; orgName: string }[];
    expect(mine.map((p) => p.name)).toContain('王秀兰');
    expect(mine.map((p) => p.name)).not.toContain('刘桂芳');
    const centrePatient = (await (await t.login('luzr')).get('/api/infusion/patients?q=刘桂芳')).body.items[0];
    expect((await nurse.get(`/api/infusion/patients/${centrePatient.id}`)).status).toBe(404);
    expect((await nurse.post('/api/infusion/patients', patient({ teamId: centreTeam.id, area: '金色家园' }))).status).toBe(404);
    const head = await t.login('luzr');
    const all = (await head.get('/api/infusion/patients?pageSize=100')).body.items as { name: string; abilities: { edit: boolean } }[];
    expect(all.map((p) => p.name)).toEqual(expect.arrayContaining(['王秀兰', '刘桂芳']));
    // the head reads; registering is the nurses' and physicians'
    expect(all.every((p) => !p.abilities.edit)).toBe(true);
    const ineligible = (await head.get('/api/infusion/patients?eligible=false&pageSize=100')).body.items as {
      name: string;
      ineligibleReasons: string[];
    }[];
    expect(ineligible.find((p) => p.name === '赵建华')?.ineligibleReasons).toEqual(['walks']);
    expect(ineligible.find((p) => p.name === '孙玉珍')?.ineligibleReasons).toEqual(['paperwork_incomplete', 'contraindication']);
    expect(ineligible.some((p) => p.name === '王秀兰')).toBe(false);
  });
});

describe('nursing teams (A5.1, A5.8)', () => {
  it('lists the teams of the caller’s scope with their areas and nurses', async () => {
    const nurse = await t.login('xuhs');
    const items = (await nurse.get('/api/infusion/teams')).body.items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      name: '翠竹站护理组',
      areas: ['翠竹园', '翠竹街道'],
      members: [{ displayName: '许护士' }],
      abilities: { edit: false },
    });
    expect((await nurse.post('/api/infusion/teams', { orgId: await t.org('chc-s1'), name: 'x', areas: ['a'], memberIds: [] })).status).toBe(
      403,
    );
  });

  it('is set up only at a health centre or one of its stations (A5.8)', async () => {
    const admin = await t.login('admin');
    const body = { name: '管理处护理组', areas: ['翠竹园'], memberIds: [] };
    const atOffice = await admin.post('/api/infusion/teams', { ...body, orgId: await t.org('office-a') });
    expect(atOffice.status).toBe(422);
    expect(atOffice.body.code).toBe('infusion.org_not_centre');
    expect(atOffice.body.errors[0].field).toBe('orgId');
    const atCompany = await admin.post('/api/infusion/teams', { ...body, orgId: await t.org('pm') });
    expect(atCompany.body.code).toBe('infusion.org_not_centre');
  });

  it('takes only nurses who work in the team’s centre or station', async () => {
    const head = await t.login('luzr');
    const outside = await head.post('/api/infusion/teams', {
      orgId: await t.org('chc-s1'),
      name: '翠竹站二组',
      areas: ['翠竹花园'],
      memberIds: [await t.userId('zhouhs')],
    });
    expect(outside.status).toBe(422);
    expect(outside.body.code).toBe('infusion.member_outside');
    expect(outside.body.errors[0].field).toBe('memberIds');
    const repeated = await head.post('/api/infusion/teams', {
      orgId: await t.org('chc-s1'),
      name: '翠竹站二组',
      areas: ['翠竹花园', ' 翠竹花园 '],
      memberIds: [],
    });
    expect(repeated.body.code).toBe('infusion.area_repeated');
    const made = await head.post('/api/infusion/teams', {
      orgId: await t.org('chc-s1'),
      name: '翠竹站二组',
      areas: [' 翠竹花园 '],
      memberIds: [await t.userId('xuhs')],
    });
    expect(made.status).toBe(200);
    expect(made.body).toMatchObject({ areas: ['翠竹花园'], orgName: '翠竹社区卫生服务站', abilities: { edit: true } });
    const history = (await head.get(`/api/history/infusion_team/${made.body.id}`)).body;
    expect(history.map((e: { action: string }) => e.action)).toContain('infusion_team.create');
  });

  it('keeps an area a patient lives in, and adds new ones', async () => {
    const head = await t.login('luzr');
    const current = (await head.get(`/api/infusion/teams/${stationTeam.id}`)).body;
    const body = {
      name: current.name,
      memberIds: current.members.map((m: { id: string }) => m.id),
      active: true,
      version: current.version,
    };
    const removed = await head.put(`/api/infusion/teams/${stationTeam.id}`, { ...body, areas: ['翠竹街道'] });
    expect(removed.status).toBe(422);
    expect(removed.body.code).toBe('infusion.area_in_use');
    const stopped = await head.put(`/api/infusion/teams/${stationTeam.id}`, { ...body, areas: current.areas, active: false });
    expect(stopped.body.code).toBe('infusion.team_in_use');
    const added = await head.put(`/api/infusion/teams/${stationTeam.id}`, { ...body, areas: [...current.areas, '翠竹新村'] });
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({ areas: ['翠竹园', '翠竹街道', '翠竹新村'], version: current.version + 1 });
    const history = (await head.get(`/api/history/infusion_team/${stationTeam.id}`)).body;
    expect(history.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['infusion_team.create', 'infusion_team.edit']),
    );
  });
});
