import { allowsAt, hasAnywhere } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type UseCase } from '../../platform/context.js';
import { DomainError, forbidden, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { rootOrg } from '../orgs/org.service.js';
import { type FeeItem, isPricedElsewhere } from './fee.types.js';
import * as repo from './fee-item.repo.js';
import { FEE_ITEMS_MANAGE, FEES_READ } from './fees.permissions.js';

/** The fee items are the tenant's, shared by every office: keeping them needs `fees.items.manage` at the root. */
async function requireItemManager(ctx: UseCase) {
  const root = await rootOrg(ctx);
  authorize(ctx.actor.access, FEE_ITEMS_MANAGE, root?.path ?? '/', 'fee_item');
}

function requireReader(ctx: UseCase) {
  if (!hasAnywhere(ctx.actor.access, FEES_READ)) throw forbidden(FEES_READ);
}

const present = (item: FeeItem, manager: boolean) => ({
  abilities: { manage: manager },
  ...item,
  pricedElsewhere: isPricedElsewhere(item.code),
});
const isManager = async (ctx: UseCase) => {
  const root = await rootOrg(ctx);
  return root ? allowsAt(ctx.actor.access, FEE_ITEMS_MANAGE, root.path) : false;
};

/** The fee items (收费项目) anyone who reads fees sees, by code. */
export async function listFeeItems(ctx: UseCase, f: { active?: boolean | undefined }) {
  requireReader(ctx);
  const manager = await isManager(ctx);
  return (await repo.listItems(ctx.db, ctx.actor.tenantId, f)).map((i) => present(i, manager));
}

/** A fee item for its history (any reader of fees). */
export async function readFeeItem(ctx: UseCase, id: string): Promise<FeeItem> {
  requireReader(ctx);
  const item = await repo.findItem(ctx.db, ctx.actor.tenantId, id);
  if (!item) throw notFound('fee_item');
  return item;
}

const itemRefusal = (code: string, message: string) =>
  new DomainError('unprocessable', code, message, [{ field: 'itemId', code, message }]);

/** The refusal of a standard for an item another module bills itself (停车月卡费: the parking passes), on `itemId`. */
export const pricedElsewhere = () =>
  itemRefusal('fee_item.priced_elsewhere', 'this fee item is billed by another module month by month; it takes no fee standard');

/**
 * A fee item a standard may be made for (exists, is in use and is not billed by another module), else the refusal on
 * the form's `itemId`.
 */
export async function activeItem(ctx: UseCase, id: string): Promise<FeeItem> {
  const item = await repo.findItem(ctx.db, ctx.actor.tenantId, id);
  if (!item) throw itemRefusal('fee_item.not_found', 'no such fee item');
  if (!item.active) throw itemRefusal('fee_item.inactive', 'this fee item is deactivated');
  if (isPricedElsewhere(item.code)) throw pricedElsewhere();
  return item;
}

/** Adds a fee item (HQ business); a code already taken answers fee_item.code_taken (unique rule). */
export async function createFeeItem(ctx: UseCase, input: { code: string; name: string }) {
  return inTransaction(ctx, async (tx) => {
    await requireItemManager(tx);
    const item: FeeItem = { id: newId(), code: input.code, name: input.name, active: true, version: 1 };
    await repo.insertItem(tx.db, tx.actor.tenantId, item, tx.now);
    await tx.audit({ action: 'fee_item.create', entity: 'fee_item', entityId: item.id, after: item });
    return present(item, true);
  });
}

/** Renames, deactivates or reactivates a fee item (its code stays: bills and standards name it). */
export async function updateFeeItem(
  ctx: UseCase,
  id: string,
  input: { name?: string | undefined; active?: boolean | undefined; version: number },
) {
  return inTransaction(ctx, async (tx) => {
    await requireItemManager(tx);
    const before = await repo.findItem(tx.db, tx.actor.tenantId, id);
    if (!before) throw notFound('fee_item');
    const stale = new DomainError('conflict', 'record.version_conflict', 'the fee item was changed by someone else; reload');
    if (before.version !== input.version) throw stale;
    const after: FeeItem = {
      ...before,
      name: input.name ?? before.name,
      active: input.active ?? before.active,
      version: before.version + 1,
    };
    if (!(await repo.updateItem(tx.db, tx.actor.tenantId, after, before.version, tx.now))) throw stale;
    await tx.audit({ action: 'fee_item.update', entity: 'fee_item', entityId: id, before, after });
    return present(after, true);
  });
}
