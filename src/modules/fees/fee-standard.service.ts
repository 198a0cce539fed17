import { scopeOf } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { DomainError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { refusalError } from '../../platform/machine.js';
import { businessDateIn } from '../../platform/months.js';
import { tenantZone } from '../../platform/tenancy.js';
import { loadEstate } from '../estates/estate.service.js';
import type { ApprovalEvent } from './approval-steps.rules.js';
import { approvalStepsOf, takingStep } from './approval-steps.service.js';
import { type FeeBasis, isPricedElsewhere, type StandardRate } from './fee.types.js';
import { activeItem, pricedElsewhere } from './fee-item.service.js';
import { decideStandard, type StandardCommand } from './fee-standard.machine.js';
import { permissionFor, standardAbilities } from './fee-standard.policy.js';
import * as repo from './fee-standard.repo.js';
import { isFilingStandard, monthOf, rateProblems, sortRates } from './fee-standard.rules.js';
import type { FeeStandardRecord, StandardStep } from './fee-standard.types.js';
import { FEE_STANDARDS_SUBMIT, FEES_READ } from './fees.permissions.js';

/** A standard the caller may read (404 outside their offices, 403 inside without `fees.read`). */
export async function loadStandard(ctx: UseCase, id: string): Promise<repo.LoadedStandard> {
  const found = await repo.findStandard(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound('fee_standard');
  authorize(ctx.actor.access, FEES_READ, found.officePath, 'fee_standard');
  return found;
}

const publicStandard = ({ tenantId: _t, ...s }: FeeStandardRecord) => s;

function summary(ctx: UseCase, l: repo.LoadedStandard, rates: StandardRate[]) {
  return {
    ...publicStandard(l.standard),
    estateName: l.estateName,
    officeName: l.officeName,
    itemName: l.itemName,
    itemCode: l.itemCode,
    rates: sortRates(rates),
    filing: isFilingStandard(l.standard, rates),
    abilities: standardAbilities(ctx.actor.access, l.standard, l.officePath),
  };
}

/** One standard with its whole approval record (`taking`: the step this transaction takes, not yet in the log). */
async function present(ctx: UseCase, l: repo.LoadedStandard, taking?: ApprovalEvent) {
  const rates = await repo.ratesOf(ctx.db, ctx.actor.tenantId, [l.standard.id]);
  const approvalSteps = await approvalStepsOf(ctx, 'fee_standard', l.standard.id, taking);
  return { ...summary(ctx, l, rates.get(l.standard.id) ?? []), approvalSteps };
}

export async function getStandard(ctx: UseCase, id: string) {
  return present(ctx, await loadStandard(ctx, id));
}

/** Standards of the offices where the caller reads fees, with their rates (filters: state, estate, item). */
export async function listStandards(ctx: UseCase, f: repo.StandardFilter) {
  const { items, total } = await repo.listStandards(ctx.db, ctx.actor.tenantId, { ...f, scope: scopeOf(ctx.actor.access, FEES_READ) });
  const rates = await repo.ratesOf(
    ctx.db,
    ctx.actor.tenantId,
    items.map((i) => i.standard.id),
  );
  return { items: items.map((l) => summary(ctx, l, rates.get(l.standard.id) ?? [])), total, page: f.page, pageSize: f.pageSize };
}

export interface StandardFields {
  basis: FeeBasis;
  /** `YYYY-MM` */
  effectiveMonth: string;
  rates: StandardRate[];
  note?: string | undefined;
}

function checkRates(rates: readonly StandardRate[]) {
  const problems = rateProblems(rates);
  if (problems.length)
    throw new DomainError(
      'unprocessable',
      problems[0]!.code,
      'the rate rows are not right',
      problems.map((p) => ({ ...p, message: p.code })),
    );
}

const stale = () => new DomainError('conflict', 'record.version_conflict', 'the standard was changed by someone else; reload');
const noStep: StandardStep = { by: null, byName: null, at: null };
const stepOf = (tx: Tx): StandardStep => ({ by: tx.actor.userId, byName: tx.actor.displayName, at: tx.now });

/** Drafts a standard of an estate's fee item (the office; it bills nothing until approved). */
export async function createStandard(ctx: UseCase, input: StandardFields & { estateId: string; itemId: string }) {
  return inTransaction(ctx, async (tx) => {
    const estate = await loadEstate(tx, input.estateId);
    authorize(tx.actor.access, FEE_STANDARDS_SUBMIT, estate.officePath, 'estate');
    const item = await activeItem(tx, input.itemId);
    checkRates(input.rates);
    const s: FeeStandardRecord = {
      tenantId: tx.actor.tenantId,
      id: newId(),
      officeId: estate.estate.officeId,
      estateId: estate.estate.id,
      itemId: item.id,
      basis: input.basis,
      effectiveMonth: input.effectiveMonth,
      note: input.note ?? '',
      state: 'draft',
      submitted: noStep,
      reviewed: noStep,
      approved: noStep,
      returned: noStep,
      returnReason: null,
      createdBy: tx.actor.displayName,
      version: 1,
      createdAt: tx.now,
      updatedAt: tx.now,
    };
    await repo.insertStandard(tx.db, s);
    await repo.replaceRates(tx.db, tx.actor.tenantId, s.id, input.rates);
    const change = {
      action: 'fee_standard.create',
      entity: 'fee_standard',
      entityId: s.id,
      after: { ...publicStandard(s), rates: input.rates },
    };
    await tx.audit(change);
    const loaded = {
      standard: s,
      estateName: estate.estate.name,
      officeName: estate.officeName,
      officePath: estate.officePath,
      itemName: item.name,
      itemCode: item.code,
    };
    return present(tx, loaded, takingStep(tx, change));
  });
}

/**
 * One step of a standard's life in one transaction: load, authorise the step's permission at the estate's office,
 * gather the facts (the month now in the tenant's zone, the latest billed period), decide, save by version, audit.
 */
async function step(
  ctx: UseCase,
  id: string,
  command: StandardCommand,
  apply: (tx: Tx, s: FeeStandardRecord) => Promise<Partial<FeeStandardRecord>>,
  input: { reason?: string | undefined; version?: number | undefined; rates?: StandardRate[] } = {},
) {
  return inTransaction(ctx, async (tx) => {
    const loaded = await loadStandard(tx, id);
    const before = loaded.standard;
    authorize(tx.actor.access, permissionFor(command, before.state), loaded.officePath, 'fee_standard');
    if (input.version !== undefined && input.version !== before.version) throw stale();
    // an edit changes the rate rows too: the history shows them before and after
    const ratesBefore = command === 'edit' ? (await repo.ratesOf(tx.db, tx.actor.tenantId, [id])).get(id) : undefined;
    const changes = await apply(tx, before);
    const candidate = { ...before, ...changes };
    const needsFacts = command === 'submit' || command === 'approve';
    // a draft made for such an item before it was refused at drafting must not reach the bill runs either
    if (needsFacts && isPricedElsewhere(loaded.itemCode)) throw pricedElsewhere();
    const decision = decideStandard(candidate, command, {
      currentMonth: monthOf(businessDateIn(new Date(tx.now), await tenantZone(tx))),
      lastBilledPeriod: needsFacts ? await repo.lastBilledPeriod(tx.db, tx.actor.tenantId, before.estateId, before.itemId) : null,
      reason: input.reason,
    });
    if ('refusal' in decision) throw refusalError(decision.refusal, `cannot ${command} a fee standard that is ${before.state}`);
    const after: FeeStandardRecord = { ...candidate, state: decision.next, version: before.version + 1, updatedAt: tx.now };
    if (!(await repo.updateStandard(tx.db, after, before.version))) throw stale();
    const change = {
      action: `fee_standard.${command}`,
      entity: 'fee_standard',
      entityId: id,
      before: ratesBefore ? { ...publicStandard(before), rates: ratesBefore } : publicStandard(before),
      after: ratesBefore ? { ...publicStandard(after), rates: input.rates } : publicStandard(after),
    };
    await tx.audit(change);
    return present(tx, { ...loaded, standard: after }, takingStep(tx, change));
  });
}

/** Changes a draft or returned standard: basis, month, rates, note (the estate and item stay). */
export const updateStandard = (ctx: UseCase, id: string, input: StandardFields & { version: number }) =>
  step(
    ctx,
    id,
    'edit',
    async (tx, s) => {
      checkRates(input.rates);
      await repo.replaceRates(tx.db, tx.actor.tenantId, s.id, input.rates);
      return { basis: input.basis, effectiveMonth: input.effectiveMonth, note: input.note ?? s.note };
    },
    { version: input.version, rates: input.rates },
  );

/** The office submits to HQ; a resubmitted standard is reviewed and approved afresh. */
export const submitStandard = (ctx: UseCase, id: string) =>
  step(ctx, id, 'submit', async (tx) => ({ submitted: stepOf(tx), reviewed: noStep, approved: noStep }));

/** HQ business passes it on to the general manager. */
export const reviewStandard = (ctx: UseCase, id: string) => step(ctx, id, 'review', async (tx) => ({ reviewed: stepOf(tx) }));

/** HQ business (at review) or the general manager (at approval) returns it to the office with a reason. */
export const returnStandard = (ctx: UseCase, id: string, reason: string) =>
  step(ctx, id, 'return', async (tx) => ({ returned: stepOf(tx), returnReason: reason.trim() }), { reason });

/** The general manager approves it: it bills from its effective month. */
export const approveStandard = (ctx: UseCase, id: string) => step(ctx, id, 'approve', async (tx) => ({ approved: stepOf(tx) }));
