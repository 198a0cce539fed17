/**
 * Reading customer feedback (A4.5): one feedback with its forwards, photos, deadlines and what the caller may do,
 * the queue of the caller's nodes, and the access check every use case loads a feedback through. Intake is in
 * feedback-intake.service.ts, the steps after it in feedback-steps.service.ts.
 */
import { decide as decideAccess, scopeOf } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import type { UseCase } from '../../platform/context.js';
import { DomainError, notFound } from '../../platform/http/errors.js';
import { loadVisibleOrg } from '../orgs/org.service.js';
import { paramAt } from '../params/params.service.js';
import { FEEDBACK_ANSWER, FEEDBACK_HANDLE, FEEDBACK_READ } from './feedback.permissions.js';
import { feedbackAbilities, mayAnswer, mayRead } from './feedback.policy.js';
import * as repo from './feedback.repo.js';
import { outcomeDueAt, replyDueAt } from './feedback.rules.js';
import type { FeedbackChannel, FeedbackKind, FeedbackState } from './feedback.types.js';

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
export async function loadFeedback(ctx: UseCase, id: string, need: 'read' | 'handle' = 'read') {
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
