import type { z } from 'zod';
import { allowsAt, scopeOf, visibleScope, within } from '../../platform/authz/access.js';
import { inTransaction, type UseCase } from '../../platform/context.js';
import { nextCounter } from '../../platform/counters.js';
import { DomainError, fieldError, forbidden } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { INFUSION_DRUGS, INFUSION_READ } from './infusion.permissions.js';
import { namedCategories } from './infusion.rules.js';
import * as repo from './infusion-drug.repo.js';
import type * as s from './infusion-drug.schemas.js';

type DrugOut = z.infer<typeof s.drugSchema>;
type CategoryOut = z.infer<typeof s.categorySchema>;

const centreNotFound = () => new DomainError('not_found', 'infusion.centre_not_found', 'centre not found');
const versionConflict = (what: string) =>
  new DomainError('conflict', 'record.version_conflict', `the ${what} was changed by someone else; reload`);

/** Whether the caller reads a centre's catalogue: infusion.read at the centre, above it, or at one of its stations. */
export const mayReadCentre = (ctx: UseCase, centrePath: string) =>
  scopeOf(ctx.actor.access, INFUSION_READ).some((p) => within(centrePath, p) || within(p, centrePath));

/** Whether the caller keeps a centre's catalogue and its categories (infusion.drugs at the centre). */
export const mayEditCentre = (ctx: UseCase, centrePath: string) => allowsAt(ctx.actor.access, INFUSION_DRUGS, centrePath);

/**
 * The centre whose catalogue the caller means: the given one (a station's id names its centre), else the centre of
 * the caller's own node, else the first centre in the caller's infusion.read subtrees. 404 outside the caller's
 * nodes, 403 inside without infusion.read.
 */
export async function readableCentre(ctx: UseCase, centreId?: string): Promise<repo.Centre> {
  const t = ctx.actor.tenantId;
  let centre: repo.Centre | undefined;
  if (centreId) {
    const node = await repo.findNode(ctx.db, t, centreId);
    centre = node && (await repo.centreOfPath(ctx.db, t, node.path));
  } else {
    // no centre named: one who reads no centre's records anywhere is refused as every list refuses him
    if (scopeOf(ctx.actor.access, INFUSION_READ).length === 0) throw forbidden(INFUSION_READ);
    const own =
      ctx.actor.userId === null
        ? undefined
        : await ctx.db
            .selectFrom('users')
            .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'users.tenant_id').onRef('o.id', '=', 'users.org_id'))
            .select('o.path')
            .where('users.tenant_id', '=', t)
            .where('users.id', '=', ctx.actor.userId)
            .executeTakeFirst();
    centre = own && (await repo.centreOfPath(ctx.db, t, own.path));
    if (!centre || !mayReadCentre(ctx, centre.path))
      centre = (await repo.centresWithin(ctx.db, t, scopeOf(ctx.actor.access, INFUSION_READ)))[0] ?? centre;
  }
  if (!centre) throw centreNotFound();
  if (!mayReadCentre(ctx, centre.path)) {
    if (!visibleScope(ctx.actor.access).some((p) => within(centre.path, p) || within(p, centre.path))) throw centreNotFound();
    throw new DomainError('forbidden', 'auth.forbidden', `missing permission ${INFUSION_READ} here`);
  }
  return centre;
}

async function writableCentre(ctx: UseCase, centreId?: string): Promise<repo.Centre> {
  const centre = await readableCentre(ctx, centreId);
  if (!mayEditCentre(ctx, centre.path)) throw new DomainError('forbidden', 'auth.forbidden', `missing permission ${INFUSION_DRUGS} here`);
  return centre;
}

/** The centre a drug or category belongs to, for a caller who may read it. */
async function centreById(ctx: UseCase, id: string, what: 'drug' | 'category'): Promise<repo.Centre> {
  const node = await repo.findNode(ctx.db, ctx.actor.tenantId, id);
  if (!node || !mayReadCentre(ctx, node.path)) throw new DomainError('not_found', `infusion.${what}_not_found`, `${what} not found`);
  return { id: node.id, name: node.name, path: node.path };
}

/** The drugs with their categories' names and exclusion, as the centre keeps them now. */
export function presentDrug(d: repo.Drug, categories: readonly repo.Category[]): DrugOut {
  const byCode = new Map(categories.map((c) => [c.code, c]));
  return {
    ...d,
    categories: d.categories.map((code) => {
      const c = byCode.get(code);
      return { code, name: c?.name ?? code, excluded: c?.excluded ?? false };
    }),
  };
}

export async function listCategories(ctx: UseCase, q: z.infer<typeof s.centreQuery>): Promise<z.infer<typeof s.categoryList>> {
  const centre = await readableCentre(ctx, q.centreId);
  return {
    centreId: centre.id,
    centreName: centre.name,
    mayEdit: mayEditCentre(ctx, centre.path),
    items: await repo.categoriesOf(ctx.db, ctx.actor.tenantId, centre.id),
  };
}

/** A centre's own category (A5.3 lets a centre add kinds it will not give at home); its code is unique in the centre. */
export async function createCategory(ctx: UseCase, body: z.infer<typeof s.categoryCreateBody>): Promise<CategoryOut> {
  const centre = await writableCentre(ctx, body.centreId);
  return inTransaction(ctx, async (tx) => {
    const t = tx.actor.tenantId;
    const existing = await repo.categoriesOf(tx.db, t, centre.id);
    let code = body.code;
    if (code === undefined) {
      do code = `c${await nextCounter(tx.db, t, `infusion:category:${centre.id}`)}`;
      while (existing.some((c) => c.code === code));
    } else if (existing.some((c) => c.code === code))
      throw fieldError('conflict', 'infusion.category_code_taken', 'code', 'the centre has a category of this code');
    const created: repo.Category = {
      id: newId(),
      code,
      name: body.name,
      excluded: body.excluded,
      sort: Math.max(0, ...existing.map((c) => c.sort)) + 1,
      version: 1,
    };
    await repo.insertCategory(tx.db, t, centre.id, created, tx.now);
    await tx.audit({
      action: 'infusion_drug_category.create',
      entity: 'infusion_drug_category',
      entityId: created.id,
      after: { ...created, centre: centre.name },
    });
    return created;
  });
}

/** Renames a category or switches its exclusion: drugs of a category no longer excluded pass without an override. */
export async function editCategory(ctx: UseCase, id: string, body: z.infer<typeof s.categoryEditBody>): Promise<CategoryOut> {
  const found = await repo.findCategory(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw new DomainError('not_found', 'infusion.category_not_found', 'category not found');
  const centre = await centreById(ctx, found.centreId, 'category');
  if (!mayEditCentre(ctx, centre.path)) throw new DomainError('forbidden', 'auth.forbidden', `missing permission ${INFUSION_DRUGS} here`);
  const before = found.category;
  if (body.version !== before.version) throw versionConflict('category');
  return inTransaction(ctx, async (tx) => {
    const after: repo.Category = { ...before, name: body.name, excluded: body.excluded, version: before.version + 1 };
    if (!(await repo.updateCategory(tx.db, tx.actor.tenantId, after, before.version, tx.now))) throw versionConflict('category');
    await tx.audit({ action: 'infusion_drug_category.edit', entity: 'infusion_drug_category', entityId: id, before, after });
    return after;
  });
}

export async function listDrugs(ctx: UseCase, q: z.infer<typeof s.drugListQuery>): Promise<z.infer<typeof s.drugPage>> {
  const centre = await readableCentre(ctx, q.centreId);
  const t = ctx.actor.tenantId;
  const [{ items, total }, categories] = await Promise.all([
    repo.listDrugs(ctx.db, t, centre.id, q),
    repo.categoriesOf(ctx.db, t, centre.id),
  ]);
  return {
    items: items.map((d) => presentDrug(d, categories)),
    total,
    page: q.page,
    pageSize: q.pageSize,
    mayEdit: mayEditCentre(ctx, centre.path),
  };
}

/** Every code must be one of the centre's categories, each once. */
function checkCategories(codes: readonly string[], categories: readonly repo.Category[]): string[] {
  const unique = [...new Set(codes)];
  const unknown = unique.filter((c) => !categories.some((k) => k.code === c));
  if (unknown.length)
    throw fieldError('unprocessable', 'infusion.category_unknown', 'categories', `not a category of the centre: ${unknown.join(', ')}`);
  return unique;
}

export async function createDrug(ctx: UseCase, body: z.infer<typeof s.drugCreateBody>): Promise<DrugOut> {
  const centre = await writableCentre(ctx, body.centreId);
  return inTransaction(ctx, async (tx) => {
    const t = tx.actor.tenantId;
    const categories = await repo.categoriesOf(tx.db, t, centre.id);
    const drug: repo.Drug = {
      id: newId(),
      centreId: centre.id,
      name: body.name,
      spec: body.spec,
      categories: checkCategories(body.categories, categories),
      active: body.active,
      version: 1,
      createdAt: tx.now,
      updatedAt: tx.now,
    };
    // the same name and spec twice answers infusion.drug_taken (the unique rule of infusion_drugs_name)
    await repo.insertDrug(tx.db, t, drug, tx.actor.userId);
    await tx.audit({
      action: 'infusion_drug.create',
      entity: 'infusion_drug',
      entityId: drug.id,
      after: { ...drug, categories: namedCategories(drug.categories, categories) },
    });
    return presentDrug(drug, categories);
  });
}

export async function editDrug(ctx: UseCase, id: string, body: z.infer<typeof s.drugEditBody>): Promise<DrugOut> {
  const before = await repo.findDrug(ctx.db, ctx.actor.tenantId, id);
  if (!before) throw new DomainError('not_found', 'infusion.drug_not_found', 'drug not found');
  const centre = await centreById(ctx, before.centreId, 'drug');
  if (!mayEditCentre(ctx, centre.path)) throw new DomainError('forbidden', 'auth.forbidden', `missing permission ${INFUSION_DRUGS} here`);
  if (body.version !== before.version) throw versionConflict('drug');
  return inTransaction(ctx, async (tx) => {
    const t = tx.actor.tenantId;
    const categories = await repo.categoriesOf(tx.db, t, centre.id);
    const after: repo.Drug = {
      ...before,
      name: body.name,
      spec: body.spec,
      categories: checkCategories(body.categories, categories),
      active: body.active,
      version: before.version + 1,
      updatedAt: tx.now,
    };
    if (!(await repo.updateDrug(tx.db, t, after, before.version))) throw versionConflict('drug');
    // the categories by their names, as the catalogue shows them
    const named = (d: repo.Drug) => ({ ...d, categories: namedCategories(d.categories, categories) });
    await tx.audit({ action: 'infusion_drug.edit', entity: 'infusion_drug', entityId: id, before: named(before), after: named(after) });
    return presentDrug(after, categories);
  });
}

/** History reader of `infusion_drug`. */
export async function readDrug(ctx: UseCase, id: string): Promise<DrugOut> {
  const d = await repo.findDrug(ctx.db, ctx.actor.tenantId, id);
  if (!d) throw new DomainError('not_found', 'infusion.drug_not_found', 'drug not found');
  await centreById(ctx, d.centreId, 'drug');
  return presentDrug(d, await repo.categoriesOf(ctx.db, ctx.actor.tenantId, d.centreId));
}

/** History reader of `infusion_drug_category`. */
export async function readCategory(ctx: UseCase, id: string): Promise<CategoryOut> {
  const found = await repo.findCategory(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw new DomainError('not_found', 'infusion.category_not_found', 'category not found');
  await centreById(ctx, found.centreId, 'category');
  return found.category;
}
