import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEnv, type TestEnv } from '../support/harness.js';

let t: TestEnv;

beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

type Drug = { id: string; name: string; spec: string; categories: { code: string; name: string; excluded: boolean }[]; version: number };

describe('the centre’s drug catalogue (A5.3)', () => {
  it('is read by a station’s nurse as her centre’s, with the five excluded categories of 篇五', async () => {
    const nurse = await t.login('xuhs');
    const cats = await nurse.get('/api/infusion/drug-categories');
    expect(cats.status).toBe(200);
    expect(cats.body.centreId).toBe(await t.org('chc'));
    expect(cats.body.mayEdit).toBe(false);
    expect(cats.body.items.map((c: { code: string }) => c.code)).toEqual([
      'skin_test',
      'tcm_injection',
      'biologic',
      'adverse_prone',
      'allergy_warning',
    ]);
    expect(cats.body.items.every((c: { excluded: boolean }) => c.excluded)).toBe(true);
    const all = await nurse.get('/api/infusion/drugs?pageSize=100');
    expect(all.body.total).toBe(9);
    const tcm = await nurse.get('/api/infusion/drugs?categoryCode=tcm_injection');
    expect(tcm.body.items.map((d: Drug) => d.name)).toEqual(['丹参注射液']);
    expect(tcm.body.items[0].categories).toEqual([{ code: 'tcm_injection', name: '中药注射剂', excluded: true }]);
    const found = await nurse.get(`/api/infusion/drugs?q=${encodeURIComponent('氯化钠')}`);
    expect(found.body.items.map((d: Drug) => d.name)).toEqual(['0.9%氯化钠注射液']);
  });

  it('is kept by the pharmacist: a drug with categories of the centre, never the same name and spec twice', async () => {
    const pharmacist = await t.login('hanyj');
    const made = await pharmacist.post('/api/infusion/drugs', { name: '注射用头孢曲松钠', spec: '1 g', categories: ['skin_test'] });
    expect(made.status).toBe(200);
    expect(made.body.categories).toEqual([{ code: 'skin_test', name: '需做皮试的药品', excluded: true }]);
    const twice = await pharmacist.post('/api/infusion/drugs', { name: '注射用头孢曲松钠', spec: '1 g', categories: [] });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('infusion.drug_taken');
    const unknown = await pharmacist.post('/api/infusion/drugs', { name: '葡萄糖酸钙注射液', spec: '10 ml', categories: ['nope'] });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0]).toMatchObject({ field: 'categories', code: 'infusion.category_unknown' });
    const edited = await pharmacist.put(`/api/infusion/drugs/${made.body.id}`, {
      name: '注射用头孢曲松钠',
      spec: '1 g',
      categories: [],
      active: false,
      version: made.body.version,
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ categories: [], active: false, version: 2 });
    const stale = await pharmacist.put(`/api/infusion/drugs/${made.body.id}`, {
      name: '注射用头孢曲松钠',
      spec: '1 g',
      categories: [],
      active: true,
      version: 1,
    });
    expect(stale.status).toBe(409);
    const inactive = await pharmacist.get('/api/infusion/drugs?active=false');
    expect(inactive.body.items.map((d: Drug) => d.name)).toEqual(['注射用头孢曲松钠']);
  });

  it('is not changed by a nurse, and not seen by the property offices', async () => {
    const nurse = await t.login('xuhs');
    const refused = await nurse.post('/api/infusion/drugs', { name: '维生素B6注射液', spec: '2 ml', categories: [] });
    expect(refused.status).toBe(403);
    const office = await t.login('wangfang');
    expect((await office.get('/api/infusion/drugs')).status).toBe(403);
    const other = await office.get(`/api/infusion/drugs?centreId=${await t.org('chc')}`);
    expect(other.status).toBe(403);
  });

  it('lets the head add the centre’s own category, rename one and stop excluding it', async () => {
    const head = await t.login('luzr');
    const own = await head.post('/api/infusion/drug-categories', { name: '高警示药品', excluded: true });
    expect(own.status).toBe(200);
    expect(own.body.code).toMatch(/^c\d+$/);
    const given = await head.post('/api/infusion/drug-categories', { code: 'cytotoxic', name: '细胞毒性药品', excluded: true });
    expect(given.status).toBe(200);
    const taken = await head.post('/api/infusion/drug-categories', { code: 'cytotoxic', name: '细胞毒性药品二', excluded: true });
    expect(taken.status).toBe(409);
    expect(taken.body.errors[0]).toMatchObject({ field: 'code', code: 'infusion.category_code_taken' });
    const renamed = await head.put(`/api/infusion/drug-categories/${own.body.id}`, {
      name: '高警示药品（中心）',
      excluded: false,
      version: 1,
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: '高警示药品（中心）', excluded: false, version: 2 });
    const stale = await head.put(`/api/infusion/drug-categories/${own.body.id}`, { name: '高警示药品', excluded: true, version: 1 });
    expect(stale.status).toBe(409);
    const nurse = await t.login('xuhs');
    const refused = await nurse.put(`/api/infusion/drug-categories/${own.body.id}`, { name: 'x', excluded: true, version: 2 });
    expect(refused.status).toBe(403);
    const list = await head.get('/api/infusion/drug-categories');
    expect(list.body.mayEdit).toBe(true);
    expect(list.body.items).toHaveLength(7);
  });
});
