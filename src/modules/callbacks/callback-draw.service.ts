import { randomBytes } from 'node:crypto';
import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { DomainError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import type { JobKind, JobRun } from '../../platform/jobs/job.types.js';
import { tenantZone } from '../../platform/tenancy.js';
import { visibleOrgs } from '../orgs/org.service.js';
import { paramAt } from '../params/params.service.js';
import { CALLBACKS_READ } from './callback.permissions.js';
import { insertCallbacks } from './callback.repo.js';
import { drawSample, localMonth, MONTH_PATTERN, monthRange, previousMonth, SAMPLE_TYPE_PARAMS, sampledTypes } from './callback.rules.js';
import type { Callback, CallbackDraw } from './callback.types.js';
import * as repo from './callback-draws.repo.js';

export interface DrawSummary {
  month: string;
  /** Offices drawn now, and offices whose draw for the month already existed (left as they were). */
  drawn: number;
  alreadyDrawn: number;
  callbacks: number;
}

async function drawOffice(tx: Tx, office: { id: string; path: string }, month: string, zone: string): Promise<number | null> {
  if (await repo.findDraw(tx.db, tx.actor.tenantId, office.id, month)) return null;
  const { from, to } = monthRange(month, zone);
  const flags = {} as Record<keyof typeof SAMPLE_TYPE_PARAMS, number>;
  for (const [type, key] of Object.entries(SAMPLE_TYPE_PARAMS)) flags[type as keyof typeof flags] = await paramAt(tx, office.path, key);
  const candidateIds = await repo.acceptedOrderIds(tx.db, tx.actor.tenantId, office.id, from, to, sampledTypes(flags));
  const sampleSize = await paramAt(tx, office.path, 'callbackSampleSize');
  const seed = randomBytes(4).toString('hex');
  const draw: CallbackDraw = {
    id: newId(),
    officeId: office.id,
    month,
    seed,
    candidateIds,
    sampleSize,
    sampledIds: drawSample(candidateIds, sampleSize, seed),
    drawnAt: tx.now,
  };
  const assigneeId = await repo.supervisorFor(tx.db, tx.actor.tenantId, office.path);
  const callbacks: Callback[] = draw.sampledIds.map((orderId) => ({
    id: newId(),
    drawId: draw.id,
    officeId: office.id,
    month,
    orderId,
    assigneeId,
    state: 'to_do',
    reached: null,
    satisfaction: null,
    comments: null,
    followUp: null,
    attempts: 0,
    recordedAt: null,
    recordedBy: null,
    version: 1,
    createdAt: tx.now,
  }));
  await repo.insertDraw(tx.db, tx.actor.tenantId, draw);
  await insertCallbacks(tx.db, tx.actor.tenantId, callbacks);
  await tx.audit({ action: 'callback.draw', entity: 'callback_draw', entityId: draw.id, after: draw });
  for (const c of callbacks) await tx.audit({ action: 'callback.assign', entity: 'callback', entityId: c.id, after: c });
  return callbacks.length;
}

/**
 * The monthly draw (A7.4.10) for `month`: for every active office without a draw for that month, samples
 * `callbackSampleSize` of the orders accepted in the month (all of them when fewer) of the order types the office
 * samples (`callbackSampleHousekeeping`, `callbackSamplePaidService`, `callbackSampleRepair`) with a fresh seed, stores
 * the seed with the candidates, and assigns each sampled order's callback to the office's customer-service
 * supervisor (left unassigned, for the office to see, when there is none). Running it again draws nothing.
 */
export async function drawCallbacks(ctx: UseCase, month: string): Promise<DrawSummary> {
  if (!MONTH_PATTERN.test(month)) throw new DomainError('unprocessable', 'callback.month_invalid', 'month must be YYYY-MM');
  return inTransaction(ctx, async (tx) => {
    const zone = await tenantZone(tx);
    const offices = (await visibleOrgs(tx)).filter((n) => n.kind === 'office' && n.active);
    const summary: DrawSummary = { month, drawn: 0, alreadyDrawn: 0, callbacks: 0 };
    for (const office of offices) {
      const made = await drawOffice(tx, office, month, zone);
      if (made === null) summary.alreadyDrawn++;
      else {
        summary.drawn++;
        summary.callbacks += made;
      }
    }
    return summary;
  });
}

/** The month a run due at `dueAt` draws: the calendar month before the one it is due in, in the tenant's zone. */
export const drawMonthOf = (dueAt: string, zone: string) => previousMonth(localMonth(dueAt, zone));

/** Runs the draw for the month before the run's due date (so a late or retried run still draws the right month). */
export async function runCallbackDraw(run: JobRun) {
  const summary = await drawCallbacks(run, drawMonthOf(run.job.dueAt, await tenantZone(run)));
  return {
    summary: `${summary.month}: ${summary.drawn} offices drawn, ${summary.callbacks} callbacks, ${summary.alreadyDrawn} already drawn`,
  };
}

export const callbackDrawJob: JobKind = {
  kind: 'callbacks.draw',
  title: { 'zh-CN': '每月回访抽样（A7.4.10）', en: 'Monthly callback draw (A7.4.10)' },
  recurring: { cron: '0 1 1 * *' },
  handler: runCallbackDraw,
};

/** One draw with its proof: the sample recomputed from the stored seed and candidates, and whether it matches. */
export async function getDraw(ctx: UseCase, id: string) {
  const found = await repo.getDraw(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound('draw');
  authorize(ctx.actor.access, CALLBACKS_READ, found.officePath, 'draw');
  const recomputed = drawSample(found.draw.candidateIds, found.draw.sampleSize, found.draw.seed);
  return {
    ...found.draw,
    officeName: found.officeName,
    recomputedIds: recomputed,
    reproduced: recomputed.length === found.draw.sampledIds.length && recomputed.every((id, i) => id === found.draw.sampledIds[i]),
  };
}
