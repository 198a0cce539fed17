/**
 * The steps of a feedback after intake (A4.5): the first reply, forwards to departments and their answers,
 * resolution, telling the customer, closing and reopening, spam and valuable marks. Each loads, decides by the
 * machine, saves by version and audits in one transaction.
 */
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { publish } from '../../platform/events.js';
import { DomainError, fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { nextOrThrow } from '../../platform/machine.js';
import { decideFeedback, type FeedbackCommand, type FeedbackFacts } from './feedback.machine.js';
import { FEEDBACK_ANSWER } from './feedback.permissions.js';
import { mayAnswer } from './feedback.policy.js';
import * as repo from './feedback.repo.js';
import { getFeedback, loadFeedback } from './feedback.service.js';
import type { Feedback, FeedbackState, OutcomeSatisfaction, ReplyHow } from './feedback.types.js';
import { forwardTargetsOf } from './feedback-forward.service.js';
import { UNSETTLED } from './feedback-intake.service.js';

const conflict = () => new DomainError('conflict', 'record.version_conflict', 'the feedback was changed meanwhile; reload');

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

/**
 * Forwards to one or more departments (A4.5 "转达相关部门"), each of the company's departments the feedback may go to
 * (feedback-forward.service.ts) with someone there to answer: each gets its own row to answer on.
 */
export async function forwardFeedback(
  ctx: UseCase,
  id: string,
  input: { version: number; nodeIds: string[]; note?: string | null | undefined },
) {
  const nodeIds = [...new Set(input.nodeIds)];
  return step(ctx, id, input.version, 'forward', () => ({}), {
    after: async (tx, f) => {
      const targets = new Map((await forwardTargetsOf(tx, f.officeId)).map((t) => [t.id, t]));
      const sent = [];
      for (const [i, nodeId] of nodeIds.entries()) {
        const target = targets.get(nodeId);
        if (!target)
          throw fieldError('unprocessable', 'feedback.forward_node_unknown', `nodeIds.${i}`, 'not a department this feedback may go to');
        if (!target.answerers.length)
          throw fieldError(
            'unprocessable',
            'feedback.forward_nobody_answers',
            `nodeIds.${i}`,
            'nobody of this department answers feedback',
          );
        const w = {
          id: newId(),
          feedbackId: f.id,
          nodeId,
          note: input.note?.trim() || null,
          sentAt: tx.now,
          sentBy: tx.actor.userId,
          answer: null,
          answeredAt: null,
          answeredBy: null,
        };
        await repo.insertForward(tx.db, tx.actor.tenantId, w);
        sent.push({ forwardId: w.id, nodeId, nodeName: target.name });
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
