/**
 * Taking in customer feedback (A4.5): a new feedback's record and number, its photos, and the intake by the node's
 * staff (hotline, letter, visit) with the unit, order and staff member it is about. The public form and a
 * callback's complaint create theirs through `newFeedback` here too.
 */
import { authorize } from '../../platform/authz/guard.js';
import type { StoredFile } from '../../platform/blobs.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { nextCounter } from '../../platform/counters.js';
import { DomainError, fieldError } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { checkImage } from '../../platform/images.js';
import { readRecord } from '../../platform/modules.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import { recordFile, storeFiles } from '../orders/order.service.js';
import { loadVisibleOrg } from '../orgs/org.service.js';
import { FEEDBACK_HANDLE } from './feedback.permissions.js';
import * as repo from './feedback.repo.js';
import { feedbackNumber } from './feedback.rules.js';
import { getFeedback } from './feedback.service.js';
import type { Feedback, FeedbackChannel, FeedbackKind } from './feedback.types.js';

export interface IntakeInput {
  officeId: string;
  kind: FeedbackKind;
  channel: FeedbackChannel;
  customerName: string;
  customerPhone?: string | null | undefined;
  unitId?: string | null | undefined;
  address?: string | null | undefined;
  vehiclePlate?: string | null | undefined;
  aboutNodeId?: string | null | undefined;
  aboutOrderId?: string | null | undefined;
  aboutUserId?: string | null | undefined;
  content: string;
  photos?: string[] | undefined;
}

/** The unit, read through the estate register (404 on `unitId` when the caller may not read it). */
async function pickedUnit(ctx: UseCase, unitId: string) {
  try {
    return await readRecord(ctx, 'estate_unit', unitId);
  } catch (e) {
    if (e instanceof DomainError && e.kind === 'not_found')
      throw new DomainError('not_found', 'unit.not_found', 'unit not found', [
        { field: 'unitId', code: 'unit.not_found', message: 'no such unit in your offices' },
      ]);
    throw e;
  }
}

/** The order a feedback is about, read through the orders' own reader (404 on `aboutOrderId` outside the caller's reach). */
async function pickedOrder(ctx: UseCase, orderId: string) {
  try {
    await readRecord(ctx, 'order', orderId);
  } catch (e) {
    if (e instanceof DomainError && (e.kind === 'not_found' || e.kind === 'forbidden'))
      throw new DomainError('not_found', 'order.not_found', 'order not found', [
        { field: 'aboutOrderId', code: 'order.not_found', message: 'no such order in your offices' },
      ]);
    throw e;
  }
}

/** A round not yet settled: no resolution, no telling, not closed (a new feedback, and one reopened). */
export const UNSETTLED = {
  resolvedAt: null,
  resolvedBy: null,
  resolution: null,
  toldAt: null,
  toldBy: null,
  tellHow: null,
  tellText: null,
  outcomeSatisfaction: null,
  closedAt: null,
  closedBy: null,
} as const;

/** A new feedback's record, numbered `FK-YYYYMMDD-NNNN`. */
export async function newFeedback(
  tx: Tx,
  fields: Omit<Feedback, 'id' | 'number' | 'state' | 'receivedAt' | 'version' | 'valuable' | 'reopenCount' | 'callbackId' | FilledLater> & {
    callbackId?: string | null;
  },
) {
  const day = businessDate(new Date(tx.now), await tenantZone(tx));
  const seq = await nextCounter(tx.db, tx.actor.tenantId, `feedback:FK:${day}`);
  const f: Feedback = {
    id: newId(),
    number: feedbackNumber(day, seq),
    state: 'received',
    receivedAt: tx.now,
    valuable: false,
    reopenCount: 0,
    version: 1,
    firstReplyAt: null,
    firstReplyBy: null,
    replyHow: null,
    replyText: null,
    ...UNSETTLED,
    reopenReason: null,
    spamAt: null,
    spamBy: null,
    callbackId: null,
    ...fields,
  };
  await repo.insertFeedback(tx.db, tx.actor.tenantId, f);
  return f;
}
type FilledLater =
  | 'firstReplyAt'
  | 'firstReplyBy'
  | 'replyHow'
  | 'replyText'
  | 'resolvedAt'
  | 'resolvedBy'
  | 'resolution'
  | 'toldAt'
  | 'toldBy'
  | 'tellHow'
  | 'tellText'
  | 'outcomeSatisfaction'
  | 'closedAt'
  | 'closedBy'
  | 'reopenReason'
  | 'spamAt'
  | 'spamBy';

/** Names photos written before the transaction (`storeFiles`) on the feedback. */
export async function keepPhotos(tx: Tx, feedbackId: string, files: StoredFile[]) {
  for (const file of files) {
    const blobId = await recordFile(tx, file);
    await repo.insertPhoto(tx.db, tx.actor.tenantId, feedbackId, blobId, tx.actor.displayName, tx.now);
  }
}

/** Feedback taken by the node's staff (hotline, letter, visit): received, its reply due within `feedbackReplyHours`. */
export async function createFeedback(ctx: UseCase, input: IntakeInput) {
  const photos = await Promise.all((input.photos ?? []).map((p, i) => checkImage(p, `photos.${i}`, 'photo')));
  // on disk before the transaction that names them
  const files = await storeFiles(ctx, photos);
  return inTransaction(ctx, async (tx) => {
    const office = await loadVisibleOrg(tx, input.officeId);
    authorize(tx.actor.access, FEEDBACK_HANDLE, office.path, 'org');
    const unit = input.unitId ? await pickedUnit(tx, input.unitId) : null;
    if (input.aboutNodeId) await loadVisibleOrg(tx, input.aboutNodeId);
    if (input.aboutOrderId) await pickedOrder(tx, input.aboutOrderId);
    if (input.aboutUserId && !(await repo.findActiveUser(tx.db, tx.actor.tenantId, input.aboutUserId)))
      throw fieldError('unprocessable', 'feedback.user_not_found', 'aboutUserId', 'no such active staff member');
    const f = await newFeedback(tx, {
      officeId: office.id,
      kind: input.kind,
      channel: input.channel,
      customerName: input.customerName,
      customerPhone: input.customerPhone || null,
      unitId: unit?.id ?? null,
      address: input.address?.trim() || unit?.address || null,
      vehiclePlate: input.vehiclePlate?.trim() || null,
      aboutNodeId: input.aboutNodeId ?? null,
      aboutOrderId: input.aboutOrderId ?? null,
      aboutUserId: input.aboutUserId ?? null,
      content: input.content,
      receivedBy: tx.actor.userId,
    });
    await keepPhotos(tx, f.id, files);
    await tx.audit({ action: 'feedback.receive', entity: 'feedback', entityId: f.id, after: f });
    return getFeedback(tx, f.id);
  });
}
