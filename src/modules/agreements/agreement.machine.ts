import { nextState, type TransitionTable } from '../../platform/machine.js';
import { unapprovedPrice } from './agreement.rules.js';
import type { Agreement, AgreementCommand, AgreementItem, AgreementState } from './agreement.types.js';

/** Every move an agreement can make. `edit` and `approve_price` record something and keep the state. */
export const AGREEMENT_MACHINE: TransitionTable<AgreementState, AgreementCommand> = {
  edit: { from: ['draft'] },
  approve_price: { from: ['draft'] },
  sign: { from: ['draft'], to: 'signed' },
  activate: { from: ['signed'], to: 'active' },
  end: { from: ['active'], to: 'ended' },
  terminate: { from: ['draft', 'signed', 'active'], to: 'terminated' },
};

export const AGREEMENT_TERMINAL_STATES: AgreementState[] = ['ended', 'terminated'];

/** What the service loaded before deciding; guards never query. */
export interface AgreementFacts {
  /** The items priced against the office's posted list as it is now. */
  items?: Pick<AgreementItem, 'unitPriceFen' | 'listPriceFen'>[];
  signature?: { ownerSignerName: string; owner: Uint8Array | null; office: Uint8Array | null };
  reason?: string | undefined;
  /** Today in the organisation's zone. */
  today?: string;
}

export type AgreementRefusal =
  | { kind: 'conflict'; code: 'agreement.invalid_transition'; field?: undefined }
  | { kind: 'unprocessable'; code: string; field?: string };

/** Decides a command: the next state, or why not. Pure: tested without a database. */
export function decideAgreement(
  a: Pick<Agreement, 'state' | 'priceApprovedAt' | 'endDate'>,
  command: AgreementCommand,
  facts: AgreementFacts,
): { next: AgreementState } | { refusal: AgreementRefusal } {
  const next = nextState(AGREEMENT_MACHINE, a.state, command);
  if (!next) return { refusal: { kind: 'conflict', code: 'agreement.invalid_transition' } };
  const refuse = (code: string, field?: string) => ({ refusal: { kind: 'unprocessable' as const, code, ...(field ? { field } : {}) } });
  const priceCheck = () => {
    const i = unapprovedPrice(facts.items ?? [], a.priceApprovedAt !== null);
    return i === null ? null : refuse('agreement.price_not_approved', `items.${i}.unitPriceFen`);
  };
  switch (command) {
    case 'approve_price':
      if (unapprovedPrice(facts.items ?? [], false) === null) return refuse('agreement.approval_not_needed');
      if (a.priceApprovedAt) return refuse('agreement.already_approved');
      break;
    case 'sign': {
      const s = facts.signature;
      if (!s?.owner?.length) return refuse('agreement.signature_required', 'ownerSignature');
      if (!s.office?.length) return refuse('agreement.signature_required', 'officeSignature');
      if (!s.ownerSignerName.trim()) return refuse('agreement.signer_required', 'ownerSignerName');
      const p = priceCheck();
      if (p) return p;
      break;
    }
    case 'activate': {
      if (facts.today && a.endDate < facts.today) return refuse('agreement.expired', 'endDate');
      const p = priceCheck();
      if (p) return p;
      break;
    }
    case 'end':
    case 'terminate':
      if (!facts.reason?.trim()) return refuse('agreement.reason_required', 'reason');
      break;
  }
  return { next };
}
