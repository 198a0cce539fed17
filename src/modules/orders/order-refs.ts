import type { UseCase } from '../../platform/context.js';
import { type RecordRef, resolveRefs } from '../../platform/modules.js';
import type { OrderDetails, OrderTypeDef } from './types/order-type.js';

/**
 * The records an order's `ref` details name (a visit's patient and physician order), as the caller is to see them:
 * label, contents and a link only where they may read the record. One query per entity, whatever the number of
 * fields naming it; a detail whose record is not found is left out, and the page shows its value as it is.
 */
export async function detailRefs(
  ctx: UseCase,
  def: Pick<OrderTypeDef, 'details'>,
  details: OrderDetails,
): Promise<Record<string, RecordRef>> {
  const byEntity = new Map<string, { key: string; id: string }[]>();
  for (const f of def.details.fields) {
    const id = details[f.key];
    if (f.kind !== 'ref' || !f.ref || typeof id !== 'string' || id === '') continue;
    byEntity.set(f.ref, [...(byEntity.get(f.ref) ?? []), { key: f.key, id }]);
  }
  const out: Record<string, RecordRef> = {};
  await Promise.all(
    [...byEntity].map(async ([entity, named]) => {
      const found = await resolveRefs(
        ctx,
        entity,
        named.map((n) => n.id),
      );
      for (const { key, id } of named) {
        const ref = found.get(id);
        if (ref) out[key] = ref;
      }
    }),
  );
  return out;
}
