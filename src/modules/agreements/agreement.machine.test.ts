import { describe, expect, it } from 'vitest';
import { commandsFrom, reachable } from '../../platform/machine.js';
import { AGREEMENT_MACHINE, AGREEMENT_TERMINAL_STATES, decideAgreement } from './agreement.machine.js';
import { AGREEMENT_STATES } from './agreement.types.js';

const png = new Uint8Array([137, 80, 78, 71]);
const draft = { state: 'draft' as const, priceApprovedAt: null, endDate: '2027-06-30' };
const listed = [{ unitPriceFen: 4000, listPriceFen: 4000 }];
const negotiated = [{ unitPriceFen: 3500, listPriceFen: 4000 }];
const signature = { ownerSignerName: '李先生', owner: png, office: png };
const code = (r: ReturnType<typeof decideAgreement>) => ('refusal' in r ? r.refusal : null);

describe('agreement machine', () => {
  it('reaches every state from a draft', () => {
    expect([...reachable(AGREEMENT_MACHINE, 'draft')].sort()).toEqual([...AGREEMENT_STATES].sort());
  });
  it('has no way out of an ended or terminated agreement', () => {
    for (const s of AGREEMENT_TERMINAL_STATES) expect(commandsFrom(AGREEMENT_MACHINE, s)).toEqual([]);
  });
  it('is edited only as a draft', () => {
    expect(code(decideAgreement({ ...draft, state: 'signed' }, 'edit', {}))).toEqual({
      kind: 'conflict',
      code: 'agreement.invalid_transition',
    });
  });
});

describe('agreement guards', () => {
  it('signs at posted prices without approval', () => {
    expect(decideAgreement(draft, 'sign', { items: listed, signature })).toEqual({ next: 'signed' });
  });
  it('refuses a negotiated price until the office head approves it', () => {
    expect(code(decideAgreement(draft, 'sign', { items: negotiated, signature }))).toEqual({
      kind: 'unprocessable',
      code: 'agreement.price_not_approved',
      field: 'items.0.unitPriceFen',
    });
    const approved = { ...draft, priceApprovedAt: '2026-11-27T02:00:00Z' };
    expect(decideAgreement(approved, 'sign', { items: negotiated, signature })).toEqual({ next: 'signed' });
    expect(code(decideAgreement({ ...draft, state: 'signed' }, 'activate', { items: negotiated }))?.code).toBe(
      'agreement.price_not_approved',
    );
  });
  it('approves only a negotiated price, once', () => {
    expect(code(decideAgreement(draft, 'approve_price', { items: listed }))?.code).toBe('agreement.approval_not_needed');
    expect(decideAgreement(draft, 'approve_price', { items: negotiated })).toEqual({ next: 'draft' });
    expect(code(decideAgreement({ ...draft, priceApprovedAt: 'x' }, 'approve_price', { items: negotiated }))?.code).toBe(
      'agreement.already_approved',
    );
  });
  it('needs both signatures and the owner’s name', () => {
    expect(code(decideAgreement(draft, 'sign', { items: listed, signature: { ...signature, owner: null } }))?.field).toBe('ownerSignature');
    expect(code(decideAgreement(draft, 'sign', { items: listed, signature: { ...signature, office: null } }))?.field).toBe(
      'officeSignature',
    );
    expect(code(decideAgreement(draft, 'sign', { items: listed, signature: { ...signature, ownerSignerName: ' ' } }))?.code).toBe(
      'agreement.signer_required',
    );
  });
  it('does not activate an agreement past its end date, and ends only with a reason', () => {
    const signed = { ...draft, state: 'signed' as const };
    expect(code(decideAgreement(signed, 'activate', { items: listed, today: '2027-07-01' }))?.code).toBe('agreement.expired');
    expect(decideAgreement(signed, 'activate', { items: listed, today: '2027-06-30' })).toEqual({ next: 'active' });
    expect(code(decideAgreement({ ...draft, state: 'active' }, 'end', { reason: '' }))?.code).toBe('agreement.reason_required');
    expect(decideAgreement({ ...draft, state: 'active' }, 'terminate', { reason: '业主搬走' })).toEqual({ next: 'terminated' });
  });
});
