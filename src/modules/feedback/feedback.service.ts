import { decide as decideAccess, scopeOf } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import type { StoredFile } from '../../platform/blobs.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { nextCounter } from '../../platform/counters.js';
import { publish } from '../../platform/events.js';
import { DomainError, fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { decodeImageDataUrl } from '../../platform/images.js';
import { nextOrThrow } from '../../platform/machine.js';
import { readRecord } from '../../platform/modules.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import { recordFile, storeFiles } from '../orders/order.service.js';
import { loadVisibleOrg } from '../orgs/org.service.js';
import { paramAt } from '../params/params.service.js';
import { decideFeedback, type FeedbackCommand, type FeedbackFacts } from './feedback.machine.js';
import { FEEDBACK_ANSWER, FEEDBACK_HANDLE, FEEDBACK_READ } from './feedback.permissions.js';
import { feedbackAbilities, mayAnswer, mayRead } from './feedback.policy.js';
import * as repo from './feedback.repo.js';
import { feedbackNumber, outcomeDueAt, replyDueAt } from './feedback.rules.js';
import type { Feedback, FeedbackChannel, FeedbackKind, FeedbackState, OutcomeSatisfaction, ReplyHow } from './feedback.types.js';

const conflict = () => new DomainError('conflict', 'record.version_conflict', 'the feedback was changed meanwhile; reload');
const forwardFacts = (forwards: readonly repo.LoadedForward[]) =>
  forwards.map((w) => ({ nodePath: w.nodePath, answered: w.forward.answeredAt !== null }));

/** The deadlines in force at a node, asked once per node of a page. */
function deadlines(ctx: UseCase) {
  const cache = new Map<string, Promise<{ replyHours: number; outcomeDays: number }>>();
  return (path: string) => {
    let d = cache.get(path);
    if (!d) {
      d = Promise.all([paramAt(ctx, path, 'feedbackReplyHours'), paramAt(ctx, path, 'feedbackOutcomeDays')]).then(
        ([replyHours, outcomeDays]) => ({
          replyHours,
          outcomeDays,
        }),
      );
      cache.set(path, d);
    }
    return d;
  };
}

async function present(ctx: UseCase, l: repo.LoadedFeedback, forwards: readonly repo.LoadedForward[], due: ReturnType<typeof deadlines>) {
  const f = l.feedback;
  const { replyHours, outcomeDays } = await due(l.officePath);
  const access = ctx.actor.access;
  return {
    ...f,
    officeName: l.officeName,
    aboutNodeName: l.aboutNodeName,
    aboutUserName: l.aboutUserName,
    aboutOrderNumber: l.aboutOrderNumber,
    replyDueAt: replyDueAt(f.receivedAt, replyHours),
    outcomeDueAt: outcomeDueAt(f.receivedAt, outcomeDays),
    forwards: forwards.map((w) => ({
      ...w.forward,
      nodeName: w.nodeName,
      mayAnswer: mayAnswer(access, { nodePath: w.nodePath, answered: w.forward.answeredAt !== null }),
    })),
    abilities: feedbackAbilities(access, f, l.officePath, forwardFacts(forwards)),
  };
}

/**
 * A feedback the caller may read (feedback.read at its node, or feedback.answer where it was forwarded): 404
 * outside the caller's nodes, 403 inside without the permission. `handle` asks feedback.handle at its node.
 */
async function loadFeedback(ctx: UseCase, id: string, need: 'read' | 'handle' = 'read') {
  const found = await repo.findFeedback(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound('feedback');
  const forwards = await repo.listForwards(ctx.db, ctx.actor.tenantId, [id]);
  if (need === 'handle') authorize(ctx.actor.access, FEEDBACK_HANDLE, found.officePath, 'feedback');
  else if (!mayRead(ctx.actor.access, found.officePath, forwardFacts(forwards))) {
    const d = decideAccess(ctx.actor.access, FEEDBACK_READ, found.officePath);
    if (d === 'not_found') throw notFound('feedback');
    throw new DomainError('forbidden', 'auth.forbidden', `missing permission ${FEEDBACK_READ} here`);
  }
  return { found, forwards };
}

/** One feedback with its forwards, photos, deadlines and what the caller may do. */
export async function getFeedback(ctx: UseCase, id: string) {
  const { found, forwards } = await loadFeedback(ctx, id);
  const photos = await repo.listPhotos(ctx.db, ctx.actor.tenantId, id);
  return {
    ...(await present(ctx, found, forwards, deadlines(ctx))),
    photos: photos.map((p) => ({
      blobId: p.blob_id,
      contentType: p.content_type,
      addedAt: p.added_at,
      url: `/api/feedback/${id}/photos/${p.blob_id}`,
    })),
  };
}

/** For the history reader: the feedback exists and the caller may read it. */
export const readFeedback = (ctx: UseCase, id: string) => loadFeedback(ctx, id);

/** A photo kept with a feedback, for its readers only. */
export async function feedbackPhoto(ctx: UseCase, id: string, blobId: string) {
  await loadFeedback(ctx, id);
  const photo = (await repo.listPhotos(ctx.db, ctx.actor.tenantId, id)).find((p) => p.blob_id === blobId);
  const bytes = photo && (await ctx.blobs.get(ctx.actor.tenantId, blobId));
  if (!photo || !bytes) throw notFound('image');
  return { contentType: photo.content_type, bytes };
}

export interface FeedbackListQuery {
  orgId?: string | undefined;
  state?: FeedbackState | undefined;
  kind?: FeedbackKind | undefined;
  channel?: FeedbackChannel | undefined;
  overdue?: boolean | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

/**
 * The feedback of the caller's nodes (and of the departments they answer for), newest first. A caller who may
 * neither read nor answer feedback anywhere gets 403. `overdue` applies the deadlines in force at the chosen node
 * (or the caller's first); the monitors apply each office's own.
 */
export async function listFeedback(ctx: UseCase, query: FeedbackListQuery) {
  const readScope = scopeOf(ctx.actor.access, FEEDBACK_READ);
  const answerScope = scopeOf(ctx.actor.access, FEEDBACK_ANSWER);
  if (!readScope.length && !answerScope.length) throw new DomainError('forbidden', 'auth.forbidden', `missing permission ${FEEDBACK_READ}`);
  const office = query.orgId ? await loadVisibleOrg(ctx, query.orgId) : undefined;
  const due = deadlines(ctx);
  let overdue: repo.FeedbackFilter['overdue'];
  if (query.overdue) {
    const { replyHours, outcomeDays } = await due(office?.path ?? readScope[0] ?? answerScope[0]!);
    const now = ctx.clock.now().getTime();
    overdue = {
      replyBefore: new Date(now - replyHours * 3_600_000).toISOString(),
      outcomeBefore: new Date(now - outcomeDays * 86_400_000).toISOString(),
    };
  }
  const { items, total } = await repo.listFeedback(ctx.db, ctx.actor.tenantId, {
    readScope,
    answerScope,
    state: query.state,
    kind: query.kind,
    channel: query.channel,
    officePath: office?.path,
    overdue,
    q: query.q,
    page: query.page,
    pageSize: query.pageSize,
  });
  const forwards = await repo.listForwards(
    ctx.db,
    ctx.actor.tenantId,
    items.map((i) => i.feedback.id),
  );
  return {
    items: await Promise.all(
      items.map((l) =>
        present(
          ctx,
          l,
          forwards.filter((w) => w.forward.feedbackId === l.feedback.id),
          due,
        ),
      ),
    ),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

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
const UNSETTLED = {
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
  const photos = (input.photos ?? []).map((p, i) => decodeImageDataUrl(p, `photos.${i}`, 'photo'));
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

/** Loads for a command, decides it, applies the change, saves by version and audits it. */
async function step(
  ctx: UseCase,
  id: string,
  version: number,
  command: FeedbackCommand,
  apply: (f: Feedback, next: FeedbackState, tx: Tx) => Partial<Feedback>,
  opts: { facts?: (forwards: repo.LoadedForward[]) => FeedbackFacts; after?: (tx: Tx, f: Feedback) => Promise<unknown> } = {},
) {
  return inTransaction(ctx, async (tx) => {
    const { found, forwards } = await loadFeedback(tx, id, 'handle');
    const before = found.feedback;
    const decision = decideFeedback(before, command, opts.facts?.(forwards) ?? {});
    // a state that no longer allows the step answers so before a stale version does
    if ('refusal' in decision && decision.refusal.kind === 'conflict') nextOrThrow(decision, `cannot ${command}`);
    if (version !== before.version) throw conflict();
    const next = nextOrThrow(decision, `cannot ${command}`);
    const after: Feedback = { ...before, ...apply(before, next, tx), state: next, version: before.version + 1 };
    if (!(await repo.updateFeedback(tx.db, tx.actor.tenantId, after, before.version))) throw conflict();
    const extra = await opts.after?.(tx, after);
    await tx.audit({ action: `feedback.${command}`, entity: 'feedback', entityId: id, before, after: extra ? { ...after, extra } : after });
    return getFeedback(tx, id);
  });
}

/** The first reply to the customer (A4.5 "及时答复"): how and what. */
export const replyFeedback = (ctx: UseCase, id: string, input: { version: number; how: ReplyHow; text: string }) =>
  step(ctx, id, input.version, 'reply', (f, _n, tx) => ({
    firstReplyAt: f.firstReplyAt ?? tx.now,
    firstReplyBy: f.firstReplyBy ?? tx.actor.userId,
    replyHow: input.how,
    replyText: input.text,
  }));

/** Forwards to one or more departments (A4.5 "转达相关部门"): each gets its own row to answer on. */
export async function forwardFeedback(
  ctx: UseCase,
  id: string,
  input: { version: number; nodeIds: string[]; note?: string | null | undefined },
) {
  const nodeIds = [...new Set(input.nodeIds)];
  return step(ctx, id, input.version, 'forward', () => ({}), {
    after: async (tx, f) => {
      const sent = [];
      for (const [i, nodeId] of nodeIds.entries()) {
        let node: Awaited<ReturnType<typeof loadVisibleOrg>>;
        try {
          node = await loadVisibleOrg(tx, nodeId);
        } catch {
          throw fieldError('unprocessable', 'feedback.forward_node_unknown', `nodeIds.${i}`, 'no such node among yours');
        }
        if (!node.active)
          throw fieldError('unprocessable', 'feedback.forward_node_unknown', `nodeIds.${i}`, 'the node is no longer in use');
        const w = {
          id: newId(),
          feedbackId: f.id,
          nodeId: node.id,
          note: input.note?.trim() || null,
          sentAt: tx.now,
          sentBy: tx.actor.userId,
          answer: null,
          answeredAt: null,
          answeredBy: null,
        };
        await repo.insertForward(tx.db, tx.actor.tenantId, w);
        sent.push({ forwardId: w.id, nodeId: node.id, nodeName: node.name });
      }
      return { forwarded: sent };
    },
  });
}

/** A department's answer to a forward (feedback.answer held at the node it was sent to). */
export async function answerForward(ctx: UseCase, id: string, forwardId: string, input: { answer: string }) {
  return inTransaction(ctx, async (tx) => {
    const { found, forwards } = await loadFeedback(tx, id);
    const w = forwards.find((x) => x.forward.id === forwardId);
    if (!w) throw notFound('feedback_forward');
    if (!mayAnswer(tx.actor.access, { nodePath: w.nodePath, answered: false }))
      throw new DomainError('forbidden', 'auth.forbidden', `missing permission ${FEEDBACK_ANSWER} at ${w.nodeName}`);
    nextOrThrow(decideFeedback(found.feedback, 'answer', { forwardAnswered: w.forward.answeredAt !== null }), 'cannot answer');
    if (!(await repo.answerForward(tx.db, tx.actor.tenantId, forwardId, { answer: input.answer, at: tx.now, by: tx.actor.userId })))
      throw new DomainError('conflict', 'feedback.forward_answered', 'this forward was answered meanwhile');
    await tx.audit({
      action: 'feedback.answer',
      entity: 'feedback',
      entityId: id,
      before: w.forward,
      after: { ...w.forward, answer: input.answer, answeredAt: tx.now, answeredBy: tx.actor.userId },
    });
    return getFeedback(tx, id);
  });
}

/** Resolved (refused while a department has not answered its forward). */
export const resolveFeedback = (ctx: UseCase, id: string, input: { version: number; resolution: string }) =>
  step(
    ctx,
    id,
    input.version,
    'resolve',
    (_f, _n, tx) => ({ resolvedAt: tx.now, resolvedBy: tx.actor.userId, resolution: input.resolution }),
    {
      facts: (forwards) => ({ unansweredForwards: forwards.filter((w) => w.forward.answeredAt === null).length }),
    },
  );

/** The outcome told to the customer (A4.5 "告知客户"): how, when, what, and whether they were satisfied. */
export function tellFeedback(
  ctx: UseCase,
  id: string,
  input: { version: number; how: ReplyHow; text: string; satisfaction: OutcomeSatisfaction; at?: string | undefined },
) {
  return step(ctx, id, input.version, 'tell', (f, _n, tx) => {
    const at = input.at ? new Date(input.at).toISOString() : tx.now;
    if (at > tx.now || at < (f.resolvedAt ?? f.receivedAt))
      throw fieldError(
        'unprocessable',
        'feedback.told_at_invalid',
        'at',
        'the customer was told after the resolution and not in the future',
      );
    return { toldAt: at, toldBy: tx.actor.userId, tellHow: input.how, tellText: input.text, outcomeSatisfaction: input.satisfaction };
  });
}

/** What other modules hear of a closed or reopened feedback (a callback's follow-up follows its complaint). */
const settled = (f: Feedback, text: string | null) => ({ feedbackId: f.id, number: f.number, callbackId: f.callbackId, text });

/** Closed once the customer was told; a callback's complaint closes its follow-up in the same transaction. */
export const closeFeedback = (ctx: UseCase, id: string, input: { version: number }) =>
  step(ctx, id, input.version, 'close', (_f, _n, tx) => ({ closedAt: tx.now, closedBy: tx.actor.userId }), {
    after: (tx, f) => publish(tx, 'feedback.closed', settled(f, f.resolution)),
  });

/** Reopened when the customer is not satisfied: a new round from `replied`; the audit keeps the old outcome. */
export const reopenFeedback = (ctx: UseCase, id: string, input: { version: number; reason: string }) =>
  step(
    ctx,
    id,
    input.version,
    'reopen',
    (f) => ({
      reopenCount: f.reopenCount + 1,
      reopenReason: input.reason,
      ...UNSETTLED,
    }),
    { after: (tx, f) => publish(tx, 'feedback.reopened', settled(f, input.reason)) },
  );

/** A web-form submission nobody should answer: out of the queue, never late. */
export const markSpam = (ctx: UseCase, id: string, input: { version: number }) =>
  step(ctx, id, input.version, 'mark_spam', (_f, _n, tx) => ({ spamAt: tx.now, spamBy: tx.actor.userId }));

/** Marks or unmarks a suggestion as valuable (A4.5 "有价值的建议"). */
export const markValuable = (ctx: UseCase, id: string, input: { version: number; valuable: boolean }) =>
  step(ctx, id, input.version, 'mark_valuable', () => ({ valuable: input.valuable }));
