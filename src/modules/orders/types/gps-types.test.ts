import { describe, expect, it } from 'vitest';
import type { Access } from '../../../platform/authz/access.js';
import { decideOrder } from '../order.machine.js';
import { orderAbilities } from '../order.policy.js';
import type { Order } from '../order.types.js';
import { ORDER_TYPES } from '../order-types.js';

const repair = ORDER_TYPES.gps_repair;
const install = ORDER_TYPES.gps_install;
const ticked = { checkOrder: true, checkTools: true, checkParts: true, checkDocuments: true };
const order = (extra: Partial<Order>): Order =>
  ({
    id: 'o',
    type: 'gps_repair',
    state: 'assigned',
    details: { plate: '粤B12345', productModel: 'GT06', fault: '不定位' },
    customerPhone: '13900000000',
    address: '深圳市宝安区福永物流园',
    appointmentStart: null,
    staffCount: null,
    approvedAt: '2026-12-01T01:00:00.000Z',
    totalFen: 0,
    billing: 'per_order',
    ...extra,
  }) as Order;
const refusal = (d: ReturnType<typeof decideOrder>) => ('refusal' in d ? d.refusal : null);

describe('GPS repairs and installations (篇四)', () => {
  it('charge parts only out of warranty, nothing under warranty, and installations nothing at all (A4.2)', () => {
    const parts = [{ amountFen: 4500 }, { amountFen: 1200 }];
    expect(repair.pricing([], parts, {})).toMatchObject({ serviceFeeFen: 0, materialFeeFen: 5700, totalFen: 5700 });
    expect(repair.pricing([], parts, { warranty: true })).toMatchObject({ materialFeeFen: 0, totalFen: 0 });
    expect(install.pricing([], parts, {})).toMatchObject({ materialFeeFen: 0, totalFen: 0 });
  });
  it('refuses a labour charge written as a material', () => {
    const materials = [{ name: 'GT06终端主板' }, { name: '上门人工费' }];
    expect(refusal(decideOrder(order({ state: 'in_progress' }), 'record_materials', { type: repair, materials }))).toEqual({
      kind: 'unprocessable',
      code: 'order.labour_not_charged',
      field: 'materials.1.name',
    });
    expect(decideOrder(order({ state: 'in_progress' }), 'record_materials', { type: repair, materials: [{ name: 'SIM卡托' }] })).toEqual({
      next: 'in_progress',
    });
  });
  it('lets nobody leave, start or finish before the checklist is ticked (A4.4.4)', () => {
    for (const command of ['depart', 'start'] as const)
      expect(refusal(decideOrder(order({ details: { checkOrder: true, checkTools: true } }), command, { type: repair }))).toMatchObject({
        code: 'order.checklist_incomplete',
        field: 'details.checkParts',
      });
    expect(decideOrder(order({ details: ticked }), 'depart', { type: repair })).toEqual({ next: 'assigned' });
    expect(
      refusal(decideOrder(order({ state: 'in_progress', details: { workDone: '装于仪表台下' } }), 'finish', { type: install })),
    ).toMatchObject({
      code: 'order.checklist_incomplete',
    });
  });
  it('needs both numbers of a swapped terminal or SIM before finishing, and a cause (A4.4.5–7)', () => {
    const at = (d: Record<string, string | boolean>) =>
      refusal(decideOrder(order({ state: 'in_progress', details: { ...ticked, cause: '主机进水', ...d } }), 'finish', { type: repair }));
    expect(at({ terminalSwapped: true, oldTerminal: 'T100001' })).toMatchObject({
      code: 'order.swap_numbers_required',
      field: 'details.newTerminal',
    });
    expect(at({ simSwapped: true, newSim: '8986001' })).toMatchObject({ field: 'details.oldSim' });
    expect(at({ terminalSwapped: true, oldTerminal: 'T100001', newTerminal: 'T100001' })).toMatchObject({ code: 'order.swap_same_number' });
    expect(at({ terminalSwapped: true, oldTerminal: 'T100001', newTerminal: 'T100009' })).toBeNull();
    expect(refusal(decideOrder(order({ state: 'in_progress', details: ticked }), 'finish', { type: repair }))).toMatchObject({
      code: 'order.field_required',
      fields: ['details.cause'],
    });
  });
  it('dispatches only after approval; in an emergency another department’s or an outside person, with the reason (A4.3, A4.7)', () => {
    const staff = [{ userId: 'u', inOffice: false }];
    expect(refusal(decideOrder(order({ state: 'confirmed', approvedAt: null }), 'assign', { type: repair, staff }))).toMatchObject({
      code: 'order.approval_required',
    });
    const confirmed = (details: Record<string, string>) => order({ state: 'confirmed', details });
    expect(refusal(decideOrder(confirmed({}), 'assign', { type: repair, staff }))).toMatchObject({ code: 'order.staff_outside_office' });
    expect(decideOrder(confirmed({ emergencyReason: '维修人员均在外地' }), 'assign', { type: repair, staff })).toEqual({
      next: 'assigned',
    });
    expect(
      refusal(decideOrder(confirmed({ outsideHelper: '李工 迅捷电子 13700000000' }), 'assign', { type: repair, staff: [] })),
    ).toMatchObject({
      code: 'order.emergency_reason_required',
      field: 'details.emergencyReason',
    });
    expect(
      decideOrder(confirmed({ outsideHelper: '李工 迅捷电子', emergencyReason: '无人在岗' }), 'assign', { type: repair, staff: [] }),
    ).toEqual({ next: 'assigned' });
    // a housekeeping order never sends anyone from outside its office, whatever the details say
    expect(
      refusal(
        decideOrder(confirmed({ emergencyReason: 'x' }), 'assign', {
          type: ORDER_TYPES.housekeeping,
          staff: [{ userId: 'u', inOffice: false }],
        }),
      ),
    ).toMatchObject({ code: 'order.staff_outside_office' });
  });
  it('closes a free order once the customer signed; a charged one only once paid', () => {
    expect(decideOrder(order({ state: 'accepted', totalFen: 0 }), 'close', { type: repair })).toEqual({ next: 'closed' });
    expect(refusal(decideOrder(order({ state: 'accepted', totalFen: 5700 }), 'close', { type: repair }))).toMatchObject({
      code: 'order.unpaid',
    });
    expect(refusal(decideOrder(order({ state: 'accepted', totalFen: 0 }), 'pay', { type: repair, amountFen: 0 }))).toMatchObject({
      code: 'order.nothing_to_pay',
    });
    const access: Access = {
      grants: [{ orgId: 'gps', orgPath: '/gps/', roleCode: 'gps_manager', permissions: ['orders.pay'] }],
      tokenPermissions: null,
    };
    const facts = { access, isAssignee: false, wasAssignee: false };
    expect(orderAbilities(facts, order({ state: 'accepted', totalFen: 0 }), '/gps/')).toMatchObject({ close: true, pay: false });
    expect(orderAbilities(facts, order({ state: 'accepted', totalFen: 5700 }), '/gps/')).toMatchObject({ close: false, pay: true });
  });
});
