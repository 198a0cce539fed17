import { allowsAt, scopeOf } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { nextCounter } from '../../platform/counters.js';
import { DomainError, fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { checkImage } from '../../platform/images.js';
import { openCommands, refusalError } from '../../platform/machine.js';
import { addFen } from '../../platform/money.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import { publishedPrices, TAKES_ORDERS } from '../catalog/price-list.service.js';
import { serviceItem } from '../catalog/service-item.service.js';
import { statementsOfAgreement } from '../money/statement.service.js';
import { lineAmount, toMilli } from '../orders/order.rules.js';
import { recordFile, storeFiles } from '../orders/order.service.js';
import { orderTypeForCategory } from '../orders/order-from-agreement.js';
import { addressOf, pickedUnit } from '../orders/order-unit.js';
import { loadVisibleOrg } from '../orgs/org.service.js';
import { AGREEMENT_MACHINE, type AgreementFacts, decideAgreement } from './agreement.machine.js';
import { AGREEMENTS_APPROVE, AGREEMENTS_MANAGE, AGREEMENTS_READ } from './agreement.permissions.js';
import * as repo from './agreement.repo.js';
import { scheduleProblem } from './agreement.rules.js';
import type { Agreement, AgreementCommand, AgreementItem, AgreementState, PaymentTerms, Schedule } from './agreement.types.js';
import { cancelFutureVisits, planVisits, presentVisits } from './agreement-visits.plan.js';

export type Loaded = NonNullable<Awaited<ReturnType<typeof repo.findAgreement>>> & { items: AgreementItem[] };

/** Loads an agreement the caller may read (404 outside their offices, 403 inside without the permission). */
export async function loadAgreement(ctx: UseCase, id: string): Promise<Loaded> {
  const found = await repo.findAgreement(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound('agreement');
  authorize(ctx.actor.access, AGREEMENTS_READ, found.officePath, 'agreement');
  return { ...found, items: await repo.listItems(ctx.db, ctx.actor.tenantId, id) };
}

const PERMISSION: Record<AgreementCommand, string> = {
  edit: AGREEMENTS_MANAGE,
  approve_price: AGREEMENTS_APPROVE,
  sign: AGREEMENTS_MANAGE,
  activate: AGREEMENTS_MANAGE,
  end: AGREEMENTS_MANAGE,
  terminate: AGREEMENTS_MANAGE,
};

/** The buttons: commands open in the state that the caller may give there. */
function abilities(ctx: UseCase, a: Agreement, officePath: string) {
  const open = openCommands(AGREEMENT_MACHINE, a.state);
  const may = (c: AgreementCommand) => open.has(c) && allowsAt(ctx.actor.access, PERMISSION[c], officePath);
  return {
    edit: may('edit'),
    approvePrice: may('approve_price'),
    sign: may('sign'),
    activate: may('activate'),
    end: may('end'),
    terminate: may('terminate'),
    manageVisits: a.state === 'active' && allowsAt(ctx.actor.access, AGREEMENTS_MANAGE, officePath),
  };
}

const perVisitFen = (items: AgreementItem[]) => addFen(...items.map((i) => lineAmount(i.unitPriceFen, i.quantityMilli)));

/** The whole agreement: items with their amounts, visits with their orders, and what the caller may do. */
export async function presentAgreement(ctx: UseCase, loaded: Loaded) {
  const { agreement: a, officePath, officeName, items } = loaded;
  const can = abilities(ctx, a, officePath);
  return {
    ...a,
    officeName,
    items: items.map((i) => ({ amountFen: lineAmount(i.unitPriceFen, i.quantityMilli), ...i })),
    perVisitFen: perVisitFen(items),
    negotiated: items.some((i) => i.listPriceFen === null || i.unitPriceFen !== i.listPriceFen),
    visits: await presentVisits(ctx, a, allowsAt(ctx.actor.access, AGREEMENTS_MANAGE, officePath)),
    statements: a.paymentTerms === 'monthly' ? await statementsOfAgreement(ctx, a.id, officePath) : [],
    abilities: can,
  };
}

export async function getAgreement(ctx: UseCase, id: string) {
  return presentAgreement(ctx, await loadAgreement(ctx, id));
}

export interface AgreementListInput {
  officeId?: string | undefined;
  state?: AgreementState[] | undefined;
  q?: string | undefined;
  sort?: string | undefined;
  page: number;
  pageSize: number;
}

/** Agreements of the offices the caller may read. */
export async function listAgreements(ctx: UseCase, f: AgreementListInput) {
  const officePath = f.officeId ? (await loadVisibleOrg(ctx, f.officeId)).path : undefined;
  const { items, total } = await repo.listAgreements(ctx.db, ctx.actor.tenantId, {
    ...f,
    officePath,
    scope: scopeOf(ctx.actor.access, AGREEMENTS_READ),
  });
  const rows = await Promise.all(
    items.map(async ({ agreement, officeName }) => ({
      ...agreement,
      officeName,
      perVisitFen: perVisitFen(await repo.listItems(ctx.db, ctx.actor.tenantId, agreement.id)),
    })),
  );
  return { items: rows, total, page: f.page, pageSize: f.pageSize };
}

export interface AgreementInput {
  ownerName: string;
  ownerPhone: string;
  /** The place served; may be left out when a unit is picked (its address is taken). */
  address?: string | undefined;
  /** The unit of the estate register served: null when the place is outside it; omitted on an edit keeps the agreement's. */
  unitId?: string | null | undefined;
  staffCount: number;
  items: { itemId: string; quantity: number; unitPriceFen?: number | undefined }[];
  schedule: Schedule;
  startDate: string;
  endDate: string;
  paymentTerms: PaymentTerms;
  notes?: string | null | undefined;
}

/** Items from the office's posted list (A2.4.2.1), at the posted price unless another is stated (negotiated). */
async function priceItems(tx: UseCase, officeId: string, wanted: AgreementInput['items']): Promise<AgreementItem[]> {
  const posted = await publishedPrices(tx, officeId);
  if (!posted) throw new DomainError('unprocessable', 'pricelist.none_published', 'this office has no posted price list');
  const out: AgreementItem[] = [];
  for (const [i, w] of wanted.entries()) {
    const item = await serviceItem(tx, w.itemId);
    const line = posted.lines.find((p) => p.itemId === w.itemId);
    if (!item?.active || !line)
      throw fieldError('unprocessable', 'agreement.item_not_published', `items.${i}.itemId`, 'the item is not on the posted price list');
    if (out.length && out[0]!.category !== item.category)
      throw fieldError('unprocessable', 'agreement.mixed_categories', `items.${i}.itemId`, 'one agreement takes items of one kind');
    if (!orderTypeForCategory(item.category))
      throw fieldError('unprocessable', 'agreement.item_not_published', `items.${i}.itemId`, 'no order type takes this item');
    const quantityMilli = toMilli(w.quantity);
    if (quantityMilli === null)
      throw fieldError('unprocessable', 'agreement.quantity_invalid', `items.${i}.quantity`, 'a positive quantity with at most 3 decimals');
    out.push({
      lineNo: i + 1,
      itemId: item.id,
      itemName: item.name,
      unit: item.unit,
      category: item.category,
      quantityMilli,
      unitPriceFen: w.unitPriceFen ?? line.priceFen,
      listPriceFen: line.priceFen,
    });
  }
  return out;
}

/** The items as the posted list prices them now: a price that was the list's may have become a negotiated one. */
async function repriced(tx: UseCase, officeId: string, items: AgreementItem[]): Promise<AgreementItem[]> {
  const posted = await publishedPrices(tx, officeId);
  return items.map((i) => ({ ...i, listPriceFen: posted?.lines.find((p) => p.itemId === i.itemId)?.priceFen ?? null }));
}

function checkSchedule(input: AgreementInput) {
  const problem = scheduleProblem(input.schedule, input.startDate, input.endDate);
  if (problem) throw fieldError('unprocessable', problem.code, problem.field, problem.code);
}

/** Where the agreement serves: the address typed (else the picked unit's) and the unit, if any. */
function place(input: AgreementInput, unit: { id: string; address: string } | null) {
  const address = addressOf(input.address, unit);
  if (!address) throw fieldError('unprocessable', 'agreement.address_required', 'address', 'an address, or a unit of the register');
  return { address, unitId: unit?.id ?? null };
}

const fields = (input: AgreementInput) => ({
  ownerName: input.ownerName,
  ownerPhone: input.ownerPhone,
  staffCount: input.staffCount,
  schedule: {
    weekdays: [...new Set(input.schedule.weekdays)].sort((a, b) => a - b),
    monthDays: [...new Set(input.schedule.monthDays)].sort((a, b) => a - b),
    windowStart: input.schedule.windowStart,
    windowEnd: input.schedule.windowEnd,
  },
  startDate: input.startDate,
  endDate: input.endDate,
  paymentTerms: input.paymentTerms,
  notes: input.notes ?? null,
});

/** Draws up an agreement (A7.4.3) as a draft of an office. */
export async function createAgreement(ctx: UseCase, input: AgreementInput & { officeId: string }) {
  return inTransaction(ctx, async (tx) => {
    const office = await loadVisibleOrg(tx, input.officeId);
    authorize(tx.actor.access, AGREEMENTS_MANAGE, office.path, 'org');
    if (!TAKES_ORDERS(office)) throw fieldError('unprocessable', 'agreement.not_an_office', 'officeId', 'agreements belong to an office');
    checkSchedule(input);
    const where = place(input, input.unitId ? await pickedUnit(tx, input.unitId, office.path, 'agreement') : null);
    const items = await priceItems(tx, office.id, input.items);
    const day = businessDate(new Date(tx.now), await tenantZone(tx));
    const seq = await nextCounter(tx.db, tx.actor.tenantId, `agreement:XY:${day}`);
    const a: Agreement = {
      id: newId(),
      tenantId: tx.actor.tenantId,
      number: `XY-${day.replaceAll('-', '')}-${String(seq).padStart(4, '0')}`,
      officeId: office.id,
      state: 'draft',
      version: 1,
      ...fields(input),
      ...where,
      priceApprovedAt: null,
      priceApprovedBy: null,
      ownerSignerName: null,
      ownerSignatureBlobId: null,
      officeSignerName: null,
      officeSignatureBlobId: null,
      signedAt: null,
      activatedAt: null,
      endedAt: null,
      terminatedAt: null,
      closeReason: null,
      createdBy: tx.actor.displayName,
      createdAt: tx.now,
      updatedAt: tx.now,
    };
    await repo.insertAgreement(tx.db, a);
    await repo.replaceItems(tx.db, tx.actor.tenantId, a.id, items);
    await tx.audit({ action: 'agreement.create', entity: 'agreement', entityId: a.id, after: { ...a, items } });
    return presentAgreement(tx, { agreement: a, officePath: office.path, officeName: office.name, items });
  });
}

type Prepared = { facts?: AgreementFacts };

/**
 * The one path of every agreement command: load → authorise → version → facts → decide (pure) → apply →
 * save → audit, in one transaction.
 */
async function runCommand(
  ctx: UseCase,
  id: string,
  command: AgreementCommand,
  version: number,
  prepare: (tx: Tx, loaded: Loaded) => Promise<Prepared>,
  apply: (tx: Tx, loaded: Loaded) => Promise<Partial<Agreement> & { items?: AgreementItem[] }>,
  after?: (tx: Tx, loaded: Loaded) => Promise<unknown>,
) {
  return inTransaction(ctx, async (tx) => {
    const loaded = await loadAgreement(tx, id);
    const a = loaded.agreement;
    authorize(tx.actor.access, PERMISSION[command], loaded.officePath, 'agreement');
    if (version !== a.version)
      throw new DomainError('conflict', 'record.version_conflict', 'the agreement was changed by someone else; reload');
    const { facts } = await prepare(tx, loaded);
    const decision = decideAgreement(a, command, facts ?? {});
    if ('refusal' in decision)
      throw refusalError(decision.refusal, `cannot ${command} an agreement that is ${a.state}: ${decision.refusal.code}`);
    const { items, ...changes } = await apply(tx, loaded);
    const next: Agreement = { ...a, ...changes, state: decision.next, version: a.version + 1, updatedAt: tx.now };
    if (!(await repo.updateAgreement(tx.db, next, a.version)))
      throw new DomainError('conflict', 'record.version_conflict', 'the agreement was changed by someone else; reload');
    if (items) await repo.replaceItems(tx.db, tx.actor.tenantId, a.id, items);
    const nextLoaded = { ...loaded, agreement: next, items: items ?? loaded.items };
    await tx.audit({
      action: `agreement.${command}`,
      entity: 'agreement',
      entityId: id,
      before: items ? { ...a, items: loaded.items } : a,
      after: items ? { ...next, items } : next,
    });
    if (after) await after(tx, nextLoaded);
    return presentAgreement(tx, nextLoaded);
  });
}

const nothing = async (): Promise<Prepared> => ({});

/** Changes a draft; a change of items withdraws an approval given to the old prices. */
export function updateAgreement(ctx: UseCase, id: string, input: AgreementInput & { version: number }) {
  checkSchedule(input);
  return runCommand(ctx, id, 'edit', input.version, nothing, async (tx, { agreement, officePath, items: before }) => {
    // a unit is checked when it changes; the one the agreement has stays even if the register has since retired it
    const unitId = input.unitId === undefined ? agreement.unitId : input.unitId;
    const unit =
      unitId === agreement.unitId
        ? unitId && { id: unitId, address: agreement.address }
        : unitId && (await pickedUnit(tx, unitId, officePath, 'agreement'));
    const where = place(input, unit || null);
    const items = await priceItems(tx, agreement.officeId, input.items);
    const same =
      JSON.stringify(items.map((i) => [i.itemId, i.quantityMilli, i.unitPriceFen])) ===
      JSON.stringify(before.map((i) => [i.itemId, i.quantityMilli, i.unitPriceFen]));
    return { ...fields(input), ...where, items, ...(same ? {} : { priceApprovedAt: null, priceApprovedBy: null }) };
  });
}

/** The office head approves prices negotiated off the posted list (A7.4.3). */
export const approveAgreementPrice = (ctx: UseCase, id: string, version: number) =>
  runCommand(
    ctx,
    id,
    'approve_price',
    version,
    async (tx, l) => ({ facts: { items: await repriced(tx, l.agreement.officeId, l.items) } }),
    async (tx) => ({ priceApprovedAt: tx.now, priceApprovedBy: tx.actor.displayName }),
  );

export interface SignInput {
  version: number;
  ownerSignerName: string;
  ownerSignature: string;
  officeSignature: string;
}

/** Both sides sign (X2): the owner draws their signature, and the office's representative (the caller) theirs. */
export async function signAgreement(ctx: UseCase, id: string, input: SignInput) {
  const owner = input.ownerSignature ? await checkImage(input.ownerSignature, 'ownerSignature', 'signature') : null;
  const office = input.officeSignature ? await checkImage(input.officeSignature, 'officeSignature', 'signature') : null;
  // both signatures are on disk before the transaction that names them (a refused signing leaves them unnamed)
  const [ownerFile, officeFile] = owner && office ? await storeFiles(ctx, [owner, office]) : [];
  return runCommand(
    ctx,
    id,
    'sign',
    input.version,
    async (tx, l) => ({
      facts: {
        items: await repriced(tx, l.agreement.officeId, l.items),
        signature: { ownerSignerName: input.ownerSignerName, owner: owner?.bytes ?? null, office: office?.bytes ?? null },
      },
    }),
    async (tx) => ({
      ownerSignerName: input.ownerSignerName.trim(),
      ownerSignatureBlobId: await recordFile(tx, ownerFile!),
      officeSignerName: tx.actor.displayName,
      officeSignatureBlobId: await recordFile(tx, officeFile!),
      signedAt: tx.now,
    }),
  );
}

/** Puts a signed agreement in force; its visits within the horizon are planned at once (A7.4.9). */
export const activateAgreement = (ctx: UseCase, id: string, version: number) =>
  runCommand(
    ctx,
    id,
    'activate',
    version,
    async (tx, l) => ({
      facts: { items: await repriced(tx, l.agreement.officeId, l.items), today: businessDate(new Date(tx.now), await tenantZone(tx)) },
    }),
    async (tx) => ({ activatedAt: tx.now }),
    (tx, l) => planVisits(tx, l),
  );

/** Ends an agreement in force (by hand, or at its end date); the orders of its future visits are cancelled with the reason. */
export const endAgreement = (ctx: UseCase, id: string, input: { version: number; reason: string }) =>
  runCommand(
    ctx,
    id,
    'end',
    input.version,
    async () => ({ facts: { reason: input.reason } }),
    async (tx) => ({ endedAt: tx.now, closeReason: input.reason.trim() }),
    (tx, l) => cancelFutureVisits(tx, l.agreement, input.reason.trim()),
  );

/** Terminates an agreement early (or abandons a draft) with a reason; future visits are cancelled as on ending. */
export const terminateAgreement = (ctx: UseCase, id: string, input: { version: number; reason: string }) =>
  runCommand(
    ctx,
    id,
    'terminate',
    input.version,
    async () => ({ facts: { reason: input.reason } }),
    async (tx) => ({ terminatedAt: tx.now, closeReason: input.reason.trim() }),
    (tx, l) => cancelFutureVisits(tx, l.agreement, input.reason.trim()),
  );

/** A signature kept with the agreement, for its readers only. */
export async function agreementImage(ctx: UseCase, id: string, blobId: string) {
  const { agreement: a } = await loadAgreement(ctx, id);
  if (blobId !== a.ownerSignatureBlobId && blobId !== a.officeSignatureBlobId) throw notFound('image');
  const type = await repo.blobType(ctx.db, ctx.actor.tenantId, blobId);
  const bytes = type && (await ctx.blobs.get(ctx.actor.tenantId, blobId));
  if (!type || !bytes) throw notFound('image');
  return { contentType: type, bytes };
}
