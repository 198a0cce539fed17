import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEnv, type TestEnv } from '../support/harness.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
}, 120_000);
afterAll(() => t.close());

/** The menu's flags a demo user gets from GET /api/auth/me, those that are on. */
const opens = async (username: string) => {
  const me = (await (await t.login(username)).get('/api/auth/me')).body as { abilities: Record<string, boolean> };
  return Object.entries(me.abilities)
    .filter(([, on]) => on)
    .map(([k]) => k);
};

// the pages of an office's estates: the register, property fees, parking, owners' agreements
const ESTATE_WORK = [
  'estates',
  'feeStandards',
  'bills',
  'runBills',
  'feeDesk',
  'bankCollection',
  'arrears',
  'parkingRegister',
  'parkingStandards',
  'issueParkingPasses',
  'parkingStays',
  'agreements',
];

describe('the menu offers a module’s pages where the user’s unit runs it', () => {
  it('gives an office’s cashier the fee desk, bills, parking and agreements, and the company’s finance too', async () => {
    expect(await opens('chenjing')).toEqual(expect.arrayContaining([...ESTATE_WORK, 'priceLists', 'receipts']));
    expect(await opens('zhengkj')).toEqual(expect.arrayContaining(['estates', 'bills', 'bankCollection', 'arrears', 'receipts']));
  });

  it('gives the GPS department’s cashier none of them, nor price lists it does not post, but her receipts and orders', async () => {
    const songcn = await opens('songcn');
    expect(songcn.filter((a) => [...ESTATE_WORK, 'priceLists'].includes(a))).toEqual([]);
    expect(songcn).toEqual(expect.arrayContaining(['receipts', 'issueReceipts', 'requestBooks', 'orders', 'collect']));
    expect(await opens('qianwei')).not.toContain('priceLists');
  });

  it('gives the health centre’s cashier and custodian none of them; the cashier keeps the centre’s posted infusion fees', async () => {
    const wusf = await opens('wusf');
    expect(wusf.filter((a) => ESTATE_WORK.includes(a))).toEqual([]);
    expect(wusf).toEqual(expect.arrayContaining(['priceLists', 'receipts', 'issueReceipts', 'collect']));
    const cuikj = await opens('cuikj');
    expect(cuikj.filter((a) => ESTATE_WORK.includes(a))).toEqual([]);
    expect(cuikj).toEqual(expect.arrayContaining(['receipts', 'registerBooks']));
  });

  it('counts a role held in a department of an office (a guard of its security department) as the office’s', async () => {
    const admin = await t.login('admin');
    const roles = (await admin.get('/api/roles')).body as { id: string; code: string }[];
    const sec = await t.org('office-a-sec');
    const made = await admin.post('/api/users', {
      username: 'menu_guard',
      displayName: '门岗新人',
      orgId: sec,
      password: 'menu-guard-2026',
    });
    expect(made.status).toBe(201);
    const guard = roles.find((r) => r.code === 'security_guard')!;
    expect((await admin.post(`/api/users/${made.body.id}/grants`, { roleId: guard.id, orgId: sec })).status).toBe(201);
    const me = (await (await t.login('menu_guard', 'menu-guard-2026')).get('/api/auth/me')).body as { abilities: Record<string, boolean> };
    expect(me.abilities).toMatchObject({ parkingGate: true, parkingStays: true, parkingCollect: true });
  });
});
