import type { UseCase } from '../../platform/context.js';
import { handoversOfPayment, remittancesOfPayment } from './cash-trail.repo.js';
import { holdingsByPayment } from './custody.repo.js';

/**
 * Where one payment's money went (A7.4.7, A2.4.2.4): who holds it now and since when, every hand-over that carried
 * it (offered, confirmed or refused), and every remittance to finance it went into (a returned one too). Null when
 * the payment never went into anyone's hands. Whether the caller may see it is whether they may read what it paid
 * for: the caller (the order's page) checks that first.
 */
export async function cashTrail(ctx: UseCase, paymentId: string) {
  const t = ctx.actor.tenantId;
  const [holding] = await holdingsByPayment(ctx.db, t, [paymentId]);
  if (!holding) return null;
  const [handovers, remittances] = await Promise.all([handoversOfPayment(ctx.db, t, holding), remittancesOfPayment(ctx.db, t, paymentId)]);
  return {
    amountFen: holding.amountFen,
    collectedAt: holding.collectedAt,
    holderId: holding.holderId,
    holderName: holding.holderName,
    since: holding.since,
    settledAt: holding.settledAt,
    handovers: handovers.map((h) => ({
      id: h.id,
      fromName: h.fromName,
      toName: h.toName,
      state: h.state,
      withForm: h.withForm,
      note: h.note,
      offeredAt: h.offeredAt,
      decidedAt: h.decidedAt,
    })),
    remittances: remittances.map((r) => ({
      id: r.id,
      state: r.state,
      cashierName: r.cashierName,
      createdAt: r.createdAt,
      confirmedBy: r.confirmedBy,
      confirmedAt: r.confirmedAt,
      returnedBy: r.returnedBy,
      returnedAt: r.returnedAt,
      returnReason: r.returnReason,
    })),
  };
}
