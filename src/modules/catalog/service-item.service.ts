import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type UseCase } from '../../platform/context.js';
import { isUniqueViolation } from '../../platform/db/dialect.js';
import { fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { rootOrg } from '../orgs/org.service.js';
import { CATALOG_MANAGE } from './catalog.permissions.js';
import * as repo from './catalog.repo.js';
import type { ItemCategory, PricingUnit, ServiceItem } from './catalog.types.js';

/** The tenant's catalogue is shared by every office: defining items needs `catalog.manage` at the root. */
async function requireCatalogManager(ctx: UseCase) {
  const root = await rootOrg(ctx);
  authorize(ctx.actor.access, CATALOG_MANAGE, root?.path ?? '/', 'item');
}

/** One service item (for modules that check what is ordered). */
export async function serviceItem(ctx: UseCase, id: string): Promise<ServiceItem | undefined> {
  return repo.findItem(ctx.db, ctx.actor.tenantId, id);
}

/** Whether an order of these items is paid to the supervisor after acceptance (garden works, A7.4.7). */
export async function supervisorCollectsAny(ctx: UseCase, itemIds: readonly string[]): Promise<boolean> {
  return repo.anySupervisorCollects(ctx.db, ctx.actor.tenantId, itemIds);
}

/** Service items every office can price (any signed-in user may read them). */
export async function listItems(ctx: UseCase, f: { category?: ItemCategory | undefined; active?: boolean | undefined }) {
  return repo.listItems(ctx.db, ctx.actor.tenantId, f);
}

export async function createItem(
  ctx: UseCase,
  input: { code: string; name: string; category: ItemCategory; unit: PricingUnit; supervisorCollects?: boolean | undefined },
) {
  return inTransaction(ctx, async (tx) => {
    await requireCatalogManager(tx);
    const item: ServiceItem = { id: newId(), ...input, active: true, supervisorCollects: input.supervisorCollects ?? false };
    try {
      await repo.insertItem(tx.db, tx.actor.tenantId, item, tx.now);
    } catch (e) {
      if (isUniqueViolation(e)) throw fieldError('conflict', 'item.code_taken', 'code', 'this item code is taken');
      throw e;
    }
    await tx.audit({ action: 'item.create', entity: 'item', entityId: item.id, after: item });
    return item;
  });
}

/** Renames, re-units or retires an item (retired items cannot be put on new price lists). */
export async function updateItem(
  ctx: UseCase,
  id: string,
  input: {
    name?: string | undefined;
    unit?: PricingUnit | undefined;
    active?: boolean | undefined;
    supervisorCollects?: boolean | undefined;
  },
) {
  return inTransaction(ctx, async (tx) => {
    await requireCatalogManager(tx);
    const item = await repo.findItem(tx.db, tx.actor.tenantId, id);
    if (!item) throw notFound('item');
    const next: ServiceItem = {
      ...item,
      name: input.name ?? item.name,
      unit: input.unit ?? item.unit,
      active: input.active ?? item.active,
      supervisorCollects: input.supervisorCollects ?? item.supervisorCollects,
    };
    await repo.updateItem(tx.db, tx.actor.tenantId, next, tx.now);
    await tx.audit({ action: 'item.update', entity: 'item', entityId: id, before: item, after: next });
    return next;
  });
}
