import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEnv, type TestEnv } from '../support/harness.js';

let t: TestEnv;
const patient: Record<string, string> = {};
const drug: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestEnv();
  t.clock.set(new Date('2026-12-05T02:00:00Z'));
  const db = t.runtime.deps.db;
  for (const r of await db.selectFrom('infusion_patients').select(['id', 'name']).execute()) patient[r.name] = r.id;
  for (const r of await db.selectFrom('infusion_drugs').select(['id', 'name']).execute()) drug[r.name] = r.id;
});
afterAll(() => t.close());

const firstDose = (extra: Record<string, unknown> = {}) => ({
  patientId: patient['刘桂芳'],
  drugId: drug['盐酸氨溴索注射液'],
  hospital: '南山医院',
  prescriptionNo: 'NS-88120',
  firstDoseOn: '2026-12-04',
  note: '首剂后观察 30 分钟无不良反应',
  ...extra,
});

describe('a drug from another hospital and its four signed steps (A5.5)', () => {
  it('shows the demo’s 头孢呋辛 of 张德明 waiting for the pharmacist, with who signed the first two steps', async () => {
    const pharmacist = await t.login('hanyj');
    const queue = await pharmacist.get('/api/infusion/outside-drugs?step=pharmacist_review');
    expect(queue.status).toBe(200);
    const demo = queue.body.items.find((o: { patientName: string }) => o.patientName === '张德明');
    expect(demo).toMatchObject({
      drugName: '注射用头孢呋辛钠',
      hospital: '深圳市人民医院',
      step: 'pharmacist_review',
      firstDose: { byName: '许护士', note: '首剂后观察 30 分钟无不良反应' },
      gpCheck: { byName: '何医生' },
      pharmacistReview: null,
      order: null,
      abilities: { gpCheck: false, pharmacistReview: true, order: false },
    });
    expect(new Date(`${demo.firstDose.on}T00:00:00Z`).getTime()).toBeLessThan(Date.now());
  });

  it('records step 1 and then signs the steps in order only, each by its own signer, up to the physician’s order', async () => {
    const nurse = await t.login('zhouhs');
    const physician = await t.login('heys');
    const pharmacist = await t.login('hanyj');

    // each signer's home page counts the drugs waiting for the step they sign
    const waiting = async (agent: typeof nurse, step: string) =>
      ((await agent.get('/api/workbench')).body.todos as { key: string; count: number; link: string }[]).find(
        (x) => x.key === `infusion.outside.${step}`,
      );
    const gpBefore = (await waiting(physician, 'gp_check'))?.count ?? 0;
    const created = await nurse.post('/api/infusion/outside-drugs', firstDose());
    expect(created.status).toBe(201);
    const o = created.body;
    expect(await waiting(physician, 'gp_check')).toMatchObject({
      key: 'infusion.outside.gp_check',
      count: gpBefore + 1,
      link: '/infusion/outside-drugs?step=gp_check',
    });
    // the nurse signs no step after the first: no such to-do
    expect(await waiting(nurse, 'gp_check')).toBeUndefined();
    expect(o).toMatchObject({ step: 'gp_check', patientName: '刘桂芳', firstDose: { byName: '周护士', on: '2026-12-04' }, gpCheck: null });
    expect(o.firstDose.at).toMatch(/^2026-12-05T02:00/);

    // the pharmacist cannot review before the GP's check
    const early = await pharmacist.post(`/api/infusion/outside-drugs/${o.id}/pharmacist-review`, { version: o.version });
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('infusion.step_out_of_order');
    expect(early.body.detail).toContain('gp_check');
    // a nurse may not sign the GP's check
    const byNurse = await nurse.post(`/api/infusion/outside-drugs/${o.id}/gp-check`, { version: o.version, outpatientRecordNo: 'MZ-1' });
    expect(byNurse.status).toBe(403);
    // a stale version is refused
    const stale = await physician.post(`/api/infusion/outside-drugs/${o.id}/gp-check`, {
      version: o.version + 1,
      outpatientRecordNo: 'MZ-1',
    });
    expect(stale.status).toBe(409);

    t.clock.set(new Date('2026-12-05T03:00:00Z'));
    const gp = await physician.post(`/api/infusion/outside-drugs/${o.id}/gp-check`, {
      version: o.version,
      outpatientRecordNo: 'MZ-2026-1201',
      note: '处方合理',
    });
    expect(gp.status).toBe(200);
    expect(gp.body).toMatchObject({
      step: 'pharmacist_review',
      gpCheck: { byName: '何医生', outpatientRecordNo: 'MZ-2026-1201', at: expect.stringMatching(/^2026-12-05T03:00/) },
    });
    const gpAgain = await physician.post(`/api/infusion/outside-drugs/${o.id}/gp-check`, {
      version: gp.body.version,
      outpatientRecordNo: 'X',
    });
    expect(gpAgain.status).toBe(422);
    expect(gpAgain.body.code).toBe('infusion.step_out_of_order');

    // the physician holds no pharmacist review
    expect((await physician.post(`/api/infusion/outside-drugs/${o.id}/pharmacist-review`, { version: gp.body.version })).status).toBe(403);
    t.clock.set(new Date('2026-12-05T04:00:00Z'));
    const reviewed = await pharmacist.post(`/api/infusion/outside-drugs/${o.id}/pharmacist-review`, {
      version: gp.body.version,
      note: '可用',
    });
    expect(reviewed.status).toBe(200);
    expect(reviewed.body).toMatchObject({
      step: 'physician_order',
      pharmacistReview: { byName: '韩药师', note: '可用', at: expect.stringMatching(/^2026-12-05T04:00/) },
      order: null,
    });
    const detail = (await physician.get(`/api/infusion/outside-drugs/${o.id}`)).body;
    expect(detail.abilities).toEqual({ gpCheck: false, pharmacistReview: false, order: true });
    expect((await waiting(physician, 'gp_check'))?.count ?? 0).toBe(gpBefore);
    expect((await waiting(physician, 'physician_order'))?.count).toBeGreaterThan(0);

    const history = await nurse.get(`/api/history/infusion_outside_drug/${o.id}`);
    expect(history.status).toBe(200);
    const text = JSON.stringify(history.body);
    for (const action of ['first_dose', 'gp_check', 'pharmacist_review']) expect(text).toContain(`infusion_outside_drug.${action}`);
  });

  it('shows step 4 done with the order’s number once the physician’s order names the drug', async () => {
    const nurse = await t.login('zhouhs');
    const o = (await nurse.post('/api/infusion/outside-drugs', firstDose({ drugId: drug['维生素C注射液'] }))).body;
    const db = t.runtime.deps.db;
    const row = await db
      .selectFrom('infusion_patients')
      .select(['tenant_id', 'org_id'])
      .where('id', '=', patient['刘桂芳']!)
      .executeTakeFirstOrThrow();
    const physicianId = await t.userId('heys');
    const orderId = '01900000-0000-7000-8000-0000000000a1';
    await db
      .insertInto('infusion_physician_orders')
      .values({
        tenant_id: row.tenant_id,
        id: orderId,
        number: 'YZ-20261205-0099',
        org_id: row.org_id,
        patient_id: patient['刘桂芳']!,
        physician_id: physicianId,
        physician_licence_no: '110440300000001',
        medical_record_no: 'MZ-1',
        origin: 'outside',
        outside_drug_id: o.id,
        lines: '[]',
        visits_planned: 3,
        visits_done: 0,
        starts_on: '2026-12-05',
        ends_on: '2026-12-07',
        state: 'active',
        override_categories: null,
        override_reason: null,
        override_reviewed_at: null,
        override_reviewed_by: null,
        override_review_note: null,
        cancel_reason: null,
        created_at: '2026-12-05T05:00:00.000Z',
        updated_at: '2026-12-05T05:00:00.000Z',
        version: 1,
      })
      .execute();
    // what the orders part does when an order names an outside drug
    await db
      .updateTable('infusion_outside_drugs')
      .set({ step: 'done', order_id: orderId, ordered_by: physicianId, ordered_at: '2026-12-05T05:00:00.000Z' })
      .where('id', '=', o.id)
      .execute();
    const done = (await nurse.get(`/api/infusion/outside-drugs/${o.id}`)).body;
    expect(done).toMatchObject({ step: 'done', order: { id: orderId, number: 'YZ-20261205-0099', byName: '何医生' } });
    const physician = await t.login('heys');
    const late = await physician.post(`/api/infusion/outside-drugs/${o.id}/gp-check`, { version: done.version, outpatientRecordNo: 'X' });
    expect(late.body.code).toBe('infusion.step_out_of_order');
    const listed = (await nurse.get(`/api/infusion/outside-drugs?patientId=${patient['刘桂芳']}&step=done`)).body;
    expect(listed.items.map((x: { id: string }) => x.id)).toEqual([o.id]);
  });

  it('refuses a first dose in the future, a drug outside the centre’s catalogue, and a pharmacist recording step 1', async () => {
    const nurse = await t.login('zhouhs');
    const future = await nurse.post('/api/infusion/outside-drugs', firstDose({ firstDoseOn: '2026-12-06' }));
    expect(future.status).toBe(422);
    expect(future.body.errors[0]).toMatchObject({ field: 'firstDoseOn', code: 'infusion.first_dose_in_future' });
    const unknown = await nurse.post('/api/infusion/outside-drugs', firstDose({ drugId: '01900000-0000-7000-8000-0000000000ff' }));
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0]).toMatchObject({ field: 'drugId', code: 'infusion.drug_not_in_catalogue' });
    const pharmacist = await t.login('hanyj');
    expect((await pharmacist.post('/api/infusion/outside-drugs', firstDose())).status).toBe(403);
    const choices = await nurse.get(`/api/infusion/outside-drugs/drug-choices?patientId=${patient['刘桂芳']}`);
    expect(choices.status).toBe(200);
    expect(choices.body.map((d: { name: string }) => d.name)).toContain('注射用头孢呋辛钠');
  });

  it('keeps outside drugs to the patient’s centre or station', async () => {
    const station = await t.login('xuhs');
    const list = (await station.get('/api/infusion/outside-drugs?pageSize=100')).body;
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((o: { patientName: string }) => o.patientName !== '刘桂芳')).toBe(true);
    const centre = (await (await t.login('zhouhs')).get(`/api/infusion/outside-drugs?patientId=${patient['刘桂芳']}`)).body;
    expect((await station.get(`/api/infusion/outside-drugs/${centre.items[0].id}`)).status).toBe(404);
    expect((await station.post('/api/infusion/outside-drugs', firstDose())).status).toBe(404);
    const outsider = await t.login('liuyang');
    expect((await outsider.get('/api/infusion/outside-drugs')).status).toBe(403);
    expect((await outsider.get(`/api/infusion/outside-drugs/drug-choices?patientId=${patient['刘桂芳']}`)).status).toBe(403);
  });
});
