/**
 * A standard's approval record (A2.3: each step recorded and shown), every round of it: drafted, submitted, returned
 * with its reason, submitted again, reviewed, approved. Read from the standard's audit events, which keep every step
 * (the standard's own columns keep only the latest of each, so a resubmission hid the first). Pure: the service
 * loads the events.
 */

export type ApprovalStepKind = 'created' | 'submitted' | 'resubmitted' | 'reviewed' | 'returned' | 'approved';

/** What the rule reads of an audit event of the standard. */
export interface ApprovalEvent {
  action: string;
  actorName: string;
  at: string;
  before: unknown;
  after: unknown;
}

export interface ApprovalStep {
  kind: ApprovalStepKind;
  byName: string;
  at: string;
  /** Why it was returned (a return only). */
  reason: string | null;
  /** Where it was returned: at HQ business's review or at the general manager's approval (a return only). */
  stage: 'review' | 'approval' | null;
}

const KINDS: Record<string, ApprovalStepKind> = {
  create: 'created',
  submit: 'submitted',
  review: 'reviewed',
  return: 'returned',
  approve: 'approved',
};

const field = (v: unknown, key: string): unknown => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined);

/** The steps of `record` (`fee_standard`, `parking_standard`) in the order they were taken; edits are not steps. */
export function approvalSteps(record: string, events: readonly ApprovalEvent[]): ApprovalStep[] {
  const steps: ApprovalStep[] = [];
  for (const e of events) {
    const [of, command] = e.action.split('.', 2);
    const kind = of === record && command ? KINDS[command] : undefined;
    if (!kind) continue;
    const returned = kind === 'returned';
    const reason = returned ? field(e.after, 'returnReason') : null;
    steps.push({
      kind: kind === 'submitted' && steps.some((s) => s.kind === 'returned') ? 'resubmitted' : kind,
      byName: e.actorName,
      at: e.at,
      reason: typeof reason === 'string' ? reason : null,
      stage: returned ? (field(e.before, 'state') === 'reviewed' ? 'approval' : 'review') : null,
    });
  }
  return steps;
}
