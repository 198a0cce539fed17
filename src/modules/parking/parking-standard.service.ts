import { hasAnywhere, scopeOf } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, forbidden, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { refusalError } from '../../platform/machine.js';
import { tenantMonth } from '../../platform/tenancy.js';
import type { ApprovalEvent } from '../fees/approval-steps.rules.js';
import { approvalStepsOf, takingStep } from '../fees/approval-steps.service.js';
import { decideStandard, type StandardCommand } from '../fees/fee-standard.machine.js';
import { permissionFor, standardAbilities } from '../fees/fee-standard.policy.js';
import type { StandardStep } from '../fees/fee-standard.types.js';
import { FEE_STANDARDS_SUBMIT } from '../fees/fees.permissions.js';
import { PARKING_READ } from './parking.permissions.js';
import type { TemporaryRate } from './parking-charge.rules.js';
import { PARKING_STANDARD_MACHINE } from './parking-standard.machine.js';
import * as repo from './parking-standard.repo.js';
import { sortPassPrices, standardProblems } from './parking-standard.rules.js';
import type { ParkingStandardRecord, PassPrice } from './parking-standard.types.js';
import { loadCarPark } from './register.access.js';

/** A parking standard the caller may read (404 outside their offices, 403 inside without `parking.read`). */
export async function loadParkingStandard(ctx: UseCase, id: string): Promise<repo.LoadedStandard> {
  const found = await repo.findStandard(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound('parking_standard');
  authorize(ctx.actor.access, PARKING_READ, found.officePath, 'parking_standard');
  return found;
}

const publicStandard = ({ tenantId: _t, ...s }: ParkingStandardRecord) => s;

function summary(ctx: UseCase, l: repo.LoadedStandard, passPrices: PassPrice[]) {
  return {
    ...publicStandard(l.standard),
    carParkCode: l.carParkCode,
    carParkName: l.carParkName,
    estateName: l.estateName,
    officeName: l.officeName,
    passPrices: sortPassPrices(passPrices),
    abilities: standardAbilities(ctx.actor.access, l.standard, l.officePath),
  };
}

/** One standard with its whole approval record (`taking`: the step this transaction takes, not yet in the log). */
async function present(ctx: UseCase, l: repo.LoadedStandard, taking?: ApprovalEvent) {
  const prices = await repo.passPricesOf(ctx.db, ctx.actor.tenantId, [l.standard.id]);
  const approvalSteps = await approvalStepsOf(ctx, 'parking_standard', l.standard.id, taking);
  return { ...summary(ctx, l, prices.get(l.standard.id) ?? []), approvalSteps };
}

export async function getParkingStandard(ctx: UseCase, id: string) {
  return present(ctx, await loadParkingStandard(ctx, id));
}

export type StandardListInput = Omit<repo.StandardFilter, never>;

/** Standards of the car parks where the caller reads parking (403 for one who reads it nowhere, as the register). */
export async function listParkingStandards(ctx: UseCase, f: StandardListInput) {
  if (!hasAnywhere(ctx.actor.access, PARKING_READ)) throw forbidden(PARKING_READ);
  const scope = scopeOf(ctx.actor.access, PARKING_READ);
  const { items, total } = await repo.listStandards(ctx.db, ctx.actor.tenantId, { ...f, scope });
  const prices = await repo.passPricesOf(
    ctx.db,
    ctx.actor.tenantId,
    items.map((i) => i.standard.id),
  );
  return { items: items.map((l) => summary(ctx, l, prices.get(l.standard.id) ?? [])), total, page: f.page, pageSize: f.pageSize };
}

export interface StandardFields {
  /** `YYYY-MM` */
  effectiveMonth: string;
  rate: TemporaryRate;
  passPrices: PassPrice[];
  note?: string | undefined;
}

function checkPrices(input: StandardFields) {
  const problems = standardProblems(input.rate, input.passPrices);
  if (problems.length)
    throw new DomainError(
      'unprocessable',
      problems[0]!.code,
      'the standard’s prices are not right',
      problems.map((p) => ({ ...p, message: p.code })),
    );
}

const stale = () => new DomainError('conflict', 'record.version_conflict', 'the standard was changed by someone else; reload');
const noStep: StandardStep = { by: null, byName: null, at: null };
const stepOf = (tx: Tx): StandardStep => ({ by: tx.actor.userId, byName: tx.actor.displayName, at: tx.now });

/** Drafts a standard of a car park (the office head; it charges nothing until approved). */
export async function createParkingStandard(ctx: UseCase, input: StandardFields & { carParkId: string }) {
  return inTransaction(ctx, async (tx) => {
    const found = await loadCarPark(tx, input.carParkId);
    authorize(tx.actor.access, FEE_STANDARDS_SUBMIT, found.officePath, 'car_park');
    if (!found.carPark.active)
      throw fieldError('unprocessable', 'parking_standard.car_park_inactive', 'carParkId', 'the car park is deactivated');
    checkPrices(input);
    const s: ParkingStandardRecord = {
      tenantId: tx.actor.tenantId,
      id: newId(),
      officeId: found.carPark.officeId,
      estateId: found.carPark.estateId,
      carParkId: found.carPark.id,
      effectiveMonth: input.effectiveMonth,
      rate: input.rate,
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
    const passPrices = sortPassPrices(input.passPrices);
    await repo.replacePassPrices(tx.db, tx.actor.tenantId, s.id, passPrices);
    const change = {
      action: 'parking_standard.create',
      entity: 'parking_standard',
      entityId: s.id,
      after: { ...publicStandard(s), passPrices },
    };
    await tx.audit(change);
    const loaded = await loadParkingStandard(tx, s.id);
    return present(tx, loaded, takingStep(tx, change));
  });
}

/** The latest month already charged at a car park: a charged stay's entry month in the tenant's zone. */
async function lastChargedMonth(tx: Tx, carParkId: string): Promise<string | null> {
  const entered = await repo.lastChargedEntry(tx.db, tx.actor.tenantId, carParkId);
  return entered === null ? null : tenantMonth(tx, entered);
}

/**
 * One step of a standard's life in one transaction: load, authorise the step's permission at the car park's office,
 * gather the facts (the month now in the tenant's zone, the latest month charged at the car park), decide, save by
 * version, audit.
 */
async function step(
  ctx: UseCase,
  id: string,
  command: StandardCommand,
  apply: (tx: Tx, s: ParkingStandardRecord) => Promise<Partial<ParkingStandardRecord>>,
  input: { reason?: string | undefined; version?: number | undefined; passPrices?: PassPrice[] } = {},
) {
  return inTransaction(ctx, async (tx) => {
    const loaded = await loadParkingStandard(tx, id);
    const before = loaded.standard;
    authorize(tx.actor.access, permissionFor(command, before.state), loaded.officePath, 'parking_standard');
    if (input.version !== undefined && input.version !== before.version) throw stale();
    // an edit changes the pass prices too: the history shows them before and after
    const pricesBefore = command === 'edit' ? (await repo.passPricesOf(tx.db, tx.actor.tenantId, [id])).get(id) : undefined;
    const changes = await apply(tx, before);
    const candidate = { ...before, ...changes };
    const needsFacts = command === 'submit' || command === 'approve';
    const decision = decideStandard(
      candidate,
      command,
      {
        currentMonth: await tenantMonth(tx, tx.now),
        lastBilledPeriod: needsFacts ? await lastChargedMonth(tx, before.carParkId) : null,
        reason: input.reason,
      },
      PARKING_STANDARD_MACHINE,
    );
    if ('refusal' in decision) throw refusalError(decision.refusal, `cannot ${command} a parking standard that is ${before.state}`);
    const after: ParkingStandardRecord = { ...candidate, state: decision.next, version: before.version + 1, updatedAt: tx.now };
    if (!(await repo.updateStandard(tx.db, after, before.version))) throw stale();
    const change = {
      action: `parking_standard.${command}`,
      entity: 'parking_standard',
      entityId: id,
      before: pricesBefore ? { ...publicStandard(before), passPrices: pricesBefore } : publicStandard(before),
      after: pricesBefore ? { ...publicStandard(after), passPrices: input.passPrices } : publicStandard(after),
    };
    await tx.audit(change);
    return present(tx, { ...loaded, standard: after }, takingStep(tx, change));
  });
}

/** Changes a draft or returned standard: month, temporary rate, pass prices, note (the car park stays). */
export const updateParkingStandard = (ctx: UseCase, id: string, input: StandardFields & { version: number }) => {
  const passPrices = sortPassPrices(input.passPrices);
  return step(
    ctx,
    id,
    'edit',
    async (tx, s) => {
      checkPrices(input);
      await repo.replacePassPrices(tx.db, tx.actor.tenantId, s.id, passPrices);
      return { effectiveMonth: input.effectiveMonth, rate: input.rate, note: input.note ?? s.note };
    },
    { version: input.version, passPrices },
  );
};

/** The office submits to HQ; a resubmitted standard is reviewed and approved afresh. */
export const submitParkingStandard = (ctx: UseCase, id: string) =>
  step(ctx, id, 'submit', async (tx) => ({ submitted: stepOf(tx), reviewed: noStep, approved: noStep }));

/** HQ business passes it on to the general manager. */
export const reviewParkingStandard = (ctx: UseCase, id: string) => step(ctx, id, 'review', async (tx) => ({ reviewed: stepOf(tx) }));

/** HQ business (at review) or the general manager (at approval) returns it to the office with a reason. */
export const returnParkingStandard = (ctx: UseCase, id: string, reason: string) =>
  step(ctx, id, 'return', async (tx) => ({ returned: stepOf(tx), returnReason: reason.trim() }), { reason });

/** The general manager approves it: the car park charges by it from its effective month. */
export const approveParkingStandard = (ctx: UseCase, id: string) => step(ctx, id, 'approve', async (tx) => ({ approved: stepOf(tx) }));
