import type { Tx } from '../../platform/context.js';
import type { DomainEvents } from '../../platform/events.js';
import { newFeedback } from './feedback-intake.service.js';

/**
 * A dissatisfied callback's follow-up (A7.4.10) taken as a complaint (A4.5) in the callback's own transaction:
 * channel `callback`, at the order's office, from the order's customer, about the order, the owner's words as its
 * text. It keeps the callback's id (unique), so the follow-up and the complaint are one record: the follow-up
 * links to it and closes when it closes.
 */
export async function takeCallbackComplaint(tx: Tx, e: DomainEvents['callback.follow_up_opened']): Promise<void> {
  const f = await newFeedback(tx, {
    officeId: e.officeId,
    kind: 'complaint',
    channel: 'callback',
    customerName: e.customerName,
    customerPhone: e.customerPhone,
    unitId: null,
    address: e.address,
    vehiclePlate: null,
    aboutNodeId: null,
    aboutOrderId: e.orderId,
    aboutUserId: null,
    content: e.comments?.trim() || e.description,
    receivedBy: tx.actor.userId,
    callbackId: e.callbackId,
  });
  await tx.audit({ action: 'feedback.receive', entity: 'feedback', entityId: f.id, after: f });
}
