import type { Tx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { insertEvents } from './device-events.repo.js';
import type { DeviceKind, OrderRef } from './gps.types.js';
import type { Move } from './register.rules.js';

/** Writes a device's moves to its history (设备履历), in the caller's transaction: who, when, and the order if any. */
export async function recordMoves(
  tx: Tx,
  kind: DeviceKind,
  deviceId: string,
  moves: readonly Move[],
  extra: { order?: OrderRef | null | undefined; note?: string | undefined } = {},
) {
  await insertEvents(
    tx.db,
    moves.map((m) => ({
      tenantId: tx.actor.tenantId,
      id: newId(),
      deviceKind: kind,
      deviceId,
      event: m.event,
      vehicleId: m.vehicleId,
      orderId: extra.order?.id ?? null,
      orderNumber: extra.order?.number ?? null,
      note: extra.note ?? '',
      at: tx.now,
      byName: tx.actor.displayName,
    })),
  );
}
