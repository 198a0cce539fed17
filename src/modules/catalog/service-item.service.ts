import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type UseCase } from '../../platform/context.js';
import { notFound } from '../../platform/http/errors.js';
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

/** A catalogue item for its history: every signed-in user of the tenant reads the catalogue. */
export async function readItem(ctx: UseCase, id: string): Promise<ServiceItem> {
  const item = await serviceItem(ctx, id);
  if (!item) throw notFound('item');
  return item;
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
  input: {
    code: string;
    name: string;
    nameEn?: string | null | undefined;
    category: ItemCategory;
    unit: PricingUnit;
    supervisorCollects?: boolean | undefined;
  },
) {
  return inTransaction(ctx, async (tx) => {
    await requireCatalogManager(tx);
    const item: ServiceItem = {
      id: newId(),
      ...input,
      nameEn: input.nameEn ?? null,
      active: true,
      supervisorCollects: input.supervisorCollects ?? false,
    };
    // a code already taken answers item.code_taken (modules/unique-rules.ts)
    await repo.insertItem(tx.db, tx.actor.tenantId, item, tx.now);
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
    nameEn?: string | null | undefined;
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
      nameEn: input.nameEn === undefined ? item.nameEn : input.nameEn,
      unit: input.unit ?? item.unit,
      active: input.active ?? item.active,
      supervisorCollects: input.supervisorCollects ?? item.supervisorCollects,
    };
    await repo.updateItem(tx.db, tx.actor.tenantId, next, tx.now);
    await tx.audit({ action: 'item.update', entity: 'item', entityId: id, before: item, after: next });
    return next;
  });
}
