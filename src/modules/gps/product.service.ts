import { scopeOf } from '../../platform/authz/access.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { GPS_READ } from './gps.permissions.js';
import type { Product } from './gps.types.js';
import { keepingOffice, loadProduct, mayList, mayRegister, registerAbilities, stale } from './register.access.js';
import * as repo from './register.repo.js';
import { isModelCode, normaliseModelCode } from './register.rules.js';
import * as lists from './register-lists.repo.js';

const publicProduct = ({ tenantId: _t, ...p }: Product) => p;

type Row = Awaited<ReturnType<typeof lists.listProducts>>['items'][number];
const present = (ctx: UseCase, r: Row) => ({
  ...publicProduct(r.product),
  terminalCount: r.terminalCount,
  abilities: registerAbilities(ctx, r.officePath),
});

export type ProductListInput = Omit<lists.ProductFilter, 'scope' | 'id'>;

/** Terminal models (产品型号) of the caller's nodes. */
export async function listProducts(ctx: UseCase, f: ProductListInput) {
  mayList(ctx);
  const { items, total } = await lists.listProducts(ctx.db, ctx.actor.tenantId, { ...f, scope: scopeOf(ctx.actor.access, GPS_READ) });
  return { items: items.map((r) => present(ctx, r)), total, page: f.page, pageSize: f.pageSize };
}

export async function getProduct(ctx: UseCase, id: string) {
  const { officePath } = await loadProduct(ctx, id);
  const { items } = await lists.listProducts(ctx.db, ctx.actor.tenantId, { id, scope: [officePath], page: 1, pageSize: 1 });
  if (!items[0]) throw notFound('gps_product');
  return present(ctx, items[0]);
}

export interface ProductFields {
  modelCode: string;
  name: string;
  warrantyMonths: number;
}

async function checkProduct(tx: Tx, f: ProductFields, exceptId?: string): Promise<ProductFields> {
  const modelCode = normaliseModelCode(f.modelCode);
  if (!isModelCode(modelCode))
    throw fieldError('unprocessable', 'gps.model_code_invalid', 'modelCode', '1–20 letters, digits, dashes or underscores (GT06)');
  if (await repo.modelCodeTaken(tx.db, tx.actor.tenantId, modelCode, exceptId))
    throw fieldError('conflict', 'gps.model_code_taken', 'modelCode', 'a model of this code is on the register');
  return { ...f, modelCode };
}

export async function addProduct(tx: Tx, officeId: string, f: ProductFields): Promise<Product> {
  const p: Product = {
    tenantId: tx.actor.tenantId,
    id: newId(),
    officeId,
    ...f,
    active: true,
    version: 1,
    createdAt: tx.now,
    updatedAt: tx.now,
  };
  await repo.insertProduct(tx.db, p);
  await tx.audit({ action: 'gps_product.create', entity: 'gps_product', entityId: p.id, after: publicProduct(p) });
  return p;
}

export async function createProduct(ctx: UseCase, input: ProductFields & { officeId?: string | undefined }) {
  return inTransaction(ctx, async (tx) => {
    const { officeId, ...fields } = input;
    const office = await keepingOffice(tx, officeId);
    const p = await addProduct(tx, office.id, await checkProduct(tx, fields));
    return getProduct(tx, p.id);
  });
}

/** Changes a model, or deactivates it (no new terminal of it; those registered keep it). */
export async function updateProduct(ctx: UseCase, id: string, input: ProductFields & { active: boolean; version: number }) {
  return inTransaction(ctx, async (tx) => {
    const { product: before, officePath } = await loadProduct(tx, id);
    mayRegister(tx, officePath, 'gps_product');
    if (before.version !== input.version) throw stale('gps_product');
    const { active, version: _v, ...fields } = input;
    const next: Product = { ...before, ...(await checkProduct(tx, fields, id)), active, version: before.version + 1, updatedAt: tx.now };
    if (!(await repo.updateProduct(tx.db, next, before.version))) throw stale('gps_product');
    await tx.audit({
      action: 'gps_product.update',
      entity: 'gps_product',
      entityId: id,
      before: publicProduct(before),
      after: publicProduct(next),
    });
    return getProduct(tx, id);
  });
}
