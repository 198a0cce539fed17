import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overrideUnreviewedMonitor } from '../../src/modules/infusion/infusion-order.monitors.js';
import { newId } from '../../src/platform/ids.js';
import { systemContext } from '../support/agreements.js';
import { startTestEnv, type TestEnv } from '../support/harness.js';

let t: TestEnv;
const patients: Record<string, string> = {};
const drugs: Record<string, string> = {};
const DAY = 86_400_000;

beforeAll(async () => {
  t = await startTestEnv();
  const db = t.runtime.deps.db;
  for (const p of await db.selectFrom('infusion_patients').select(['id', 'name']).execute()) patients[p.name] = p.id;
  for (const d of await db.selectFrom('infusion_drugs').select(['id', 'name']).execute()) drugs[d.name] = d.id;
});
afterAll(() => t.close());

const today = () => new Date().toISOString().slice(0, 10);
const order = (patient: string, drugNames: string[], extra: Record<string, unknown> = {}) => ({
  patientId: patients[patient],
  medicalRecordNo: 'MZ-T-0001',
  origin: 'centre',
  lines: drugNames.map((n) => ({ drugId: drugs[n], dose: '1 支', route: 'iv_drip', frequency: 'qd' })),
  visitsPlanned: 3,
  startsOn: today(),
  endsOn: today(),
  ...extra,
});

/** An outside drug's chain of 王秀兰, written directly (the outside-drug part builds its own API), at `step`. */
async function chain(step: 'gp_check' | 'physician_order', drug = '人血白蛋白') {
  const id = newId();
  const db = t.runtime.deps.db;
  const p = await db
    .selectFrom('infusion_patients')
    .select(['tenant_id', 'org_id'])
    .where('id', '=', patients.王秀兰!)
    .executeTakeFirstOrThrow();
  const now = new Date().toISOString();
  const by = await t.userId('heys');
  await db
    .insertInto('infusion_outside_drugs')
    .values({
      tenant_id: p.tenant_id,
      id,
      org_id: p.org_id,
      patient_id: patients.王秀兰!,
      drug_id: drugs[drug]!,
      hospital: '市人民医院',
      prescription_no: 'RX-1',
      step,
      first_dose_on: today(),
      first_dose_note: null,
      first_dose_by: by,
      first_dose_at: now,
      gp_outpatient_record_no: step === 'physician_order' ? 'MZ-9' : null,
      gp_note: null,
      gp_by: step === 'physician_order' ? by : null,
      gp_at: step === 'physician_order' ? now : null,
      pharmacist_note: null,
      pharmacist_by: step === 'physician_order' ? await t.userId('hanyj') : null,
      pharmacist_at: step === 'physician_order' ? now : null,
      order_id: null,
      ordered_by: null,
      ordered_at: null,
      created_at: now,
      version: 1,
    })
    .execute();
  return id;
}

describe('physician orders (A5.2)', () => {
  it('carry the physician’s licence and a YZ number; the demo’s orders are listed', async () => {
    const physician = await t.login('heys');
    const made = await physician.post('/api/infusion/orders', order('张德明', ['5%葡萄糖注射液', '维生素C注射液']));
    expect(made.status).toBe(200);
    expect(made.body.number).toMatch(/^YZ-\d{8}-\d{4}$/);
    expect(made.body).toMatchObject({
      physicianName: '何医生',
      physicianLicenceNo: '110440300012345',
      patientName: '张德明',
      state: 'active',
      override: null,
      abilities: { cancel: true, review: false },
    });
    expect(made.body.lines.map((l: { drugName: string }) => l.drugName)).toEqual(['5%葡萄糖注射液 250 ml', '维生素C注射液 2 ml:0.5 g']);
    const mine = await physician.get(`/api/infusion/orders?patientId=${patients.王秀兰}`);
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.items[0].drugs).toEqual(['0.9%氯化钠注射液 250 ml', '注射用头孢呋辛钠 0.75 g']);
  });

  it('are refused without the physician’s licence number (执业证号), which the users page sets', async () => {
    const admin = await t.login('admin');
    const id = await t.userId('heys');
    const user = (await admin.get(`/api/users/${id}`)).body;
    expect(user.licenceNo).toBe('110440300012345');
    const cleared = await admin.patch(`/api/users/${id}`, { licenceNo: null, version: user.version });
    expect(cleared.status).toBe(200);
    const physician = await t.login('heys');
    const refused = await physician.post('/api/infusion/orders', order('张德明', ['5%葡萄糖注射液']));
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('infusion.licence_required');
    const tooShort = await admin.patch(`/api/users/${id}`, { licenceNo: '12', version: cleared.body.version });
    expect(tooShort.status).toBe(400);
    const restored = await admin.patch(`/api/users/${id}`, { licenceNo: '110440300012345', version: cleared.body.version });
    expect(restored.body.licenceNo).toBe('110440300012345');
  });

  it('are refused for a patient not eligible, with the reasons, and without a medical record', async () => {
    const physician = await t.login('heys');
    const walks = await physician.post('/api/infusion/orders', order('赵建华', ['5%葡萄糖注射液']));
    expect(walks.status).toBe(422);
    expect(walks.body.code).toBe('infusion.patient_ineligible');
    expect(walks.body.errors[0].field).toBe('patientId');
    expect(walks.body.detail).toContain('walks');
    const contraindicated = await physician.post('/api/infusion/orders', order('孙玉珍', ['5%葡萄糖注射液']));
    expect(contraindicated.body.detail).toContain('contraindication');
    const noRecord = await physician.post('/api/infusion/orders', order('张德明', ['5%葡萄糖注射液'], { medicalRecordNo: '' }));
    expect(noRecord.status).toBe(400);
    expect(noRecord.body.errors[0].field).toBe('medicalRecordNo');
    const backwards = await physician.post('/api/infusion/orders', order('张德明', ['5%葡萄糖注射液'], { endsOn: '2000-01-01' }));
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors[0]).toMatchObject({ field: 'endsOn', code: 'infusion.ends_before_starts' });
  });

  it('are refused for a drug outside the centre’s active catalogue', async () => {
    const physician = await t.login('heys');
    const bad = order('张德明', ['5%葡萄糖注射液']);
    bad.lines.push({ drugId: newId(), dose: '1', route: 'iv_drip', frequency: 'qd' });
    const refused = await physician.post('/api/infusion/orders', bad);
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0]).toMatchObject({ field: 'lines.1.drugId', code: 'infusion.drug_unknown' });
  });
});

describe('excluded drugs and their overrides (A5.3)', () => {
  let overridden: string;

  it('refuses infusion.drug_excluded with the categories, then makes the order with the physician’s reason', async () => {
    const physician = await t.login('heys');
    const refused = await physician.post('/api/infusion/orders', order('王秀兰', ['注射用青霉素钠', '0.9%氯化钠注射液']));
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('infusion.drug_excluded');
    expect(refused.body.errors).toEqual([
      { field: 'lines', code: 'infusion.drug_excluded', message: '需做皮试的药品、说明书提示过敏的药品' },
    ]);
    const tooShort = await physician.post('/api/infusion/orders', {
      ...order('王秀兰', ['注射用青霉素钠']),
      override: { reason: '要求' },
    });
    expect(tooShort.status).toBe(400);
    const made = await physician.post('/api/infusion/orders', {
      ...order('王秀兰', ['注射用青霉素钠', '0.9%氯化钠注射液']),
      override: { reason: '皮试阴性，既往多次使用无不良反应' },
    });
    expect(made.status).toBe(200);
    expect(made.body.override).toEqual({
      categories: [
        { code: 'skin_test', name: '需做皮试的药品' },
        { code: 'allergy_warning', name: '说明书提示过敏的药品' },
      ],
      reason: '皮试阴性，既往多次使用无不良反应',
      reviewedAt: null,
      reviewedBy: null,
      reviewNote: null,
    });
    overridden = made.body.id;
  });

  it('lists the pending overrides for the head, who reviews each once', async () => {
    const head = await t.login('luzr');
    const pending = await head.get('/api/infusion/orders?overridePending=true');
    expect(pending.body.items.map((o: { patientName: string }) => o.patientName).sort()).toEqual(['刘桂芳', '王秀兰']);
    const detail = await head.get(`/api/infusion/orders/${overridden}`);
    expect(detail.body.abilities).toEqual({ cancel: false, review: true });
    const physician = await t.login('heys');
    expect((await physician.post(`/api/infusion/orders/${overridden}/review-override`, { note: '同意' })).status).toBe(403);
    const reviewed = await head.post(`/api/infusion/orders/${overridden}/review-override`, { note: '已核实皮试结果，同意居家使用' });
    expect(reviewed.status).toBe(200);
    expect(reviewed.body.override).toMatchObject({ reviewedBy: '陆主任', reviewNote: '已核实皮试结果，同意居家使用' });
    expect(reviewed.body.abilities.review).toBe(false);
    const again = await head.post(`/api/infusion/orders/${overridden}/review-override`, { note: '再次审阅' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('infusion.already_reviewed');
    const left = await head.get('/api/infusion/orders?overridePending=true');
    expect(left.body.items.map((o: { patientName: string }) => o.patientName)).toEqual(['刘桂芳']);
  });

  it('gives the head a to-do and, once the review days pass, a breach of A5.3', async () => {
    const head = await t.login('luzr');
    const ctx = await systemContext(t);
    const chc = await t.runtime.deps.db.selectFrom('org_nodes').select(['id', 'path']).where('code', '=', 'chc').executeTakeFirstOrThrow();
    const scope = { nodeId: chc.id, path: chc.path };
    expect(await overrideUnreviewedMonitor.count(ctx, scope)).toBe(0);
    t.clock.set(new Date(Date.now() + 8 * DAY));
    try {
      expect(await overrideUnreviewedMonitor.count(ctx, scope)).toBe(1);
      const [breach] = await overrideUnreviewedMonitor.list(ctx, scope, { limit: 10, offset: 0 });
      expect(breach!.what.values).toMatchObject({ patient: '刘桂芳', days: 7 });
      expect(breach!.entity.link).toMatch(/^\/infusion\/orders\//);
    } finally {
      t.clock.set(new Date());
    }
    const work = await head.get('/api/workbench');
    const todos = work.body.todos as { key: string; count: number; link: string }[];
    expect(todos.find((x) => x.key === 'infusion.overridesToReview')).toMatchObject({
      count: 1,
      link: '/infusion/orders?overridePending=true',
    });
    const physician = await t.login('heys');
    const theirs = (await physician.get('/api/workbench')).body.todos as { key: string }[];
    expect(theirs.some((x) => x.key === 'infusion.overridesToReview')).toBe(false);
  });

  it('lets a drug through without override once its category is no longer excluded', async () => {
    const head = await t.login('luzr');
    const cats = (await head.get('/api/infusion/drug-categories')).body.items as {
      id: string;
      code: string;
      name: string;
      version: number;
    }[];
    const tcm = cats.find((c) => c.code === 'tcm_injection')!;
    const physician = await t.login('heys');
    expect((await physician.post('/api/infusion/orders', order('张德明', ['丹参注射液']))).body.code).toBe('infusion.drug_excluded');
    await head.put(`/api/infusion/drug-categories/${tcm.id}`, { name: tcm.name, excluded: false, version: tcm.version });
    const made = await physician.post('/api/infusion/orders', order('张德明', ['丹参注射液']));
    expect(made.status).toBe(200);
    expect(made.body.override).toBeNull();
    await head.put(`/api/infusion/drug-categories/${tcm.id}`, { name: tcm.name, excluded: true, version: tcm.version + 1 });
  });
});

describe('a drug from another hospital (A5.5)', () => {
  it('needs its chain, signed up to the physician’s order, and ends the chain', async () => {
    const physician = await t.login('heys');
    const override = { reason: '外院已用药，无不良反应' };
    const noChain = await physician.post('/api/infusion/orders', { ...order('王秀兰', ['人血白蛋白'], { origin: 'outside' }), override });
    expect(noChain.status).toBe(422);
    expect(noChain.body.errors[0]).toMatchObject({ field: 'outsideDrugId', code: 'infusion.origin_unknown' });
    const early = await chain('gp_check');
    const notReady = await physician.post('/api/infusion/orders', {
      ...order('王秀兰', ['人血白蛋白'], { origin: 'outside', outsideDrugId: early }),
      override,
    });
    expect(notReady.status).toBe(422);
    expect(notReady.body.code).toBe('infusion.outside_not_ready');
    expect(notReady.body.detail).toContain('gp_check');
    const ready = await chain('physician_order');
    const otherDrug = await physician.post('/api/infusion/orders', {
      ...order('王秀兰', ['0.9%氯化钠注射液'], { origin: 'outside', outsideDrugId: ready }),
    });
    expect(otherDrug.body.code).toBe('infusion.outside_drug_missing');
    const made = await physician.post('/api/infusion/orders', {
      ...order('王秀兰', ['人血白蛋白', '0.9%氯化钠注射液'], { origin: 'outside', outsideDrugId: ready }),
      override,
    });
    expect(made.status).toBe(200);
    expect(made.body).toMatchObject({ origin: 'outside', outsideDrugId: ready });
    const row = await t.runtime.deps.db.selectFrom('infusion_outside_drugs').selectAll().where('id', '=', ready).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ step: 'done', order_id: made.body.id, ordered_by: await t.userId('heys') });
    expect(row.ordered_at).not.toBeNull();
  });
});

describe('who sees and does what', () => {
  it('scopes orders to the caller’s nodes: the station’s nurse sees her station’s, the offices none', async () => {
    const nurse = await t.login('xuhs');
    const seen = await nurse.get('/api/infusion/orders?pageSize=100');
    expect(seen.status).toBe(200);
    expect(new Set(seen.body.items.map((o: { orgName: string }) => o.orgName))).toEqual(new Set(['翠竹社区卫生服务站']));
    const head = await t.login('luzr');
    const centreOnly = (await head.get(`/api/infusion/orders?patientId=${patients.刘桂芳}`)).body.items[0];
    expect((await nurse.get(`/api/infusion/orders/${centreOnly.id}`)).status).toBe(404);
    const refused = await nurse.post('/api/infusion/orders', order('王秀兰', ['0.9%氯化钠注射液']));
    expect(refused.status).toBe(403);
    const office = await t.login('wangfang');
    expect((await office.get('/api/infusion/orders')).status).toBe(403);
    expect((await office.get(`/api/infusion/orders/${centreOnly.id}`)).status).toBe(403);
  });

  it('lets the physician cancel an active order with a reason, once', async () => {
    const physician = await t.login('heys');
    const made = await physician.post('/api/infusion/orders', order('张德明', ['0.9%氯化钠注射液']));
    const cancelled = await physician.post(`/api/infusion/orders/${made.body.id}/cancel`, { reason: '患者住院' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ state: 'cancelled', cancelReason: '患者住院', abilities: { cancel: false } });
    const again = await physician.post(`/api/infusion/orders/${made.body.id}/cancel`, { reason: '患者住院' });
    expect(again.body.code).toBe('infusion.order_not_active');
  });
});
