import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerEntriesByPerson } from '../../src/modules/ledgers/ledgers.figures.js';
import { actAs } from '../../src/seed/act-as.js';
import { systemContext } from '../support/agreements.js';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';

let t: TestEnv;
let linzz: Agent;
let gaozb: Agent;
let husg: Agent;
let mazr: Agent;
let station: string;
const ids: Record<string, string> = {};
const kinds: Record<string, { id: string; version: number }> = {};
const DAY = 86_400_000;

/** The business date (Asia/Shanghai) `days` from now on the test clock. */
const day = (days = 0) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date(t.clock.now().getTime() + days * DAY));

type Entry = { id: string; version: number; values: Record<string, unknown>; display: Record<string, string>; voidedAt: string | null };

const mediation = (extra: Record<string, unknown> = {}) => ({
  parties: '测试园 1 栋 101 甲某、201 乙某',
  partiesPhone: '13800000001',
  disputeType: '物业纠纷',
  dispute: '停车位被占引发争执',
  mediation: '当面协商，物业协助划定车位',
  outcome: '调解成功',
  mediator: ids.gaozb,
  ...extra,
});

async function write(agent: Agent, kind: string, values: Record<string, unknown>, occurredOn = day(-1)): Promise<Entry> {
  const res = await agent.post('/api/ledgers/entries', { kindId: kinds[kind]?.id, orgId: station, occurredOn, values });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

async function exportRows(agent: Agent, query: string): Promise<unknown[][]> {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/ledgers/entries/export.xlsx?${query}`,
    headers: { cookie: `gj_session=${agent.cookie}` },
  });
  expect(res.statusCode, res.body).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  book.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

beforeAll(async () => {
  t = await startTestEnv();
  linzz = await t.login('linzz');
  gaozb = await t.login('gaozb');
  husg = await t.login('husg');
  mazr = await t.login('mazr');
  station = await t.org('sw-s1');
  for (const u of ['linzz', 'gaozb', 'husg']) ids[u] = await t.userId(u);
  const overview = await linzz.get('/api/ledgers/kinds');
  expect(overview.status).toBe(200);
  for (const k of overview.body.kinds) kinds[k.code] = k;
});
afterAll(() => t.close());

describe('ledgers (A1.4)', () => {
  it('gives the station the six regulation ledgers and its own, with the demo entries', async () => {
    const res = await gaozb.get('/api/ledgers/kinds');
    expect(res.body.places).toEqual([expect.objectContaining({ id: station, mayWrite: true, mayDefine: false })]);
    const codes = res.body.kinds.map((k: { code: string }) => k.code);
    expect(codes).toEqual(['mediation', 'patrol', 'reception', 'assistance', 'legal_education', 'work_log', 'elderly_visit']);
    for (const code of codes.slice(0, 6)) {
      const list = await gaozb.get(`/api/ledgers/entries?kindId=${kinds[code]?.id}`);
      expect({ code, some: list.body.total > 0 }).toEqual({ code, some: true });
    }
    // the centre's head reads the station's ledgers; the health centre's head has no station there
    expect((await mazr.get('/api/ledgers/kinds')).body.places.map((p: { id: string }) => p.id)).toEqual([station]);
    // the health centre's head keeps no ledgers of a workstation, nor does an office head
    expect((await (await t.login('luzr')).get('/api/ledgers/kinds')).status).toBe(403);
    expect((await (await t.login('wangfang')).get('/api/ledgers/kinds')).status).toBe(403);
  });

  it('writes an entry signed with its writer and time, the person by name', async () => {
    const e = await write(gaozb, 'mediation', mediation());
    const got = (await linzz.get(`/api/ledgers/entries/${e.id}`)).body;
    expect(got).toMatchObject({ writtenByName: '高值班', kindCode: 'mediation', kindVersion: 1, orgId: station, voidedAt: null });
    expect(Math.abs(Date.parse(got.writtenAt) - t.clock.now().getTime())).toBeLessThan(60_000);
    expect(got.display.mediator).toBe('高值班');
    expect(got.values.agreement).toBeNull();
    // the organisation head reads it but writes nothing
    expect((await mazr.get(`/api/ledgers/entries/${e.id}`)).status).toBe(200);
    const refused = await mazr.post('/api/ledgers/entries', {
      kindId: kinds.mediation?.id,
      orgId: station,
      occurredOn: day(),
      values: mediation(),
    });
    expect(refused.status).toBe(403);
  });

  it('refuses an entry field by field with stable codes, and writes nothing', async () => {
    const before = (await linzz.get(`/api/ledgers/entries?kindId=${kinds.mediation?.id}`)).body.total;
    const res = await gaozb.post('/api/ledgers/entries', {
      kindId: kinds.mediation?.id,
      orgId: station,
      occurredOn: day(1),
      values: mediation({ parties: '', outcome: '打了一架', mediator: await t.userId('mazr'), partiesPhone: 'abc', weather: '晴' }),
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string; code: string }) => `${e.field} ${e.code}`).sort()).toEqual([
      'occurredOn ledger_entry.occurred_in_future',
      'values.mediator ledger_entry.value_not_person',
      'values.outcome ledger_entry.value_not_option',
      'values.parties ledger_entry.value_required',
      'values.partiesPhone ledger_entry.value_not_phone',
      'values.weather ledger_entry.value_unknown',
    ]);
    // the ledger's required fields (A1.4: each ledger with its own fields), on the compliance page as enforced
    expect(res.body.errors.find((e: { field: string }) => e.field === 'values.parties')?.code).toBe('ledger_entry.value_required');
    expect((await linzz.get(`/api/ledgers/entries?kindId=${kinds.mediation?.id}`)).body.total).toBe(before);
  });

  it('searches by text in the searchable fields, by days and by writer', async () => {
    const unique = `栀子巷${Date.now()}`;
    const a = await write(
      husg,
      'patrol',
      {
        startAt: `${day(-3)}T20:00`,
        area: unique,
        patrollers: '胡社工',
        findings: '井盖松动',
        leader: ids.husg,
      },
      day(-3),
    );
    const b = await write(gaozb, 'patrol', { startAt: `${day(-1)}T20:00`, area: unique, patrollers: '高值班' }, day(-1));
    const q = (extra: string) => linzz.get(`/api/ledgers/entries?kindId=${kinds.patrol?.id}&q=${encodeURIComponent(unique)}${extra}`);
    expect((await q('')).body.items.map((e: Entry) => e.id)).toEqual([b.id, a.id]);
    expect((await q(`&from=${day(-2)}`)).body.items.map((e: Entry) => e.id)).toEqual([b.id]);
    expect((await q(`&to=${day(-2)}`)).body.items.map((e: Entry) => e.id)).toEqual([a.id]);
    expect((await q(`&writtenBy=${ids.husg}`)).body.items.map((e: Entry) => e.id)).toEqual([a.id]);
    // a person field is found by the person's name; a field that is not searchable is not
    const byName = await linzz.get(`/api/ledgers/entries?kindId=${kinds.patrol?.id}&q=${encodeURIComponent('胡社工')}`);
    expect(byName.body.items.map((e: Entry) => e.id)).toContain(a.id);
    const notSearchable = await linzz.get(`/api/ledgers/entries?kindId=${kinds.patrol?.id}&q=${encodeURIComponent(`${day(-3)}T20:00`)}`);
    expect(notSearchable.body.total).toBe(0);
    const reversed = await linzz.get(`/api/ledgers/entries?kindId=${kinds.patrol?.id}&from=${day()}&to=${day(-5)}`);
    expect(reversed.status).toBe(400);
    expect(reversed.body.errors[0]).toMatchObject({ field: 'to', code: 'ledger_entry.range_reversed' });
  });

  it('voids an entry with a reason: it stays in the list, struck, and leaves the export unless asked', async () => {
    const e = await write(gaozb, 'reception', {
      visitor: `重复来访${Date.now()}`,
      category: '咨询',
      matter: '咨询',
      handling: '已答复',
      receiver: ids.gaozb,
    });
    expect((await gaozb.post(`/api/ledgers/entries/${e.id}/void`, { reason: '重复', version: e.version })).status).toBe(403);
    const noReason = await linzz.post(`/api/ledgers/entries/${e.id}/void`, { reason: ' ', version: e.version });
    expect(noReason.status).toBe(400);
    const voided = await linzz.post(`/api/ledgers/entries/${e.id}/void`, { reason: '重复登记', version: e.version });
    expect(voided.status).toBe(200);
    expect(voided.body).toMatchObject({ voidReason: '重复登记', voidedByName: '林站长', abilities: { void: false } });
    expect((await linzz.post(`/api/ledgers/entries/${e.id}/void`, { reason: '再次', version: voided.body.version })).body.code).toBe(
      'ledger_entry.already_voided',
    );
    const list = await linzz.get(`/api/ledgers/entries?kindId=${kinds.reception?.id}`);
    expect(list.body.items.find((x: Entry) => x.id === e.id)?.voidedAt).toBeTruthy();
    const hidden = await linzz.get(`/api/ledgers/entries?kindId=${kinds.reception?.id}&includeVoided=false`);
    expect(hidden.body.items.some((x: Entry) => x.id === e.id)).toBe(false);

    const plain = await exportRows(linzz, `kindId=${kinds.reception?.id}`);
    expect(plain.flat()).not.toContain(e.values.visitor);
    const all = await exportRows(linzz, `kindId=${kinds.reception?.id}&includeVoided=true`);
    const row = all.find((r) => r.includes(e.values.visitor));
    expect(row).toContain('重复登记');
    expect(all[0]).toContain('作废原因');
  });

  it('exports a ledger with the kind’s fields as columns, in Chinese and in English', async () => {
    const e = await write(gaozb, 'mediation', mediation({ parties: `导出当事人${Date.now()}`, agreement: '各退一步' }));
    const list = await linzz.get(`/api/ledgers/entries?kindId=${kinds.mediation?.id}&includeVoided=false&pageSize=200`);
    const rows = await exportRows(linzz, `kindId=${kinds.mediation?.id}`);
    expect(rows[0]).toEqual([
      '日期',
      '工作站',
      '当事人',
      '当事人电话',
      '纠纷类型',
      '发生地点',
      '纠纷情况',
      '调处经过',
      '调处结果',
      '协议内容',
      '调解人',
      '回访情况',
      '记录人',
      '记录时间',
    ]);
    expect(rows.length - 1).toBe(list.body.total);
    const mine = rows.find((r) => r[2] === e.values.parties);
    expect(mine).toEqual(expect.arrayContaining(['物业纠纷', '各退一步', '高值班', '翠竹社会服务管理工作站']));
    const en = await exportRows(linzz, `kindId=${kinds.mediation?.id}&lang=en`);
    expect(en[0]?.slice(0, 5)).toEqual(['Date', 'Station', 'Parties', "Parties' phone", 'Kind of dispute']);
    expect(en.find((r) => r[2] === e.values.parties)).toContain('Property management');
  });

  it('lets the head define a station kind without code, and a new version keeps older entries readable', async () => {
    const fields = [
      { key: 'household', label: '住户', type: 'text', required: true, listed: true, searchable: true, options: [] },
      { key: 'checkedOn', label: '检查日期', type: 'date', required: false, listed: true, searchable: false, options: [] },
      { key: 'result', label: '结果', type: 'select', required: true, listed: true, searchable: true, options: ['合格', '不合格'] },
    ];
    const body = { orgId: station, code: 'fire_check', name: '消防安全检查台帐', fields };
    expect((await gaozb.post('/api/ledgers/kinds', body)).status).toBe(403);
    const bad = await linzz.post('/api/ledgers/kinds', { ...body, fields: [...fields, { ...fields[0], options: [] }] });
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'fields.3.key', code: 'ledger_kind.field_key_repeated' })]);
    expect((await linzz.post('/api/ledgers/kinds', { ...body, code: 'mediation' })).body.code).toBe('ledger_kind.code_taken');
    const kind = await linzz.post('/api/ledgers/kinds', body);
    expect(kind.status, JSON.stringify(kind.body)).toBe(200);
    kinds.fire_check = kind.body;
    expect((await husg.get('/api/ledgers/kinds')).body.kinds.map((k: { code: string }) => k.code)).toContain('fire_check');

    const old = await write(husg, 'fire_check', { household: '翠竹园 9 栋 101', checkedOn: day(-1), result: '不合格' });
    const refused = await husg.post('/api/ledgers/entries', {
      kindId: kind.body.id,
      orgId: station,
      occurredOn: day(),
      values: { household: '' },
    });
    expect(refused.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['values.household', 'values.result']);

    // version 2: the date field goes, a phone comes; the old entry keeps its fields
    const v2 = await linzz.put(`/api/ledgers/kinds/${kind.body.id}`, {
      name: '消防安全检查台帐',
      version: kind.body.version,
      fields: [
        fields[0],
        fields[2],
        { key: 'phone', label: '联系电话', type: 'phone', required: true, listed: true, searchable: false, options: [] },
      ],
    });
    expect(v2.status, JSON.stringify(v2.body)).toBe(200);
    expect(v2.body.version).toBe(2);
    expect(v2.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(v2.body.columns.map((c: { key: string }) => c.key)).toEqual(['household', 'result', 'phone', 'checkedOn']);
    const stale = await linzz.put(`/api/ledgers/kinds/${kind.body.id}`, { name: 'x', version: 1, fields });
    expect(stale.status).toBe(409);

    const missingPhone = await husg.post('/api/ledgers/entries', {
      kindId: kind.body.id,
      orgId: station,
      occurredOn: day(),
      values: { household: '9 栋 102', result: '合格', checkedOn: day() },
    });
    expect(missingPhone.body.errors.map((e: { field: string; code: string }) => `${e.field} ${e.code}`).sort()).toEqual([
      'values.checkedOn ledger_entry.value_unknown',
      'values.phone ledger_entry.value_required',
    ]);
    const fresh = await write(husg, 'fire_check', { household: '9 栋 102', result: '合格', phone: '13600000000' });
    const oldAgain = (await linzz.get(`/api/ledgers/entries/${old.id}`)).body;
    expect(oldAgain.kindVersion).toBe(1);
    expect(oldAgain.fields.map((f: { key: string }) => f.key)).toEqual(['household', 'checkedOn', 'result']);
    expect(oldAgain.display.checkedOn).toBe(day(-1));
    const rows = await exportRows(linzz, `kindId=${kind.body.id}`);
    expect(rows[0]).toEqual(['日期', '工作站', '住户', '结果', '联系电话', '检查日期', '记录人', '记录时间']);
    expect(rows.find((r) => r[2] === '翠竹园 9 栋 101')?.[5]).toBe(day(-1));
    expect(rows.find((r) => r[2] === '9 栋 102')?.[4]).toBe('13600000000');
    expect(fresh.values).toEqual({ household: '9 栋 102', result: '合格', phone: '13600000000' });
  });

  it('keeps one station’s own kind from another’s people and nodes', async () => {
    const own = kinds.elderly_visit?.id;
    expect((await mazr.get(`/api/ledgers/kinds/${own}`)).status).toBe(200);
    expect((await (await t.login('wangfang')).get(`/api/ledgers/kinds/${own}`)).status).toBe(403);
    const demoOld = (await linzz.get(`/api/ledgers/entries?kindId=${own}`)).body.items as (Entry & {
      kindVersion: number;
      fields: { key: string }[];
    })[];
    expect(demoOld.some((e) => e.kindVersion === 1 && !e.fields.some((f) => f.key === 'needs'))).toBe(true);
    expect(demoOld.some((e) => e.kindVersion === 2 && e.display.needs)).toBe(true);
  });

  it('counts each person’s entries by kind for the year-end assessment, voided ones left out', async () => {
    const ctx = await actAs(await systemContext(t), 'linzz');
    const from = day(-40);
    const to = day();
    const before = await ledgerEntriesByPerson(ctx, { userIds: [ids.husg ?? '', 'nobody'], from, to });
    const e = await write(husg, 'work_log', { work: '整理台帐' }, day());
    const after = await ledgerEntriesByPerson(ctx, { userIds: [ids.husg ?? ''], from, to });
    const h0 = before.get(ids.husg ?? '');
    const h1 = after.get(ids.husg ?? '');
    expect(h1?.entries).toBe((h0?.entries ?? 0) + 1);
    expect(h1?.byKind.work_log).toBe((h0?.byKind.work_log ?? 0) + 1);
    expect(before.get('nobody')).toEqual({ entries: 0, byKind: {} });
    await linzz.post(`/api/ledgers/entries/${e.id}/void`, { reason: '测试', version: e.version });
    expect((await ledgerEntriesByPerson(ctx, { userIds: [ids.husg ?? ''], from, to })).get(ids.husg ?? '')?.entries).toBe(h0?.entries);
    // the same count reaches the year-end assessment through the manifest; a person with none is left out
    const viaManifest = await ctx.modules.modules
      .find((m) => m.name === 'ledgers')
      ?.personFigures?.(ctx, { userIds: [ids.husg ?? '', 'nobody'], from, to });
    expect(viaManifest?.get(ids.husg ?? '')).toEqual([{ key: 'ledgers.entries', unit: 'count', value: h0?.entries, better: 'higher' }]);
    expect(viaManifest?.has('nobody')).toBe(false);
  });

  it('keeps every write in the history', async () => {
    const e = await write(gaozb, 'work_log', { work: '历史测试' });
    await linzz.post(`/api/ledgers/entries/${e.id}/void`, { reason: '历史作废', version: e.version });
    const h = await linzz.get(`/api/history/ledger_entry/${e.id}`);
    expect(h.status, JSON.stringify(h.body)).toBe(200);
    expect(JSON.stringify(h.body)).toContain('ledger_entry.void');
  });
});
