import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftTwiceWeekly, signBody } from '../support/agreements.js';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';
import { itemId } from '../support/orders.js';

/**
 * Issue 14 item 1: order intake and agreements pick the unit and its owner from the estate register, and keep a
 * free-text address for places outside it.
 */
let t: TestEnv;
let desk: Agent; // 周敏, customer service supervisor of office A
let headA: Agent;
let headB: Agent;
let admin: Agent;
type Found = { id: string; address: string; room: string; ownerName: string | null; ownerPhone: string | null };

beforeAll(async () => {
  t = await startTestEnv();
  t.clock.set(new Date('2026-12-01T00:00:00Z'));
  desk = await t.login('zhoumin');
  headA = await t.login('wangfang');
  headB = await t.login('zhaolei');
  admin = await t.login('admin');
});
afterAll(() => t.close());

async function search(agent: Agent, q: string): Promise<Found[]> {
  const res = await agent.get(`/api/estate-units/search?q=${encodeURIComponent(q)}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

/** A unit of 翠竹园 (office A) with an owner on the register, found as the desk would: by room number. */
async function unitOfA(room: string): Promise<Found> {
  const found = (await search(desk, room)).find((u) => u.address.startsWith('翠竹园') && u.ownerName);
  if (!found) throw new Error(`no owned unit ${room} at 翠竹园`);
  return found;
}

async function intake(agent: Agent, office: string, extra: Record<string, unknown>) {
  return agent.post('/api/orders', {
    type: 'housekeeping',
    officeId: await t.org(office),
    channel: 'phone',
    customerName: '李先生',
    lines: [{ itemId: await itemId(agent, 'indoor-cleaning'), quantity: 2 }],
    ...extra,
  });
}

const orderCount = async () => (await desk.get('/api/orders?pageSize=1')).body.total as number;

describe('order intake names a unit of the register', () => {
  it('finds the unit by owner or room, stores its id and takes its address when none is typed', async () => {
    const unit = await unitOfA('0802');
    expect(unit.address).toMatch(/^翠竹园\d栋1单元0802$/);
    // the owner's name finds the same unit
    expect((await search(desk, unit.ownerName!)).map((u) => u.id)).toContain(unit.id);

    const res = await intake(desk, 'office-a', { unitId: unit.id, customerName: unit.ownerName, customerPhone: unit.ownerPhone });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ unitId: unit.id, address: unit.address, customerPhone: unit.ownerPhone });
    expect((await desk.get(`/api/orders/${res.body.id}`)).body.unitId).toBe(unit.id);
    // the history keeps which unit intake picked
    const history = (await desk.get(`/api/history/order/${res.body.id}`)).body as { action: string; after: { unitId: string } }[];
    expect(history.find((e) => e.action === 'order.create')?.after.unitId).toBe(unit.id);

    // an address typed beside the unit is kept as typed (a note on the place the unit alone does not say)
    const typed = await intake(desk, 'office-a', { unitId: unit.id, address: `${unit.address} 后门` });
    expect(typed.body).toMatchObject({ unitId: unit.id, address: `${unit.address} 后门` });
  });

  it('offers the tenant of a unit without an owner on the register', async () => {
    const units = (await desk.get('/api/estate-units?pageSize=100')).body.items as { id: string; ownerName: string | null }[];
    const ownerless = units.find((u) => !u.ownerName)!;
    const renter = { unitId: ownerless.id, role: 'renter', name: '郑租客', phone: '13700001234', moveInDate: '2026-03-01' };
    expect((await headA.post('/api/estate-residents', renter)).status).toBe(201);
    const hit = (await search(desk, '13700001234')).find((u) => u.id === ownerless.id);
    expect(hit).toMatchObject({ ownerName: null, ownerPhone: null, renterName: '郑租客', renterPhone: '13700001234' });
    // a unit with an owner gives the owner only
    const owned = await unitOfA('0802');
    expect((await search(desk, owned.ownerPhone!)).find((u) => u.id === owned.id)).toMatchObject({ renterName: null });
    // the unit's own page names it as an address too (the picker shows a unit already on a record by it)
    expect((await desk.get(`/api/estate-units/${ownerless.id}`)).body.address).toBe(hit!.address);
  });

  it('still takes a free-text address for a place outside the register', async () => {
    const res = await intake(desk, 'office-a', { address: '翠竹路商铺12号' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ unitId: null, address: '翠竹路商铺12号' });
  });

  it('refuses a unit the caller cannot read (404) and one of another office’s estate (422), storing nothing', async () => {
    const before = await orderCount();
    const ofB = (await search(headB, '0101'))[0]!;
    expect(ofB.address).toMatch(/^金色家园/);
    // office A's desk cannot see 金色家园: the same 404 as for a unit that does not exist, on the field
    const hidden = await intake(desk, 'office-a', { unitId: ofB.id });
    expect(hidden.status).toBe(404);
    expect(hidden.body.errors).toEqual([expect.objectContaining({ field: 'unitId', code: 'unit.not_found' })]);
    const none = await intake(desk, 'office-a', { unitId: '0190a000-0000-7000-8000-000000000000' });
    expect([none.status, none.body.code]).toEqual([404, 'unit.not_found']);
    // the administrator sees both estates, but an order of office A may not name a unit of office B's
    const other = await intake(admin, 'office-a', { unitId: ofB.id });
    expect(other.status).toBe(422);
    expect(other.body.errors).toEqual([expect.objectContaining({ field: 'unitId', code: 'order.unit_other_office' })]);
    expect(await orderCount()).toBe(before);
    // while an order of office B may
    expect((await intake(admin, 'office-b', { unitId: ofB.id })).body).toMatchObject({ unitId: ofB.id, address: ofB.address });
  });

  it('refuses a unit the register no longer uses', async () => {
    const unit = await unitOfA('0301');
    const full = (await headA.get(`/api/estate-units/${unit.id}`)).body;
    const { buildingId, entrance, floor, room, areaMilli, use, occupancy, version } = full;
    const off = await headA.put(`/api/estate-units/${unit.id}`, {
      buildingId,
      entrance,
      floor,
      room,
      areaMilli,
      use,
      occupancy,
      active: false,
      version,
    });
    expect(off.status, JSON.stringify(off.body)).toBe(200);
    const res = await intake(desk, 'office-a', { unitId: unit.id });
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'unitId', code: 'order.unit_inactive' })]);
  });

  it('picks or clears the unit when the owner confirms', async () => {
    const unit = await unitOfA('0502');
    let o = (await intake(desk, 'office-a', { address: '翠竹园 五栋 两百多平那套' })).body;
    o = (await desk.post(`/api/orders/${o.id}/quote`, { version: o.version })).body;
    const confirm = { priceAccepted: true, customerPhone: '13912345678', staffCount: 1, appointmentStart: '2026-12-02T01:00:00.000Z' };
    const picked = await desk.post(`/api/orders/${o.id}/confirm`, { version: o.version, ...confirm, unitId: unit.id });
    expect(picked.status, JSON.stringify(picked.body)).toBe(200);
    // the address typed at intake stays: only an empty one is filled from the unit
    expect(picked.body).toMatchObject({ state: 'confirmed', unitId: unit.id, address: '翠竹园 五栋 两百多平那套' });

    const empty = (await intake(desk, 'office-a', {})).body;
    const quoted = (await desk.post(`/api/orders/${empty.id}/quote`, { version: empty.version })).body;
    // no address at all: confirm needs one, and a unit gives it
    const refused = await desk.post(`/api/orders/${empty.id}/confirm`, { version: quoted.version, ...confirm });
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toContain('address');
    const filled = await desk.post(`/api/orders/${empty.id}/confirm`, { version: quoted.version, ...confirm, unitId: unit.id });
    expect(filled.body).toMatchObject({ unitId: unit.id, address: unit.address });

    const other = (await intake(desk, 'office-a', { unitId: unit.id })).body;
    const q2 = (await desk.post(`/api/orders/${other.id}/quote`, { version: other.version })).body;
    const cleared = await desk.post(`/api/orders/${other.id}/confirm`, { version: q2.version, ...confirm, unitId: null });
    expect(cleared.body).toMatchObject({ unitId: null, address: unit.address });
  });
});

describe('an agreement names a unit of the register', () => {
  it('takes the unit’s address, keeps the unit through edits, and gives it to its visits’ orders', async () => {
    const unit = await unitOfA('0702');
    const created = await draftTwiceWeekly(t, desk, { address: undefined, unitId: unit.id });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    let a = created.body;
    expect(a).toMatchObject({ unitId: unit.id, address: unit.address });

    // an edit that does not mention the unit keeps it
    const { id, number, state, officeName, version, ...rest } = a;
    const edit = (body: Record<string, unknown>) =>
      desk.put(`/api/agreements/${id}`, {
        version: a.version,
        ownerName: rest.ownerName,
        ownerPhone: rest.ownerPhone,
        address: rest.address,
        staffCount: rest.staffCount,
        items: [{ itemId: rest.items[0].itemId, quantity: 3 }],
        schedule: rest.schedule,
        startDate: rest.startDate,
        endDate: rest.endDate,
        paymentTerms: rest.paymentTerms,
        ...body,
      });
    a = (await edit({ notes: '钥匙在物业前台' })).body;
    expect(a).toMatchObject({ unitId: unit.id, notes: '钥匙在物业前台', version: version + 1 });

    a = (await desk.post(`/api/agreements/${id}/sign`, signBody(a.version))).body;
    a = (await desk.post(`/api/agreements/${id}/activate`, { version: a.version })).body;
    expect(a.state).toBe('active');
    const order = (await desk.get(`/api/orders/${a.visits[0].orderId}`)).body;
    expect(order).toMatchObject({ unitId: unit.id, address: unit.address, agreementId: id });
  });

  it('clears the unit on an edit, and refuses a hidden unit, another office’s, or no place at all', async () => {
    const unit = await unitOfA('0902');
    let a = (await draftTwiceWeekly(t, desk, { unitId: unit.id })).body;
    // the address typed stays beside the unit
    expect(a).toMatchObject({ unitId: unit.id, address: '翠竹园3栋1201' });
    const edited = await desk.put(`/api/agreements/${a.id}`, {
      version: a.version,
      ownerName: a.ownerName,
      ownerPhone: a.ownerPhone,
      address: '翠竹路商铺12号',
      unitId: null,
      staffCount: 1,
      items: [{ itemId: a.items[0].itemId, quantity: 3 }],
      schedule: a.schedule,
      startDate: a.startDate,
      endDate: a.endDate,
      paymentTerms: a.paymentTerms,
    });
    a = edited.body;
    expect(a).toMatchObject({ unitId: null, address: '翠竹路商铺12号' });

    const ofB = (await search(headB, '0102'))[0]!;
    const hidden = await draftTwiceWeekly(t, desk, { unitId: ofB.id });
    expect([hidden.status, hidden.body.code]).toEqual([404, 'unit.not_found']);
    const other = await draftTwiceWeekly(t, admin, { unitId: ofB.id });
    expect(other.status).toBe(422);
    expect(other.body.errors).toEqual([expect.objectContaining({ field: 'unitId', code: 'agreement.unit_other_office' })]);
    const nowhere = await draftTwiceWeekly(t, desk, { address: undefined });
    expect(nowhere.status).toBe(422);
    expect(nowhere.body.errors).toEqual([expect.objectContaining({ field: 'address', code: 'agreement.address_required' })]);
  });
});
