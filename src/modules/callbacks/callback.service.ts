import { allowsAt } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import type { DomainEvents } from '../../platform/events.js';
import { publish } from '../../platform/events.js';
import { DomainError, fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { allowed, nextOrThrow } from '../../platform/machine.js';
import { tenantZone } from '../../platform/tenancy.js';
import { loadOrder } from '../orders/order.service.js';
import { decideCallback, decideFollowUp } from './callback.machine.js';
import { CALLBACKS_READ, CALLBACKS_RECORD } from './callback.permissions.js';
import * as repo from './callback.repo.js';
import { localMonth, previousMonth } from './callback.rules.js';
import { callbackScope } from './callback.scope.js';
import type { Callback, CallbackState, ComplaintFollowUp, Satisfaction } from './callback.types.js';
import { listDraws } from './callback-draws.repo.js';
import { findFollowUp, insertFollowUp, saveFollowUp } from './callback-follow-ups.repo.js';

const conflict = () => new DomainError('conflict', 'record.version_conflict', 'the callback was changed meanwhile; reload');

/** The month the callbacks page opens on: last month (the one being called back now). */
export async function defaultMonth(ctx: UseCase): Promise<string> {
  return previousMonth(localMonth(ctx.clock.now().toISOString(), await tenantZone(ctx)));
}

function presentCallback(ctx: UseCase, l: repo.LoadedCallback) {
  const { callback: c, officePath } = l;
  const recorder = allowsAt(ctx.actor.access, CALLBACKS_RECORD, officePath);
  return {
    ...c,
    officeName: l.officeName,
    assigneeName: l.assigneeName,
    order: l.order,
    followUpState: l.followUpState,
    complaintId: l.complaint?.id ?? null,
    complaintNumber: l.complaint?.number ?? null,
    abilities: {
      record: recorder && allowed(decideCallback(c, 'record')),
      openFollowUp: recorder && allowed(decideCallback(c, 'open_follow_up', { hasFollowUp: l.followUpState !== null })),
      closeFollowUp:
        recorder && l.followUpState !== null && allowed(decideFollowUp(l.followUpState, 'close', { hasComplaint: l.complaint !== null })),
    },
  };
}

async function loadCallback(ctx: UseCase, id: string, permission: string) {
  const found = await repo.findCallback(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound('callback');
  authorize(ctx.actor.access, permission, found.officePath, 'callback');
  return found;
}

/** The callbacks of a month in the caller's subtrees (or one node's), with the month's draws. */
export async function listCallbacks(
  ctx: UseCase,
  f: { orgId?: string | undefined; month?: string | undefined; state?: CallbackState | undefined },
) {
  const scope = await callbackScope(ctx, f.orgId);
  const month = f.month ?? (await defaultMonth(ctx));
  const [items, draws] = await Promise.all([
    repo.listCallbacks(ctx.db, ctx.actor.tenantId, { scope, month, state: f.state }),
    listDraws(ctx.db, ctx.actor.tenantId, scope, month),
  ]);
  return {
    month,
    items: items.map((l) => presentCallback(ctx, l)),
    draws: draws.map((d) => ({
      id: d.id,
      officeId: d.officeId,
      officeName: d.officeName,
      seed: d.seed,
      candidates: d.candidateIds.length,
      sampleSize: d.sampleSize,
      sampled: d.sampledIds.length,
      drawnAt: d.drawnAt,
    })),
  };
}

/** One callback with its order, its complaint follow-up and what the caller may do. */
export async function getCallback(ctx: UseCase, id: string) {
  const found = await loadCallback(ctx, id, CALLBACKS_READ);
  return { ...presentCallback(ctx, found), followUpRecord: await findFollowUp(ctx.db, ctx.actor.tenantId, id) };
}

export interface RecordInput {
  version: number;
  reached: boolean;
  satisfaction?: Satisfaction | null | undefined;
  comments?: string | null | undefined;
  followUp?: string | null | undefined;
}

/**
 * Records the callback of a sampled order. An order outside the month's sample answers 422
 * `callback.not_in_sample`. A callback that reached the owner is final (409 `callback.already_recorded`);
 * one that did not reach them may be recorded again after another try.
 */
export async function recordCallback(ctx: UseCase, orderId: string, input: RecordInput) {
  return inTransaction(ctx, async (tx) => {
    const order = await loadOrder(tx, orderId);
    authorize(tx.actor.access, CALLBACKS_RECORD, order.officePath, 'order');
    const found = await repo.findCallbackByOrder(tx.db, tx.actor.tenantId, orderId);
    if (!found) throw fieldError('unprocessable', 'callback.not_in_sample', 'orderId', 'this order was not drawn for a callback');
    const before = found.callback;
    const satisfaction = input.satisfaction ?? null;
    const decision = decideCallback(before, 'record', { input: { reached: input.reached, satisfaction } });
    // a callback already final answers so before a stale version does; the answer is checked after both
    if ('refusal' in decision && decision.refusal.kind === 'conflict') nextOrThrow(decision, 'cannot record this callback');
    if (input.version !== before.version) throw conflict();
    const next: Callback = {
      ...before,
      state: nextOrThrow(decision, 'cannot record this callback'),
      reached: input.reached,
      satisfaction,
      comments: input.comments?.trim() || null,
      followUp: input.followUp?.trim() || null,
      attempts: before.attempts + 1,
      recordedAt: tx.now,
      recordedBy: tx.actor.userId,
      version: before.version + 1,
    };
    if (!(await repo.updateCallback(tx.db, tx.actor.tenantId, next, before.version))) throw conflict();
    await tx.audit({ action: 'callback.record', entity: 'callback', entityId: next.id, before, after: next });
    return getCallback(tx, next.id);
  });
}

async function loadForFollowUp(tx: Tx, id: string) {
  const found = await loadCallback(tx, id, CALLBACKS_RECORD);
  return { found, followUp: await findFollowUp(tx.db, tx.actor.tenantId, id) };
}

/**
 * Opens a complaint follow-up (投诉跟进) from a dissatisfied callback. The feedback module takes it as a complaint
 * (channel callback, A4.5) in the same transaction: the follow-up is handled and closed there.
 */
export async function openFollowUp(ctx: UseCase, id: string, input: { description: string }) {
  return inTransaction(ctx, async (tx) => {
    const { found, followUp } = await loadForFollowUp(tx, id);
    nextOrThrow(decideCallback(found.callback, 'open_follow_up', { hasFollowUp: followUp !== null }), 'cannot open a follow-up');
    const record: ComplaintFollowUp = {
      id: newId(),
      callbackId: id,
      state: 'open',
      description: input.description.trim(),
      result: null,
      openedBy: tx.actor.userId,
      openedAt: tx.now,
      closedBy: null,
      closedAt: null,
      version: 1,
    };
    await insertFollowUp(tx.db, tx.actor.tenantId, record);
    await tx.audit({ action: 'callback.follow_up_open', entity: 'callback', entityId: id, after: record });
    await publish(tx, 'callback.follow_up_opened', {
      callbackId: id,
      officeId: found.callback.officeId,
      orderId: found.callback.orderId,
      customerName: found.order.customerName,
      customerPhone: found.order.customerPhone,
      address: found.order.address,
      comments: found.callback.comments,
      description: record.description,
    });
    return getCallback(tx, id);
  });
}

/**
 * Closes the complaint follow-up with what was done about it: only one opened before its complaint existed (before
 * issue 17); one with a complaint answers 422 `callback.follow_up_is_complaint` (it closes with the complaint).
 */
export async function closeFollowUp(ctx: UseCase, id: string, input: { version: number; result: string }) {
  return inTransaction(ctx, async (tx) => {
    const { found, followUp } = await loadForFollowUp(tx, id);
    if (!followUp) throw new DomainError('unprocessable', 'callback.no_follow_up', 'this callback has no follow-up');
    const decision = decideFollowUp(followUp.state, 'close', { hasComplaint: found.complaint !== null });
    const closed = nextOrThrow(
      decision,
      `cannot close this follow-up: it is ${found.complaint ? `complaint ${found.complaint.number}` : followUp.state}`,
    );
    if (followUp.version !== input.version) throw conflict();
    const next: ComplaintFollowUp = {
      ...followUp,
      state: closed,
      result: input.result.trim(),
      closedBy: tx.actor.userId,
      closedAt: tx.now,
      version: followUp.version + 1,
    };
    if (!(await saveFollowUp(tx.db, tx.actor.tenantId, next, followUp.version))) throw conflict();
    await tx.audit({ action: 'callback.follow_up_close', entity: 'callback', entityId: id, before: followUp, after: next });
    return getCallback(tx, id);
  });
}

/**
 * The follow-up follows its complaint (subscribed to the feedback module's events, in its transaction): closed with
 * the complaint's resolution as its result, opened again when the complaint is reopened. Audited as the callback's.
 */
export async function followComplaint(tx: Tx, e: DomainEvents['feedback.closed'], command: 'complaint_closed' | 'complaint_reopened') {
  if (!e.callbackId) return;
  const before = await findFollowUp(tx.db, tx.actor.tenantId, e.callbackId);
  if (!before) return;
  const decision = decideFollowUp(before.state, command, { hasComplaint: true });
  if (!allowed(decision)) return; // already where the complaint put it (a complaint reopened from told)
  const closing = command === 'complaint_closed';
  const next: ComplaintFollowUp = {
    ...before,
    state: nextOrThrow(decision, command),
    result: closing ? e.text?.trim() || e.number : null,
    closedBy: closing ? tx.actor.userId : null,
    closedAt: closing ? tx.now : null,
    version: before.version + 1,
  };
  if (!(await saveFollowUp(tx.db, tx.actor.tenantId, next, before.version))) throw conflict();
  await tx.audit({
    action: closing ? 'callback.follow_up_close' : 'callback.follow_up_reopen',
    entity: 'callback',
    entityId: e.callbackId,
    before,
    after: { ...next, complaintNumber: e.number },
  });
}

/** For the history reader: the callback exists and the caller may read it. */
export const readCallback = (ctx: UseCase, id: string) => loadCallback(ctx, id, CALLBACKS_READ);
