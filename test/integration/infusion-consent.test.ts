import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEnv, type TestEnv } from '../support/harness.js';
import { plainPng, SIGNATURE_PNG } from '../support/orders.js';

let t: TestEnv;
const patient: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestEnv();
  const rows = await t.runtime.deps.db.selectFrom('infusion_patients').select(['id', 'name']).execute();
  for (const r of rows) patient[r.name] = r.id;
});
afterAll(() => t.close());

describe('the signed consent to home infusion (A5.4)', () => {
  it('shows the demo’s consent of 张德明, signed by his son, with who took it and the signature', async () => {
    const nurse = await t.login('xuhs');
    const res = await nurse.get(`/api/infusion/patients/${patient['张德明']}/consents`);
    expect(res.status).toBe(200);
    expect(res.body.current).toMatchObject({ signerName: '张伟', signerRelation: '儿子', recordedByName: '许护士', valid: true });
    expect(res.body.abilities).toEqual({ take: false, withdraw: true });
    const image = await nurse.get(res.body.current.signatureUrl);
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
  });

  it('refuses a consent without a signature or with a blank pad, and takes none', async () => {
    const nurse = await t.login('zhouhs');
    const url = `/api/infusion/patients/${patient['刘桂芳']}/consents`;
    const missing = await nurse.post(url, { signerName: '刘强', signerRelation: '儿子' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].field).toBe('signature');
    const empty = await nurse.post(url, { signerName: '刘强', signerRelation: '儿子', signature: '' });
    expect(empty.status).toBe(422);
    expect(empty.body.errors[0]).toMatchObject({ field: 'signature', code: 'infusion.signature_required' });
    const blank = await nurse.post(url, { signerName: '刘强', signerRelation: '儿子', signature: plainPng(300, 120) });
    expect(blank.status).toBe(422);
    expect(blank.body.errors[0]).toMatchObject({ field: 'signature', code: 'signature.blank' });
    expect((await nurse.get(url)).body.items).toEqual([]);
  });

  it('takes, lists, prints in both languages (X3) and withdraws (with a reason) a family member’s consent', async () => {
    const nurse = await t.login('zhouhs');
    const url = `/api/infusion/patients/${patient['刘桂芳']}/consents`;
    const taken = await nurse.post(url, { signerName: '刘强', signerRelation: '儿子', signature: SIGNATURE_PNG });
    expect(taken.status).toBe(201);
    expect(taken.body).toMatchObject({ signerName: '刘强', signerRelation: '儿子', recordedByName: '周护士', valid: true });
    const again = await nurse.post(url, { signerName: '刘桂芳', signerRelation: 'self', signature: SIGNATURE_PNG });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('infusion.consent_in_force');
    const list = (await nurse.get(url)).body;
    expect(list.items).toHaveLength(1);
    expect(list.current.id).toBe(taken.body.id);

    const zh = await nurse.get(`/api/infusion/consents/${taken.body.id}/print`);
    expect(zh.status).toBe(200);
    expect(zh.headers['content-type']).toContain('text/html');
    expect(zh.body).toContain('家庭输液治疗知情同意书');
    expect(zh.body).toContain('刘桂芳');
    expect(zh.body).toContain('刘强');
    expect(zh.body).toContain('120');
    expect(zh.body).toMatch(/<img class="sig"[^>]*src="data:image\/png;base64,/);
    const en = await nurse.get(`/api/infusion/consents/${taken.body.id}/print?lang=en`);
    expect(en.body).toContain('Informed Consent to Home Infusion Therapy');
    expect(en.body).toContain('<html lang="en">');

    const noReason = await nurse.post(`/api/infusion/consents/${taken.body.id}/withdraw`, {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors[0].field).toBe('reason');
    const blankReason = await nurse.post(`/api/infusion/consents/${taken.body.id}/withdraw`, { reason: '  ' });
    expect(blankReason.status).toBe(400);
    const withdrawn = await nurse.post(`/api/infusion/consents/${taken.body.id}/withdraw`, { reason: '家属决定到中心输液' });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ valid: false, withdrawnByName: '周护士', withdrawnReason: '家属决定到中心输液' });
    const twice = await nurse.post(`/api/infusion/consents/${taken.body.id}/withdraw`, { reason: '再次' });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('infusion.consent_withdrawn');
    const after = (await nurse.get(url)).body;
    expect(after.current).toBeNull();
    expect(after.abilities).toEqual({ take: true, withdraw: false });
    expect((await nurse.get(`/api/infusion/consents/${taken.body.id}/print`)).body).toContain('家属决定到中心输液');

    const history = await nurse.get(`/api/history/infusion_consent/${taken.body.id}`);
    expect(history.status).toBe(200);
    expect(JSON.stringify(history.body)).toContain('infusion_consent.withdraw');
  });

  it('keeps consents to the patient’s centre or station: the station nurse cannot see the centre’s patients', async () => {
    const station = await t.login('xuhs');
    expect((await station.get(`/api/infusion/patients/${patient['刘桂芳']}/consents`)).status).toBe(404);
    const ours = (await station.get(`/api/infusion/patients/${patient['王秀兰']}/consents`)).body.current;
    // the centre sees its station's patients
    const centre = await t.login('zhouhs');
    expect((await centre.get(`/api/infusion/consents/${ours.id}/print`)).status).toBe(200);
    // a pharmacist reads it but may not take or withdraw one
    const pharmacist = await t.login('hanyj');
    const seen = await pharmacist.get(`/api/infusion/patients/${patient['王秀兰']}/consents`);
    expect(seen.body.abilities).toEqual({ take: false, withdraw: false });
    expect((await pharmacist.post(`/api/infusion/consents/${ours.id}/withdraw`, { reason: '试试' })).status).toBe(403);
    expect(
      (
        await pharmacist.post(`/api/infusion/patients/${patient['赵建华']}/consents`, {
          signerName: '赵建华',
          signerRelation: 'self',
          signature: SIGNATURE_PNG,
        })
      ).status,
    ).toBe(403);
    // someone of the property side sees none of it
    const outsider = await t.login('liuyang');
    expect((await outsider.get(`/api/infusion/consents/${ours.id}/signature`)).status).toBe(403);
  });
});
