import { AdjustableClock } from '../../platform/clock.js';
import { inTransaction, type UseCase } from '../../platform/context.js';
import { DomainError } from '../../platform/http/errors.js';
import { defaultWorkerId, type RunReport } from '../../platform/jobs/worker.js';
import { followClockJump } from '../identity/session.service.js';
import { authorizeRoot } from './jobs.access.js';
import { DEMO_CLOCK, JOBS_MANAGE } from './jobs.permissions.js';
import { runDueJobs } from './jobs.worker.js';

/** The demo server's movable clock, or null when the server keeps real time. */
export function demoClockOf(ctx: UseCase): AdjustableClock | null {
  return ctx.config.demoMode && ctx.clock instanceof AdjustableClock ? ctx.clock : null;
}

function requireDemo(ctx: UseCase): AdjustableClock {
  const clock = demoClockOf(ctx);
  // outside demo mode these routes do not exist for anyone
  if (!clock) throw new DomainError('not_found', 'demo.off', 'this server is not in demo mode');
  return clock;
}

/** Demo mode: runs this organisation's due jobs now, instead of waiting for the next poll. */
export async function runDueNow(ctx: UseCase): Promise<{ ran: RunReport[]; now: string }> {
  requireDemo(ctx);
  await authorizeRoot(ctx, JOBS_MANAGE);
  const ran = await runDueJobs(ctx, { workerId: `${defaultWorkerId()}:api`, tenantId: ctx.actor.tenantId });
  return { ran, now: ctx.clock.now().toISOString() };
}

/** The server's time, and whether it can be set (demo mode). */
export function readClock(ctx: UseCase) {
  const now = ctx.clock.now();
  return {
    demoMode: demoClockOf(ctx) !== null,
    now: now.toISOString(),
    simulated: Math.abs(now.getTime() - Date.now()) > 1000,
  };
}

/** Demo mode: moves the server's clock (a simulated month end); null returns to the real time. */
export async function setDemoClock(ctx: UseCase, at: string | null) {
  const clock = requireDemo(ctx);
  await authorizeRoot(ctx, DEMO_CLOCK);
  const before = clock.now();
  clock.set(at ? new Date(at) : new Date());
  const after = clock.now();
  await inTransaction(ctx, async (tx) => {
    await followClockJump(tx, after.getTime() - before.getTime());
    await tx.audit({
      action: 'demo.clock',
      entity: 'tenant',
      entityId: tx.actor.tenantId,
      before: { now: before.toISOString() },
      after: { now: after.toISOString() },
    });
  });
  return readClock(ctx);
}
