import { allowsAt } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { openCommands, refusalError } from '../../platform/machine.js';
import type { RecordRef } from '../../platform/modules.js';
import { loadVisibleOrg, visibleOrgs } from '../orgs/org.service.js';
import type { OrgNode } from '../orgs/org.types.js';
import { PRICELIST_APPROVE, PRICELIST_EDIT } from './catalog.permissions.js';
import * as repo from './catalog.repo.js';
import { PRICE_LISTS_AT, type PriceLine, type PriceList } from './catalog.types.js';
import { decidePriceList, PRICE_LIST_MACHINE, type PriceListCommand } from './price-list.machine.js';

const NEEDS: Record<PriceListCommand, string> = {
  edit: PRICELIST_EDIT,
  submit: PRICELIST_EDIT,
  return: PRICELIST_APPROVE,
  approve: PRICELIST_APPROVE,
  publish: PRICELIST_APPROVE,
  supersede: PRICELIST_APPROVE,
};

/** Offices and stations hold price lists; other nodes do not take orders. */
export const TAKES_ORDERS = (node: OrgNode) => node.kind === 'office' || node.kind === 'station';
/** Nodes that post a price list: offices and stations, and a health centre for its home-infusion fees (A5.7). */
export const POSTS_PRICES = (node: OrgNode) => (PRICE_LISTS_AT as readonly string[]).includes(node.kind);

function abilities(ctx: UseCase, list: PriceList, office: OrgNode) {
  const open = openCommands(PRICE_LIST_MACHINE.table, list.state);
  const can = (c: PriceListCommand) => open.has(c) && allowsAt(ctx.actor.access, NEEDS[c], office.path);
  return { edit: can('edit'), submit: can('submit'), return: can('return'), approve: can('approve'), publish: can('publish') };
}

async function present(ctx: UseCase, list: PriceList, office: OrgNode) {
  return {
    ...list,
    officeName: office.name,
    lines: await repo.listLines(ctx.db, ctx.actor.tenantId, list.id),
    abilities: abilities(ctx, list, office),
  };
}

async function load(ctx: UseCase, id: string) {
  const list = await repo.findPriceList(ctx.db, ctx.actor.tenantId, id);
  if (!list) throw notFound('pricelist');
  const office = await loadVisibleOrg(ctx, list.officeId).catch(() => {
    throw notFound('pricelist');
  });
  return { list, office };
}

/** Price lists of the offices the caller can see (optionally one office, one state). */
export async function listPriceLists(ctx: UseCase, f: { officeId?: string | undefined; state?: PriceList['state'] | undefined }) {
  let offices: OrgNode[];
  if (f.officeId) offices = [await loadVisibleOrg(ctx, f.officeId)];
  else offices = (await visibleOrgs(ctx)).filter(POSTS_PRICES);
  const lists = await repo.listPriceLists(
    ctx.db,
    ctx.actor.tenantId,
    offices.map((o) => o.id),
    f.state,
  );
  const byId = new Map(offices.map((o) => [o.id, o]));
  return lists.map((l) => ({ officeName: byId.get(l.officeId)?.name ?? '', abilities: abilities(ctx, l, byId.get(l.officeId)!), ...l }));
}

export async function getPriceList(ctx: UseCase, id: string) {
  const { list, office } = await load(ctx, id);
  return present(ctx, list, office);
}

/** Starts the next version of an office's list, copying the prices now posted. */
export async function createPriceList(ctx: UseCase, input: { officeId: string; title?: string | undefined }) {
  return inTransaction(ctx, async (tx) => {
    const office = await loadVisibleOrg(tx, input.officeId);
    authorize(tx.actor.access, PRICELIST_EDIT, office.path, 'org');
    if (!POSTS_PRICES(office))
      throw fieldError('unprocessable', 'pricelist.not_an_office', 'officeId', 'only offices, stations and centres have price lists');
    if (await repo.findByState(tx.db, tx.actor.tenantId, office.id, ['draft', 'submitted', 'returned', 'approved'])) {
      throw new DomainError('conflict', 'pricelist.open_exists', 'this office already has a price list in preparation');
    }
    const number = await repo.nextNumber(tx.db, tx.actor.tenantId, office.id);
    const list: PriceList = {
      id: newId(),
      tenantId: tx.actor.tenantId,
      officeId: office.id,
      number,
      state: 'draft',
      title: input.title ?? `${office.name}有偿服务收费标准（第${number}版）`,
      submittedAt: null,
      submittedBy: null,
      approvedAt: null,
      approvedBy: null,
      returnReason: null,
      publishedAt: null,
      supersededAt: null,
      version: 1,
      createdAt: tx.now,
      updatedAt: tx.now,
    };
    await repo.insertPriceList(tx.db, list);
    const posted = await repo.findPublished(tx.db, tx.actor.tenantId, office.id);
    if (posted) {
      const lines = await repo.listLines(tx.db, tx.actor.tenantId, posted.id);
      await repo.replaceLines(tx.db, tx.actor.tenantId, list.id, lines);
    }
    await tx.audit({ action: 'pricelist.create', entity: 'pricelist', entityId: list.id, after: list });
    return present(tx, list, office);
  });
}

async function transition(
  ctx: UseCase,
  id: string,
  command: PriceListCommand,
  apply: (tx: Tx, list: PriceList, office: OrgNode) => Promise<Partial<PriceList>>,
  facts: { reason?: string | undefined; version?: number | undefined } = {},
) {
  return inTransaction(ctx, async (tx) => {
    const { list, office } = await load(tx, id);
    authorize(tx.actor.access, NEEDS[command], office.path, 'pricelist');
    if (facts.version !== undefined && facts.version !== list.version) {
      throw new DomainError('conflict', 'record.version_conflict', 'the price list was changed by someone else; reload');
    }
    const lineCount = (await repo.listLines(tx.db, tx.actor.tenantId, list.id)).length;
    const decision = decidePriceList(list.state, command, { lineCount, reason: facts.reason });
    if ('refusal' in decision) throw refusalError(decision.refusal, `cannot ${command} a price list that is ${list.state}`);
    const changes = await apply(tx, list, office);
    const next: PriceList = { ...list, ...changes, state: decision.next, version: list.version + 1, updatedAt: tx.now };
    if (!(await repo.updatePriceList(tx.db, next, list.version))) {
      throw new DomainError('conflict', 'record.version_conflict', 'the price list was changed by someone else; reload');
    }
    await tx.audit({ action: `pricelist.${command}`, entity: 'pricelist', entityId: id, before: list, after: next });
    return present(tx, next, office);
  });
}

/** Sets the prices of a list being prepared: every item once, price in fen. */
export async function setLines(
  ctx: UseCase,
  id: string,
  input: { lines: { itemId: string; priceFen: number; note?: string | null | undefined }[]; version?: number | undefined },
) {
  return transition(
    ctx,
    id,
    'edit',
    async (tx) => {
      const seen = new Set<string>();
      for (const [i, line] of input.lines.entries()) {
        if (seen.has(line.itemId))
          throw fieldError('unprocessable', 'pricelist.duplicate_item', `lines.${i}.itemId`, 'an item appears twice');
        seen.add(line.itemId);
        const item = await repo.findItem(tx.db, tx.actor.tenantId, line.itemId);
        if (!item) throw fieldError('unprocessable', 'item.not_found', `lines.${i}.itemId`, 'no such service item');
        if (!item.active) throw fieldError('unprocessable', 'item.inactive', `lines.${i}.itemId`, 'this item is retired');
      }
      await repo.replaceLines(
        tx.db,
        tx.actor.tenantId,
        id,
        input.lines.map((l) => ({ itemId: l.itemId, priceFen: l.priceFen, note: l.note ?? null })),
      );
      return {};
    },
    { version: input.version },
  );
}

export const submitPriceList = (ctx: UseCase, id: string) =>
  transition(ctx, id, 'submit', async (tx) => ({ submittedAt: tx.now, submittedBy: tx.actor.displayName, returnReason: null }));

export const returnPriceList = (ctx: UseCase, id: string, reason: string) =>
  transition(ctx, id, 'return', async () => ({ returnReason: reason }), { reason });

export const approvePriceList = (ctx: UseCase, id: string) =>
  transition(ctx, id, 'approve', async (tx) => ({ approvedAt: tx.now, approvedBy: tx.actor.displayName }));

/** Posts (公示) an approved list; the list posted before it is superseded in the same transaction. */
export const publishPriceList = (ctx: UseCase, id: string) =>
  transition(ctx, id, 'publish', async (tx, list) => {
    const current = await repo.findPublished(tx.db, tx.actor.tenantId, list.officeId);
    if (current) {
      const superseded: PriceList = {
        ...current,
        state: 'superseded',
        supersededAt: tx.now,
        version: current.version + 1,
        updatedAt: tx.now,
      };
      await repo.updatePriceList(tx.db, superseded, current.version);
      await tx.audit({ action: 'pricelist.supersede', entity: 'pricelist', entityId: current.id, before: current, after: superseded });
    }
    return { publishedAt: tx.now };
  });

/** The prices posted now at an office: what quotes must use (A2.4.2.1). */
export async function publishedPrices(ctx: UseCase, officeId: string): Promise<{ list: PriceList; lines: PriceLine[] } | null> {
  return (await repo.findPublishedPrices(ctx.db, ctx.actor.tenantId, officeId)) ?? null;
}

/** Price lists named on other pages (`recordRefs`: the list an order was quoted from, in its history) by their title. */
export async function priceListRefs(ctx: UseCase, ids: readonly string[]): Promise<Map<string, RecordRef>> {
  const rows = await repo.priceListTitles(ctx.db, ctx.actor.tenantId, ids);
  // the lists page is the office's: no page of one list to link to
  return new Map(rows.map((r) => [r.id, { label: r.title, path: null }]));
}
