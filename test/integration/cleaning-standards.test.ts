import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEnv, type TestEnv } from '../support/harness.js';

let t: TestEnv;
let estateA: string;
type Std = {
  estateId: string | null;
  id: string;
  checkKey: string;
  version: number;
  area: string;
  method: string;
  thresholdMax: number | null;
  thresholdUnit: string | null;
  criterion: string;
  object: string;
  retiredAt: string | null;
  note: string | null;
};

const editBody = (s: Std, extra: Partial<Std> & { note?: string } = {}) => ({
  object: s.object,
  criterion: s.criterion,
  method: s.method,
  thresholdMax: s.thresholdMax,
  thresholdUnit: s.thresholdUnit,
  note: '按新要求修订',
  ...extra,
});

beforeAll(async () => {
  t = await startTestEnv();
  const head = await t.login('wangfang');
  const estates = (await head.get('/api/estates?pageSize=100')).body.items as { id: string; name: string }[];
  estateA = estates.find((e) => e.name === '翠竹园')!.id;
});
afterAll(() => t.close());

const byKey = (items: Std[], key: string) => items.find((s) => s.checkKey === key)!;

describe('the cleaning standards library (A6.1, A6.2)', () => {
  it('holds 篇六’s checks with their three numbers and methods, and HQ may edit it', async () => {
    const hq = await t.login('liyw');
    const res = await hq.get('/api/cleaning/standards');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ estateId: null, own: true, mayEdit: true });
    const items = res.body.items as Std[];
    expect(items).toHaveLength(15);
    expect(byKey(items, 'roads.butts')).toMatchObject({ thresholdMax: 2, thresholdUnit: 'per_100m2', method: 'visual', version: 1 });
    expect(byKey(items, 'roads.stones')).toMatchObject({ thresholdMax: 9, thresholdUnit: 'mm' });
    expect(byKey(items, 'bins.fill')).toMatchObject({ thresholdMax: 50, thresholdUnit: 'percent' });
    expect(byKey(items, 'signs.clean').method).toBe('touch');
    expect(byKey(items, 'garage.smell').method).toBe('smell');
    expect(items.filter((s) => s.thresholdMax === null).every((s) => s.thresholdUnit === null)).toBe(true);
    // an office head reads the group's library but may not change it
    const head = await t.login('wangfang');
    const asHead = await head.get('/api/cleaning/standards');
    expect(asHead.body.mayEdit).toBe(false);
    const refused = await head.put(`/api/cleaning/standards/${byKey(items, 'lights.clean').id}`, editBody(byKey(items, 'lights.clean')));
    expect(refused.status).toBe(403);

    const edited = await hq.put(
      `/api/cleaning/standards/${byKey(items, 'lights.clean').id}`,
      editBody(byKey(items, 'lights.clean'), { criterion: '无积尘、无污迹、无蛛网，透明度好' }),
    );
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ estateId: null, checkKey: 'lights.clean', version: 2, retiredAt: null });
  });

  it('shows 翠竹园’s own copy, with the demo’s reworded sign check at version 2', async () => {
    const head = await t.login('wangfang');
    const lib = (await head.get(`/api/cleaning/standards?estateId=${estateA}`)).body;
    expect(lib).toMatchObject({ estateId: estateA, own: true, mayEdit: true });
    const signs = byKey(lib.items, 'signs.clean');
    expect(signs).toMatchObject({ version: 2, method: 'touch' });
    expect(signs.criterion).toContain('每日擦拭一次');
    const versions = (await head.get(`/api/cleaning/standards/${signs.id}/versions`)).body.items as Std[];
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
    expect(versions[1]!.retiredAt).not.toBeNull();
    expect(versions[0]!.note).toBeTruthy();
  });

  it('makes an edit the next version and keeps the old one retired; only the live version may change', async () => {
    const supervisor = await t.login('liuyang');
    const lib = (await supervisor.get(`/api/cleaning/standards?estateId=${estateA}`)).body;
    const v1 = byKey(lib.items, 'pillars.clean');
    expect(v1.version).toBe(1);
    const v2 = await supervisor.put(`/api/cleaning/standards/${v1.id}`, editBody(v1, { criterion: '无积尘、无污垢、光亮，每周擦洗' }));
    expect(v2.status).toBe(200);
    expect(v2.body).toMatchObject({ checkKey: 'pillars.clean', version: 2, estateId: estateA, note: '按新要求修订' });
    const again = await supervisor.put(`/api/cleaning/standards/${v1.id}`, editBody(v1));
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('cleaning_standard.retired');
    const versions = (await supervisor.get(`/api/cleaning/standards/${v1.id}/versions`)).body.items as Std[];
    expect(versions.map((v) => [v.version, v.retiredAt === null])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(versions[1]!.criterion).toBe('无积尘、无污垢、光亮');
    const live = (await supervisor.get(`/api/cleaning/standards?estateId=${estateA}`)).body.items as Std[];
    expect(live.filter((s) => s.checkKey === 'pillars.clean').map((s) => s.version)).toEqual([2]);
    // the group's check is untouched by the estate's edit
    const group = (await supervisor.get('/api/cleaning/standards')).body.items as Std[];
    expect(byKey(group, 'pillars.clean').version).toBe(1);
  });

  it('refuses a maximum without its unit, and a unit without its maximum', async () => {
    const supervisor = await t.login('liuyang');
    const lib = (await supervisor.get(`/api/cleaning/standards?estateId=${estateA}`)).body;
    const ground = byKey(lib.items, 'ground.water');
    const noUnit = await supervisor.put(`/api/cleaning/standards/${ground.id}`, editBody(ground, { thresholdMax: 3, thresholdUnit: null }));
    expect(noUnit.status).toBe(422);
    expect(noUnit.body.errors[0]).toMatchObject({ field: 'thresholdUnit', code: 'cleaning_standard.threshold_unit' });
    const noMax = await supervisor.post('/api/cleaning/standards', {
      estateId: estateA,
      area: 'garage',
      object: '地下车库',
      criterion: '积水不超过',
      method: 'visual',
      thresholdMax: null,
      thresholdUnit: 'mm',
    });
    expect(noMax.status).toBe(422);
    expect(noMax.body.errors[0]).toMatchObject({ field: 'thresholdUnit', code: 'cleaning_standard.threshold_unit' });
    const still = (await supervisor.get(`/api/cleaning/standards/${ground.id}/versions`)).body.items;
    expect(still).toHaveLength(1);
  });

  it('adds a check to an estate’s library and retires one', async () => {
    const supervisor = await t.login('liuyang');
    const added = await supervisor.post('/api/cleaning/standards', {
      estateId: estateA,
      area: 'garage',
      object: '地下车库排水沟',
      criterion: '沟内无垃圾，积水不超过5毫米',
      method: 'visual',
      thresholdMax: 5,
      thresholdUnit: 'mm',
    });
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({ estateId: estateA, version: 1, area: 'garage', thresholdMax: 5 });
    const retired = await supervisor.post(`/api/cleaning/standards/${added.body.id}/retire`, { note: '排水沟改由工程部检查' });
    expect(retired.status).toBe(200);
    expect(retired.body.retiredAt).not.toBeNull();
    const live = (await supervisor.get(`/api/cleaning/standards?estateId=${estateA}`)).body.items as Std[];
    expect(live.some((s) => s.id === added.body.id)).toBe(false);
    const twice = await supervisor.post(`/api/cleaning/standards/${added.body.id}/retire`, { note: '再停用' });
    expect(twice.status).toBe(409);
  });

  it('keeps an estate’s library from other offices (404) and from those without the permission (403)', async () => {
    const headB = await t.login('zhaolei');
    expect((await headB.get(`/api/cleaning/standards?estateId=${estateA}`)).status).toBe(404);
    const lib = (await (await t.login('wangfang')).get(`/api/cleaning/standards?estateId=${estateA}`)).body;
    const lights = byKey(lib.items, 'lights.clean');
    const other = await headB.put(`/api/cleaning/standards/${lights.id}`, editBody(lights));
    expect(other.status).toBe(404);
    expect((await headB.get(`/api/cleaning/standards/${lights.id}/versions`)).status).toBe(404);
    const cleaner = await t.login('sunxy');
    expect((await cleaner.get(`/api/cleaning/standards?estateId=${estateA}`)).body.mayEdit).toBe(false);
    expect((await cleaner.put(`/api/cleaning/standards/${lights.id}`, editBody(lights))).status).toBe(403);
  });

  it('gives office B’s estate its own copy on adoption, listing the group’s until then', async () => {
    const headB = await t.login('zhaolei');
    const estates = (await headB.get('/api/estates?pageSize=100')).body.items as { id: string; name: string }[];
    const estateB = estates.find((e) => e.name === '金色家园')!.id;
    const before = (await headB.get(`/api/cleaning/standards?estateId=${estateB}`)).body;
    expect(before).toMatchObject({ own: false, mayEdit: true });
    expect(byKey(before.items, 'lights.clean').estateId).toBeNull();
    const adopted = await headB.post(`/api/cleaning/estates/${estateB}/standards/adopt`);
    expect(adopted.status).toBe(200);
    expect(adopted.body.own).toBe(true);
    expect(adopted.body.items).toHaveLength(before.items.length);
    // the copy takes the group's live wording (HQ's version 2 of lights.clean) as its own version 1
    expect(byKey(adopted.body.items, 'lights.clean')).toMatchObject({
      estateId: estateB,
      version: 1,
      criterion: '无积尘、无污迹、无蛛网，透明度好',
    });
    expect((await (await t.login('wangfang')).post(`/api/cleaning/estates/${estateB}/standards/adopt`)).status).toBe(404);
  });
});
