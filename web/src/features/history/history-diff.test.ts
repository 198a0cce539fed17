import { describe, expect, it } from 'vitest';
import { addedFiles, diffEvent } from './history-diff';
import { subjectOf } from './value-codes';

describe('diffEvent', () => {
  it('lists only the fields that changed, without bookkeeping', () => {
    const before = { id: 'u1', displayName: '王芳', phone: '13800000011', version: 1, updatedAt: 'a' };
    const after = { id: 'u1', displayName: '王芳', phone: '13900000000', version: 2, updatedAt: 'b' };
    expect(diffEvent(before, after)).toEqual([{ field: 'phone', before: '13800000011', after: '13900000000' }]);
  });

  it('leaves out the keys a re-import or a standard’s versions go by, which no page shows (gate:01a25128-…, ground.litter)', () => {
    const stay = { id: 's1', plate: '沪AM7169', recordKey: 'gate:01a25128-6eb3-7bf4-b235-40aa568ebb4c', state: 'parked' };
    expect(diffEvent(null, stay).map((c) => c.field)).toEqual(['plate', 'state']);
    const standard = { id: 'c1', checkKey: 'ground.litter', object: '地面' };
    expect(diffEvent(null, standard).map((c) => c.field)).toEqual(['object']);
  });

  it('shows what a creation set', () => {
    expect(diffEvent(null, { id: 'o1', name: '翠竹园管理处', kind: 'office', active: true })).toEqual([
      { field: 'name', before: undefined, after: '翠竹园管理处' },
      { field: 'kind', before: undefined, after: 'office' },
      { field: 'active', before: undefined, after: true },
    ]);
  });

  it('leaves out what a creation or a removal left empty', () => {
    const taken = { number: 'JZ-1', staffCount: null, address: '', details: {}, lines: [], active: false, serviceFeeFen: 0 };
    expect(diffEvent(null, taken).map((c) => c.field)).toEqual(['number', 'active', 'serviceFeeFen']);
    expect(diffEvent(taken, null).map((c) => c.field)).toEqual(['number', 'active', 'serviceFeeFen']);
    expect(diffEvent({ note: '门铃坏了' }, { note: null })).toEqual([{ field: 'note', before: '门铃坏了', after: null }]);
  });

  it('shows what a removal took away, and a reason added on deactivation', () => {
    expect(diffEvent({ grantId: 'g1', roleId: 'r1', orgId: 'o1' }, null)).toEqual([
      { field: 'roleId', before: 'r1', after: undefined },
      { field: 'orgId', before: 'o1', after: undefined },
    ]);
    expect(diffEvent({ active: true }, { active: false, reason: '撤场' })).toEqual([
      { field: 'active', before: true, after: false },
      { field: 'reason', before: undefined, after: '撤场' },
    ]);
  });

  it('names a node once when the event carries both its id and its name', () => {
    expect(diffEvent(null, { grantId: 'g1', role: 'cashier', orgId: 'o1', orgName: '翠竹园管理处' })).toEqual([
      { field: 'role', before: undefined, after: 'cashier' },
      { field: 'orgId', before: undefined, after: 'o1' },
    ]);
  });

  it('always names what a parameter change is about', () => {
    expect(diffEvent({ key: 'briefDeadlineDays', value: 2, ownValue: null }, { key: 'briefDeadlineDays', ownValue: 1 })).toEqual([
      { field: 'key', before: 'briefDeadlineDays', after: 'briefDeadlineDays' },
      { field: 'ownValue', before: null, after: 1 },
    ]);
  });

  it('compares lists by value and says nothing for an event without data', () => {
    expect(diffEvent({ permissions: ['a', 'b'] }, { permissions: ['a', 'b'] })).toEqual([]);
    expect(diffEvent(null, null)).toEqual([]);
  });
});

describe('the files an event added', () => {
  const sig = '01a250fe-4268-740a-8e88-f248ac609a14';
  const photo = '01a250fe-4268-740a-8e88-f248ac609a15';
  it('finds a signature however deep the event holds it (an order step’s detail) and photos in a list', () => {
    expect(addedFiles({ state: 'completed' }, { state: 'accepted', detail: { signerName: '李建华', signatureBlobId: sig } })).toEqual([
      sig,
    ]);
    expect(addedFiles(null, { owner_signature_blob_id: sig, photos: [photo] })).toEqual([sig, photo]);
  });

  it('leaves out files the record already had and ids that are not files', () => {
    expect(addedFiles({ ownerSignatureBlobId: sig }, { ownerSignatureBlobId: sig, state: 'active' })).toEqual([]);
    expect(addedFiles(null, { orderId: sig, unitId: photo })).toEqual([]);
  });
});

describe('what an event’s values describe', () => {
  it('is an agreement’s planned visit for the visit actions, so its states read as a visit’s', () => {
    expect(subjectOf('agreement', 'agreement.visit_plan')).toBe('agreement_visit');
    expect(subjectOf('agreement', 'agreement.sign')).toBe('agreement');
    expect(subjectOf('order', 'order.pay')).toBe('order');
  });
});
