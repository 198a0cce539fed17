import { describe, expect, it } from 'vitest';
import { commandsFrom, reachable } from '../../platform/machine.js';
import { decideOrder, ORDER_MACHINE, TERMINAL_STATES } from './order.machine.js';
import { ORDER_STATES, type Order } from './order.types.js';
import { ORDER_TYPES, type OrderTypeDef } from './order-types.js';

const housekeeping = ORDER_TYPES.housekeeping;
const base: Order = {
  id: 'o',
  tenantId: 't',
  number: 'JZ-20261127-0001',
  type: 'housekeeping',
  officeId: 'a',
  state: 'requested',
  version: 1,
  channel: 'phone',
  customerName: '李先生',
  customerPhone: '13900000000',
  address: '翠竹园3栋1201',
  description: null,
  staffCount: 2,
  appointmentStart: '2026-11-28T01:00:00.000Z',
  appointmentEnd: null,
  priceListId: null,
  priceAcceptedAt: null,
  approvedAt: null,
  approvedBy: null,
  serviceFeeFen: 12000,
  materialFeeFen: 0,
  totalFen: 12000,
  requestedAt: '2026-11-27T01:00:00.000Z',
  quotedAt: null,
  confirmedAt: null,
  assignedAt: null,
  departedAt: null,
  arrivedAt: null,
  startedAt: null,
  completedAt: null,
  acceptedAt: null,
  paidAt: null,
  closedAt: null,
  cancelledAt: null,
  cancelReason: null,
  staffShortReason: null,
  details: {},
  agreementId: null,
  unitId: null,
  billing: 'per_order',
  round: 1,
  createdBy: null,
  createdAt: '',
  updatedAt: '',
};
const at = (state: Order['state'], extra: Partial<Order> = {}): Order => ({ ...base, state, ...extra });
const png = new Uint8Array([137, 80, 78, 71]);

describe('order machine', () => {
  it('reaches every state from a request', () => {
    expect([...reachable(ORDER_MACHINE, 'requested')].sort()).toEqual([...ORDER_STATES].sort());
  });
  it('has no way out of closed or cancelled orders', () => {
    for (const s of TERMINAL_STATES) expect(commandsFrom(ORDER_MACHINE, s)).toEqual([]);
  });
  it('can be cancelled before completion only', () => {
    expect(ORDER_MACHINE.cancel.from).not.toContain('completed');
    expect(decideOrder(at('accepted'), 'cancel', { type: housekeeping, reason: '业主取消' })).toEqual({
      refusal: { kind: 'conflict', code: 'order.invalid_transition' },
    });
    expect(decideOrder(at('assigned'), 'cancel', { type: housekeeping, reason: '业主取消' })).toEqual({ next: 'cancelled' });
  });
  it('goes back to work after the owner refuses, and is signed again', () => {
    expect(decideOrder(at('completed'), 'reject', { type: housekeeping, reason: '窗台未擦干净' })).toEqual({ next: 'rework' });
    expect(decideOrder(at('rework'), 'start', { type: housekeeping })).toEqual({ next: 'in_progress' });
    expect(
      decideOrder(at('rework', { staffCount: 1 }), 'assign', { type: housekeeping, staff: [{ userId: 'u', inOffice: true }] }),
    ).toEqual({
      next: 'assigned',
    });
  });
});

describe('order guards', () => {
  const refusal = (r: ReturnType<typeof decideOrder>) => ('refusal' in r ? r.refusal.code : null);
  it('refuses acceptance without a signature or a signer', () => {
    expect(refusal(decideOrder(at('completed'), 'accept', { type: housekeeping, signature: null }))).toBe('order.signature_required');
    expect(refusal(decideOrder(at('completed'), 'accept', { type: housekeeping, signature: { signerName: ' ', png } }))).toBe(
      'order.signer_required',
    );
    expect(decideOrder(at('completed'), 'accept', { type: housekeeping, signature: { signerName: '李先生', png } })).toEqual({
      next: 'accepted',
    });
  });
  it('takes exactly the order total as payment', () => {
    expect(refusal(decideOrder(at('accepted'), 'pay', { type: housekeeping, amountFen: 11999 }))).toBe('order.amount_mismatch');
    expect(decideOrder(at('accepted'), 'pay', { type: housekeeping, amountFen: 12000 })).toEqual({ next: 'paid' });
  });
  it('takes no payment for a visit charged on its agreement’s monthly statement', () => {
    expect(refusal(decideOrder(at('accepted', { billing: 'monthly' }), 'pay', { type: housekeeping, amountFen: 12000 }))).toBe(
      'order.billed_monthly',
    );
  });
  it('refuses staff of another office', () => {
    const staff = [
      { userId: 'a', inOffice: true },
      { userId: 'b', inOffice: false },
    ];
    expect(refusal(decideOrder(at('confirmed'), 'assign', { type: housekeeping, staff }))).toBe('order.staff_outside_office');
  });
  it('sends fewer staff than the owner confirmed only with the reason agreed with them (A7.4.2)', () => {
    const one = [{ userId: 'a', inOffice: true }];
    const two = [...one, { userId: 'b', inOffice: true }];
    // base: the owner confirmed 2 staff
    expect(decideOrder(at('confirmed'), 'assign', { type: housekeeping, staff: one })).toEqual({
      refusal: { kind: 'unprocessable', code: 'order.fewer_staff_than_confirmed', field: 'staffShortReason' },
    });
    expect(refusal(decideOrder(at('confirmed'), 'assign', { type: housekeeping, staff: one, staffShortReason: '  ' }))).toBe(
      'order.fewer_staff_than_confirmed',
    );
    expect(decideOrder(at('confirmed'), 'assign', { type: housekeeping, staff: one, staffShortReason: '业主同意一人上门' })).toEqual({
      next: 'assigned',
    });
    expect(decideOrder(at('confirmed'), 'assign', { type: housekeeping, staff: two })).toEqual({ next: 'assigned' });
    expect(decideOrder(at('confirmed', { staffCount: null }), 'assign', { type: housekeeping, staff: one })).toEqual({ next: 'assigned' });
  });
  it('needs the fields the type requires before confirmation', () => {
    const r = decideOrder(at('quoted', { address: null, staffCount: null }), 'confirm', { type: housekeeping, priceAccepted: true });
    expect(r).toEqual({ refusal: { kind: 'unprocessable', code: 'order.field_required', fields: ['address', 'staffCount'] } });
    expect(refusal(decideOrder(at('quoted'), 'confirm', { type: housekeeping, priceAccepted: false }))).toBe('order.price_not_accepted');
  });
  it('makes a type that needs approval wait for it before dispatch', () => {
    const repair: OrderTypeDef = { ...housekeeping, code: 'repair', prefix: 'WX', approvalBeforeDispatch: true };
    const staff = [{ userId: 'a', inOffice: true }];
    expect(refusal(decideOrder(at('confirmed'), 'assign', { type: repair, staff }))).toBe('order.approval_required');
    expect(decideOrder(at('confirmed'), 'approve', { type: repair })).toEqual({ next: 'confirmed' });
    expect(decideOrder(at('confirmed', { approvedAt: 'x', staffCount: 1 }), 'assign', { type: repair, staff })).toEqual({
      next: 'assigned',
    });
    expect(refusal(decideOrder(at('confirmed'), 'approve', { type: housekeeping }))).toBe('order.approval_not_needed');
  });
});
