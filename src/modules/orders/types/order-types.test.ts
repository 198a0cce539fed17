import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { DomainError } from '../../../platform/http/errors.js';
import { decideOrder } from '../order.machine.js';
import type { Order, OrderLine } from '../order.types.js';
import { applyDetails, ORDER_TYPES, orderTypeForAgreements } from '../order-types.js';
import { missingDetails } from './order-type.js';

const line = (unitPriceFen: number, quantityMilli: number): OrderLine => ({
  lineNo: 1,
  itemId: 'i',
  itemName: '水管维修',
  unit: 'job',
  unitPriceFen,
  quantityMilli,
  amountFen: Math.floor((unitPriceFen * quantityMilli + 500) / 1000),
});
const repair = ORDER_TYPES.repair;
const order = (extra: Partial<Order>): Order =>
  ({
    id: 'o',
    type: 'repair',
    state: 'in_progress',
    details: { location: 'bathroom', fault: '地漏返水' },
    customerPhone: '13900000000',
    address: '翠竹园4栋0602',
    appointmentStart: '2026-12-01T01:00:00.000Z',
    staffCount: 1,
    description: null,
    billing: 'per_order',
    ...extra,
  }) as Order;

describe('every order type', () => {
  it('lists exactly the fields its schema stores, with a key in its printed form for each', () => {
    for (const def of Object.values(ORDER_TYPES)) {
      const shape = (def.details.schema as unknown as z.ZodObject).shape;
      expect(def.details.fields.map((f) => f.key).sort(), def.code).toEqual(Object.keys(shape).sort());
      for (const [locale, messages] of Object.entries(def.print.messages)) {
        expect(messages.title, `${def.code} ${locale}`).toBeTruthy();
        for (const f of def.details.fields) expect(messages[`details.${f.key}`], `${def.code} ${locale} ${f.key}`).toBeTruthy();
      }
    }
  });
  it('housekeeping and paid services charge the posted prices plus materials, as before', () => {
    for (const def of [ORDER_TYPES.housekeeping, ORDER_TYPES.paid_service]) {
      const priced = def.pricing([line(4000, 3000)], [{ amountFen: 3100 }], {});
      expect(priced).toMatchObject({ serviceFeeFen: 12000, materialFeeFen: 3100, totalFen: 15100 });
    }
  });
  it('makes agreement visits as housekeeping or paid-service orders, never repairs', () => {
    expect(orderTypeForAgreements('paid_service')?.code).toBe('paid_service');
    expect(orderTypeForAgreements('housekeeping')?.code).toBe('housekeeping');
  });
});

describe('the repair type (有偿维修, 维修服务单)', () => {
  it('charges labour from the posted list and parts at cost', () => {
    const priced = repair.pricing([line(5000, 1000), line(3000, 2000)], [{ amountFen: 2850 }], { location: 'kitchen' });
    expect(priced).toMatchObject({ serviceFeeFen: 11000, materialFeeFen: 2850, totalFen: 13850 });
    expect(priced.lines.map((l) => l.amountFen)).toEqual([5000, 6000]);
  });
  it('waives labour on a warranty rework but still charges the parts, and charges labour again when the claim is withdrawn', () => {
    const waived = repair.pricing([line(5000, 1000)], [{ amountFen: 2850 }], { warranty: true, warrantyOrder: 'WX-20261120-0003' });
    expect(waived).toMatchObject({ serviceFeeFen: 0, materialFeeFen: 2850, totalFen: 2850 });
    expect(waived.lines[0]).toMatchObject({ unitPriceFen: 5000, amountFen: 0 });
    expect(repair.pricing(waived.lines, [], { warranty: false }).serviceFeeFen).toBe(5000);
  });
  it('refuses to quote a warranty rework without the earlier repair’s number', () => {
    expect(decideOrder(order({ state: 'requested', details: { warranty: true } }), 'quote', { type: repair, lineCount: 1 })).toEqual({
      refusal: { kind: 'unprocessable', code: 'order.warranty_order_required', field: 'details.warrantyOrder' },
    });
    expect(
      decideOrder(order({ state: 'requested', details: { warranty: true, warrantyOrder: 'WX-20261120-0003' } }), 'quote', {
        type: repair,
        lineCount: 1,
      }),
    ).toEqual({ next: 'quoted' });
  });
  it('cannot be finished until the cause and repair done are written down', () => {
    expect(decideOrder(order({}), 'finish', { type: repair })).toEqual({
      refusal: { kind: 'unprocessable', code: 'order.field_required', fields: ['details.cause'] },
    });
    expect(decideOrder(order({ details: { cause: '   ' } }), 'finish', { type: repair })).toMatchObject({
      refusal: { fields: ['details.cause'] },
    });
    expect(decideOrder(order({ details: { cause: '地漏密封圈老化，已更换' } }), 'finish', { type: repair })).toEqual({ next: 'completed' });
    // a housekeeping order asks nothing more at the end
    expect(decideOrder(order({ type: 'housekeeping', details: {} }), 'finish', { type: ORDER_TYPES.housekeeping })).toEqual({
      next: 'completed',
    });
  });
  it('needs the location and the fault at intake', () => {
    expect(missingDetails(repair, 'create', {})).toEqual(['details.location', 'details.fault']);
    expect(missingDetails(repair, 'create', { location: 'bathroom', fault: '地漏返水' })).toEqual([]);
  });
});

describe('details sent with a step', () => {
  const refusal = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      if (e instanceof DomainError) return e.errors.map((x) => [x.field, x.code]);
    }
    return null;
  };
  it('are checked against the type’s schema, field by field', () => {
    expect(refusal(() => applyDetails(repair, 'create', {}, { location: 'roof' }))).toEqual([['details.location', 'order.detail_invalid']]);
    expect(refusal(() => applyDetails(repair, 'create', {}, { warrantyOrder: '上次那张' }))).toEqual([
      ['details.warrantyOrder', 'order.warranty_order_format'],
    ]);
    expect(refusal(() => applyDetails(ORDER_TYPES.housekeeping, 'create', {}, { location: 'kitchen' }))).toEqual([
      ['details.location', 'order.detail_unknown'],
    ]);
  });
  it('may change only the fields open at that step, and an empty text clears one', () => {
    expect(refusal(() => applyDetails(repair, 'finish', { fault: '漏水' }, { fault: '不漏了' }))).toEqual([
      ['details.fault', 'order.detail_not_editable'],
    ]);
    expect(applyDetails(repair, 'finish', { fault: '漏水' }, { cause: ' 密封圈老化 ' })).toEqual({ fault: '漏水', cause: '密封圈老化' });
    expect(applyDetails(repair, 'quote', { fault: '漏水', warrantyOrder: 'WX-20261120-0003' }, { warrantyOrder: '' })).toEqual({
      fault: '漏水',
    });
  });
});
