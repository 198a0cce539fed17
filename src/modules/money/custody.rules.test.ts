import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formRequired,
  type Holding,
  heldTooLong,
  moneyInHand,
  notRemittedInTime,
  receiversFor,
  refuseHandover,
  refuseRelay,
  refuseRemittance,
  relayRoleOf,
} from './custody.rules.js';

const h = (paymentId: string, holderId: string, amountFen: number, extra: Partial<Holding> = {}): Holding => ({
  paymentId,
  orderId: null,
  officeId: 'a',
  payer: '住户',
  amountFen,
  holderId,
  holderName: holderId,
  since: '2026-11-27T01:00:00Z',
  receiptId: 'r',
  remittanceId: null,
  settledAt: null,
  collectedAt: '2026-11-27T01:00:00Z',
  ...extra,
});

describe('hand-overs', () => {
  it('move only cash the giver holds', () => {
    expect(refuseHandover('cleaner', 'supervisor', ['p1'], [h('p1', 'cleaner', 100)])).toBeNull();
    expect(refuseHandover('cleaner', 'supervisor', ['p1'], [h('p1', 'other', 100)])?.code).toBe('handover.not_held');
    expect(refuseHandover('cleaner', 'cleaner', ['p1'], [h('p1', 'cleaner', 100)])?.code).toBe('handover.to_self');
  });
  it('count each payment once, so what is handed on adds up to what was collected (X4)', () => {
    const held = [h('p1', 'cleaner', 12000), h('p2', 'cleaner', 3100)];
    expect(refuseHandover('cleaner', 'supervisor', ['p1', 'p2', 'p1'], held)).toEqual({
      kind: 'unprocessable',
      code: 'handover.duplicate_payment',
      field: 'paymentIds',
    });
    expect(refuseHandover('cleaner', 'supervisor', ['p1', 'p2'], held)).toBeNull();
  });
});

describe('the relay (A7.4.7)', () => {
  it('as written: staff hand to a supervisor, a supervisor to a cashier, a cashier to a cashier', () => {
    expect(receiversFor('staff', true)).toEqual(['supervisor']);
    expect(receiversFor('supervisor', true)).toEqual(['cashier']);
    expect(receiversFor('cashier', true)).toEqual(['cashier']);
    expect(refuseRelay('staff', 'cashier', true, { withForm: true, orderCash: true })).toMatchObject({
      code: 'handover.relay_broken',
      field: 'toUserId',
    });
    expect(refuseRelay('supervisor', 'supervisor', true, { withForm: false, orderCash: true })?.code).toBe('handover.relay_broken');
    expect(refuseRelay('staff', 'supervisor', true, { withForm: true, orderCash: true })).toBeNull();
  });
  it('sends field staff whose unit has no supervisor over them straight to a cashier (a station’s nurse)', () => {
    expect(receiversFor('staff', true, false)).toEqual(['cashier']);
    expect(refuseRelay('staff', 'cashier', true, { withForm: true, orderCash: true, unitHasSupervisor: false })).toBeNull();
    // the form still goes with the money: the cashier checks the amount against it
    expect(refuseRelay('staff', 'cashier', true, { withForm: false, orderCash: true, unitHasSupervisor: false })?.code).toBe(
      'handover.form_required',
    );
    // where the unit has a supervisor, the cashier is not the next step
    expect(refuseRelay('staff', 'cashier', true, { withForm: true, orderCash: true, unitHasSupervisor: true })?.code).toBe(
      'handover.relay_broken',
    );
    expect(receiversFor('supervisor', true, false)).toEqual(['cashier']);
  });
  it('asks the form of field staff handing an order’s cash, only while relaying', () => {
    expect(refuseRelay('staff', 'supervisor', true, { withForm: false, orderCash: true })).toMatchObject({
      code: 'handover.form_required',
      field: 'withForm',
    });
    expect(formRequired('supervisor', true, true)).toBe(false);
    expect(formRequired('staff', false, true)).toBe(false);
    expect(formRequired('staff', true, false)).toBe(false);
  });
  it('without the relay: anyone hands to a supervisor or a cashier, never to field staff', () => {
    expect(refuseRelay('staff', 'cashier', false, { withForm: false, orderCash: true })).toBeNull();
    expect(refuseRelay('supervisor', 'supervisor', false, { withForm: false, orderCash: true })).toBeNull();
    expect(refuseRelay('staff', 'staff', false, { withForm: true, orderCash: true })?.code).toBe('handover.receiver_invalid');
    expect(refuseRelay('staff', null, true, { withForm: true, orderCash: true })?.code).toBe('handover.receiver_invalid');
  });
  it('places people by what they may do at the office', () => {
    const grant = (permissions: string[], orgPath = '/r/a/') => ({
      grants: [{ orgId: 'a', orgPath, roleCode: 'x', permissions }],
      tokenPermissions: null,
    });
    expect(relayRoleOf(grant(['receipts.issue', 'orders.pay']), '/r/a/')).toBe('cashier');
    expect(relayRoleOf(grant(['orders.assign', 'orders.pay']), '/r/a/')).toBe('supervisor');
    expect(relayRoleOf(grant(['orders.work']), '/r/a/')).toBe('staff');
    // a supervisor of another office is nobody's supervisor here
    expect(relayRoleOf(grant(['orders.assign'], '/r/b/'), '/r/a/')).toBe('staff');
  });
});

describe('custody monitors', () => {
  const now = new Date('2026-11-28T02:00:00Z');
  it('count cash on its way held past the hours, not cash already with a cashier or remitted', () => {
    expect(heldTooLong(h('p', 'cleaner', 100, { receiptId: null }), now, 24)).toBe(true);
    expect(heldTooLong(h('p', 'cleaner', 100, { receiptId: null }), now, 25)).toBe(false);
    expect(heldTooLong(h('p', 'cashier', 100), now, 24)).toBe(false);
    expect(heldTooLong(h('p', 'cleaner', 100, { receiptId: null, remittanceId: 'r' }), now, 24)).toBe(false);
  });
  it('count a payment not remitted the days after its collection, whoever holds it now', () => {
    const late = h('p', 'cashier', 100, { collectedAt: '2026-11-20T01:00:00Z', since: '2026-11-28T01:00:00Z' });
    expect(notRemittedInTime(late, now, 7)).toBe(true);
    expect(notRemittedInTime(late, now, 9)).toBe(false);
    expect(notRemittedInTime({ ...late, remittanceId: 'r' }, now, 7)).toBe(false);
  });
});

describe('remittances', () => {
  const held = [
    h('p1', 'cashier', 12000),
    h('p2', 'cashier', 3100),
    h('p3', 'cashier', 500, { receiptId: null }),
    h('p4', 'cashier', 100, { remittanceId: 'old' }),
  ];
  it('take a total equal to the payments, refusing a difference', () => {
    expect(refuseRemittance('cashier', ['p1', 'p2'], held, 15100)).toBeNull();
    expect(refuseRemittance('cashier', ['p1', 'p2'], held, 15000)).toMatchObject({ code: 'remittance.total_mismatch', field: 'totalFen' });
  });
  it('count each payment once: a payment listed twice is refused, even with the total that counts it twice (X4)', () => {
    expect(refuseRemittance('cashier', ['p1', 'p2', 'p1'], held, 27100)).toEqual({
      kind: 'unprocessable',
      code: 'remittance.duplicate_payment',
      field: 'paymentIds',
    });
    expect(refuseRemittance('cashier', ['p1', 'p2', 'p1'], held, 15100)?.code).toBe('remittance.duplicate_payment');
  });
  it('refuse a payment already remitted (409), one without receipt, or one held by someone else', () => {
    expect(refuseRemittance('cashier', ['p4'], held, 100)).toMatchObject({ kind: 'conflict', code: 'remittance.payment_already_remitted' });
    expect(refuseRemittance('cashier', ['p3'], held, 500)?.code).toBe('remittance.no_receipt');
    expect(refuseRemittance('other', ['p1'], held, 12000)?.code).toBe('remittance.not_held');
  });
});

describe('money is conserved', () => {
  it('through any sequence of collections and hand-overs: the total in hand equals what was collected', () => {
    const people = ['cleaner1', 'cleaner2', 'supervisor', 'cashier'];
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({ collect: fc.integer({ min: 1, max: 100_000 }), by: fc.constantFrom(...people) }),
            fc.record({ from: fc.constantFrom(...people), to: fc.constantFrom(...people) }),
          ),
          {
            maxLength: 60,
          },
        ),
        (steps) => {
          let holdings: Holding[] = [];
          let collected = 0;
          steps.forEach((s, i) => {
            if ('collect' in s) {
              holdings.push(h(`p${i}`, s.by, s.collect));
              collected += s.collect;
            } else {
              const mine = holdings.filter((x) => x.holderId === s.from).map((x) => x.paymentId);
              if (refuseHandover(s.from, s.to, mine, holdings) === null) {
                holdings = holdings.map((x) => (mine.includes(x.paymentId) ? { ...x, holderId: s.to, holderName: s.to } : x));
              }
            }
          });
          const inHand = moneyInHand(holdings).reduce((sum, p) => sum + p.amountFen, 0);
          expect(inHand).toBe(collected);
          expect(new Set(holdings.map((x) => x.paymentId)).size).toBe(holdings.length);
        },
      ),
    );
  });
});
