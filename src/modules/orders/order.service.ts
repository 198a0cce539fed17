import { allowsAt, scopeOf } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import { type StoredFile, storeFile } from '../../platform/blobs.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { nextCounter } from '../../platform/counters.js';
import { DomainError, fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { checkImage } from '../../platform/images.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate, startOfBusinessDay } from '../../platform/time.js';
import { serviceItem, supervisorCollectsAny } from '../catalog/service-item.service.js';
import { relaysCash } from '../money/custody.service.js';
import { loadVisibleOrg } from '../orgs/org.service.js';
import { publishOrderChange } from './order.events.js';
import { ORDERS_INTAKE, ORDERS_PAY, ORDERS_READ } from './order.permissions.js';
import { mayCommand, mayRead, type OrderActorFacts, orderAbilities, staffCollectsNow, staffRelationCounts } from './order.policy.js';
import * as repo from './order.repo.js';
import { appointmentInOrder, fieldStep, newOrderSteps, orderNumber, serviceTimes, toMilli } from './order.rules.js';
import type { Assignee, Channel, MaterialLine, Order, OrderLine, OrderState, Payment, WorkRound } from './order.types.js';
import * as images from './order-images.repo.js';
import { insertLines, listLines, listMaterials } from './order-lines.repo.js';
import { listOrders as listOrderSummaries } from './order-list.repo.js';
import { pricePosted } from './order-pricing.js';
import { detailRefs } from './order-refs.js';
import {
  applyDetails,
  describeOrderTypes,
  fieldList,
  missingDetails,
  type OrderDetails,
  orderType,
  takesOrdersOf,
  typeFlags,
} from './order-types.js';
import { addressOf, pickedUnit } from './order-unit.js';

/** What the caller is to this order: their access, and whether they are (or were) on it. */
export function actorFacts(ctx: UseCase, assignees: Assignee[]): OrderActorFacts {
  const access = ctx.actor.access;
  const mine = staffRelationCounts(access) ? assignees.filter((a) => a.userId === ctx.actor.userId) : [];
  return { access, isAssignee: mine.some((a) => !a.releasedAt), wasAssignee: mine.length > 0 };
}

/**
 * A7.4.7: may the staff on an accepted order still take its payment? Asked only of staff on the order who
 * are not cashiers or supervisors there (one parameter read; everyone else's answer does not depend on it).
 */
async function withCollectFacts(
  ctx: UseCase,
  facts: OrderActorFacts,
  order: Pick<Order, 'id' | 'state' | 'acceptedAt'>,
  officePath: string,
  /** The order's lines when the caller holds them (an order's load does); read here only when the rule needs them. */
  lines?: readonly OrderLine[],
): Promise<OrderActorFacts> {
  if (order.state !== 'accepted' || !facts.isAssignee || allowsAt(facts.access, ORDERS_PAY, officePath)) return facts;
  if (!(await relaysCash(ctx, officePath))) return facts;
  const items = (lines ?? (await listLines(ctx.db, ctx.actor.tenantId, order.id))).map((l) => l.itemId);
  return { ...facts, staffMayCollect: staffCollectsNow(order.acceptedAt, ctx.clock.now(), true, await supervisorCollectsAny(ctx, items)) };
}

/** Loads an order the caller may read, with its staff, or refuses as every record does (404 outside, 403 inside). */
export async function loadOrder(ctx: UseCase, id: string) {
  const found = await repo.findOrder(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound('order');
  const facts = await withCollectFacts(ctx, actorFacts(ctx, found.assignees), found.order, found.officePath, found.lines);
  if (!mayRead(facts, found.officePath)) authorize(ctx.actor.access, ORDERS_READ, found.officePath, 'order');
  return { facts, ...found };
}

/** An order as `loadOrder` read it: the record, its office, lines, staff and rounds, and what the caller may do. */
export type LoadedOrder = Awaited<ReturnType<typeof loadOrder>>;

/**
 * The parts of an order kept in tables of their own that a use case already holds because it just wrote or read
 * them: the answer shows those and reads only the others (issue 13: a transition read back up to five tables).
 */
export interface KnownParts {
  lines?: OrderLine[];
  materials?: MaterialLine[];
  rounds?: WorkRound[];
  payment?: Payment | null;
  /** The staff as a (re)assignment left them. */
  assignees?: Assignee[];
}

/**
 * The full order: lines, materials, staff, rounds with signatures, payment, photos, measures, the records its details
 * name (by label, linked where the caller may read them) and abilities.
 */
export async function presentOrder(ctx: UseCase, loaded: LoadedOrder, known: KnownParts = {}) {
  const { order, officePath, officeName, facts, assignees } = loaded;
  const t = ctx.actor.tenantId;
  // materials and photos as the load saw them (its rounds and payment come with it): reads that must come back empty
  // are skipped
  const started = order.startedAt !== null;
  const [lines, materials, rounds, payment, photos, refs] = await Promise.all([
    known.lines ?? loaded.lines,
    known.materials ?? (started && loaded.hasMaterials ? listMaterials(ctx.db, t, order.id) : []),
    known.rounds ?? loaded.rounds,
    known.payment !== undefined ? known.payment : loaded.payment,
    loaded.hasPhotos ? images.listPhotos(ctx.db, t, order.id) : [],
    detailRefs(ctx, orderType(order.type), order.details),
  ]);
  // the order's own fields last: see listOrders
  return {
    officeName,
    typeDef: typeFacts(order.type),
    detailRefs: refs,
    lines,
    materials,
    staff: assignees.filter((a) => !a.releasedAt),
    formerStaff: assignees.filter((a) => a.releasedAt),
    rounds,
    payment,
    photos: photos.map((p) => ({ blobId: p.blob_id, addedAt: p.added_at })),
    measures: serviceTimes(order, rounds),
    fieldStep: fieldStep(order),
    abilities: {
      addPhoto: order.state !== 'closed' && order.state !== 'cancelled' && (facts.isAssignee || mayCommand(facts, 'quote', officePath)),
      ...orderAbilities(facts, order, officePath),
    },
    ...order,
  };
}

/** What the order page needs of the order's type: its number prefix, whether dispatch waits for approval, its detail fields. */
function typeFacts(code: string) {
  const def = orderType(code);
  return { prefix: def.prefix, ...typeFlags(def), fields: fieldList(def) };
}

/** The order types and their detail fields, for anyone signed in (configuration: the same in every office). */
export function listOrderTypes(_ctx: UseCase) {
  return describeOrderTypes();
}

export async function getOrder(ctx: UseCase, id: string) {
  return presentOrder(ctx, await loadOrder(ctx, id));
}

export interface OrderListInput {
  officeId?: string | undefined;
  state?: OrderState[] | undefined;
  type?: string | undefined;
  staffId?: string | undefined;
  patientId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  mine?: boolean | undefined;
  q?: string | undefined;
  sort?: string | undefined;
  page: number;
  pageSize: number;
}

/** Orders of the offices the caller may read, plus the ones they are assigned to. */
export async function listOrders(ctx: UseCase, f: OrderListInput) {
  const officePath = f.officeId ? (await loadVisibleOrg(ctx, f.officeId)).path : undefined;
  const scope = scopeOf(ctx.actor.access, ORDERS_READ);
  const tz = await tenantZone(ctx);
  const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const from = f.from ? startOfBusinessDay(f.from, tz) : undefined;
  const to = f.to ? startOfBusinessDay(nextDay(f.to), tz) : undefined;
  const { items, total } = await listOrderSummaries(ctx.db, ctx.actor.tenantId, {
    ...f,
    from,
    to,
    scope,
    officePath,
    // the orders one is on count only for a caller whose work they are (a token without orders.work sees none)
    assigneeId: staffRelationCounts(ctx.actor.access) ? ctx.actor.userId : null,
  });
  const rows = await Promise.all(
    items.map(async ({ order, officePath: path, officeName, assignees }) => {
      const staff = assignees.filter((a) => !a.releasedAt);
      // the added names before the spread: after it, V8 (Node 20) adds each name to the copy the slow way (about
      // 12 µs an order of 48 columns, a sixth of a list page's CPU); an order has none of these names
      return {
        officeName,
        staffNames: staff.map((s) => s.displayName),
        abilities: orderAbilities(await withCollectFacts(ctx, actorFacts(ctx, assignees), order, path), order, path),
        ...order,
      };
    }),
  );
  return { items: rows, total, page: f.page, pageSize: f.pageSize };
}

export interface IntakeInput {
  type: string;
  officeId: string;
  channel: Channel;
  customerName: string;
  customerPhone?: string | null | undefined;
  address?: string | null | undefined;
  /** The unit of the estate register picked at intake; its address fills `address` when none is typed. */
  unitId?: string | null | undefined;
  description?: string | null | undefined;
  appointmentStart?: string | null | undefined;
  appointmentEnd?: string | null | undefined;
  lines: { itemId: string; quantity: number }[];
  photos?: string[] | undefined;
  /** The type's own details filled in at intake (a repair's location and fault). */
  details?: OrderDetails | undefined;
}

/** Checks requested items exist, are offered, and belong to the order type; returns unpriced lines. */
export async function requestedLines(tx: UseCase, type: string, lines: { itemId: string; quantity: number }[]): Promise<OrderLine[]> {
  const def = orderType(type);
  const out: OrderLine[] = [];
  // A4.2: a type priced on site charges parts only — no catalogue line (labour) is taken, whatever is sent
  if (def.pricedAt === 'site' && lines.length)
    throw fieldError('unprocessable', 'order.labour_not_charged', 'lines.0.itemId', `${def.code} orders charge parts only, no labour`);
  if (def.pricedAt !== 'site' && !lines.length) throw fieldError('unprocessable', 'order.no_items', 'lines', 'ask for at least one item');
  for (const [i, l] of lines.entries()) {
    const item = await serviceItem(tx, l.itemId);
    if (!item?.active) throw fieldError('unprocessable', 'item.not_found', `lines.${i}.itemId`, 'no such service item');
    if (item.category !== def.itemCategory)
      throw fieldError('unprocessable', 'order.item_wrong_type', `lines.${i}.itemId`, `this item is not a ${def.itemCategory} item`);
    const quantityMilli = toMilli(l.quantity);
    if (quantityMilli === null)
      throw fieldError('unprocessable', 'order.quantity_invalid', `lines.${i}.quantity`, 'a positive quantity with at most 3 decimals');
    out.push({ lineNo: i + 1, itemId: item.id, itemName: item.name, unit: item.unit, unitPriceFen: null, quantityMilli, amountFen: null });
  }
  return out;
}

/**
 * Names a file written before the transaction (`storeFile`) in the `blobs` table; returns its id for the row that
 * keeps it (a signature, a photo, an attachment).
 */
export async function recordFile(tx: Tx, file: StoredFile): Promise<string> {
  await images.insertBlob(tx.db, tx.actor.tenantId, { ...file, at: tx.now });
  return file.id;
}

/** Writes checked files (signatures, photos) to the blob store before the transaction that names them. */
export function storeFiles(ctx: UseCase, files: { contentType: string; bytes: Uint8Array; sha256?: string }[]): Promise<StoredFile[]> {
  return Promise.all(files.map((f) => storeFile(ctx.blobs, ctx.actor.tenantId, f)));
}

/** A request taken by phone, at the desk, on the web or the hotline (A7.4.1). */
export async function createOrder(ctx: UseCase, input: IntakeInput) {
  // Decoded before the transaction: checking a photo's pixels must not hold the write lock.
  const photos = await Promise.all((input.photos ?? []).map((photo, i) => checkImage(photo, `photos.${i}`, 'photo')));
  const def = orderType(input.type);
  const details = applyDetails(def, 'create', {}, input.details);
  const missing = missingDetails(def, 'create', details);
  if (missing.length)
    throw new DomainError(
      'unprocessable',
      'order.field_required',
      `a ${def.code} order needs ${missing.join(', ')}`,
      missing.map((field) => ({ field, code: 'order.field_required', message: 'required' })),
    );
  // the files are on disk before the transaction that names them commits
  const files = await storeFiles(ctx, photos);
  return inTransaction(ctx, async (tx) => {
    const office = await loadVisibleOrg(tx, input.officeId);
    if (!mayCommand({ access: tx.actor.access, isAssignee: false, wasAssignee: false }, 'quote', office.path)) {
      throw new DomainError('forbidden', 'auth.forbidden', `missing permission ${ORDERS_INTAKE} here`);
    }
    if (!takesOrdersOf(def, office.kind))
      throw fieldError('unprocessable', 'order.not_an_office', 'officeId', `${def.code} orders are not kept at a ${office.kind}`);
    const unit = input.unitId ? await pickedUnit(tx, input.unitId, office.path, 'order') : null;
    const appointmentStart = input.appointmentStart ?? null;
    const appointmentEnd = input.appointmentEnd ?? null;
    if (!appointmentInOrder(appointmentStart, appointmentEnd))
      throw fieldError('unprocessable', 'order.appointment_end_before_start', 'appointmentEnd', 'the appointment ends before it starts');
    const requested = await requestedLines(tx, input.type, input.lines);
    // priced as taken (A5.7): the posted fees, and nothing left to quote or confirm
    const priced = def.pricedAt === 'intake' ? await pricePosted(tx, office.id, requested) : null;
    const { lines, ...fees } = priced
      ? def.pricing(priced.lines, [], details)
      : { lines: requested, serviceFeeFen: 0, materialFeeFen: 0, totalFen: 0 };
    const day = businessDate(new Date(tx.now), await tenantZone(tx));
    const seq = await nextCounter(tx.db, tx.actor.tenantId, `order:${def.prefix}:${day}`);
    const order: Order = {
      id: newId(),
      tenantId: tx.actor.tenantId,
      number: orderNumber(def.prefix, day, seq),
      type: def.code,
      officeId: office.id,
      // a type priced on site or as taken has nothing to quote: the request taken is the confirmed job (A4.4.1–2, A5.7)
      state: typeFlags(def).pricedAt === 'quote' ? 'requested' : 'confirmed',
      version: 1,
      channel: input.channel,
      customerName: input.customerName,
      customerPhone: input.customerPhone ?? null,
      address: addressOf(input.address, unit),
      description: input.description ?? null,
      staffCount: null,
      staffShortReason: null,
      appointmentStart,
      appointmentEnd,
      priceListId: priced?.priceListId ?? null,
      priceAcceptedAt: priced ? tx.now : null,
      approvedAt: null,
      approvedBy: null,
      ...fees,
      ...newOrderSteps(tx.now, tx.actor.displayName),
      ...(typeFlags(def).pricedAt === 'quote' ? {} : { confirmedAt: tx.now }),
      ...(priced ? { quotedAt: tx.now } : {}),
      unitId: unit?.id ?? null,
      details,
    };
    await repo.insertOrder(tx.db, order);
    await publishOrderChange(tx, 'create', null, order);
    await insertLines(tx.db, tx.actor.tenantId, order.id, lines);
    for (const file of files) {
      const blobId = await recordFile(tx, file);
      await images.insertPhoto(tx.db, tx.actor.tenantId, order.id, blobId, tx.actor.displayName, tx.now);
    }
    await tx.audit({ action: 'order.create', entity: 'order', entityId: order.id, after: { ...order, lines } });
    const loaded = { order, officePath: office.path, officeName: office.name, hasPhotos: files.length > 0, hasMaterials: false, lines };
    return presentOrder(tx, { ...loaded, assignees: [], rounds: [], payment: null, facts: actorFacts(tx, []) });
  });
}

/** Adds a photo (of the problem, or of the work) to an order. */
export async function addPhoto(ctx: UseCase, id: string, image: string) {
  const [file] = await storeFiles(ctx, [await checkImage(image, 'image', 'photo')]);
  return inTransaction(ctx, async (tx) => {
    const loaded = await loadOrder(tx, id);
    const view = await presentOrder(tx, loaded);
    if (!view.abilities.addPhoto) throw new DomainError('forbidden', 'auth.forbidden', 'you cannot add photos to this order');
    const blobId = await recordFile(tx, file!);
    await images.insertPhoto(tx.db, tx.actor.tenantId, id, blobId, tx.actor.displayName, tx.now);
    await tx.audit({ action: 'order.photo', entity: 'order', entityId: id, after: { blobId } });
    return presentOrder(tx, { ...loaded, hasPhotos: true });
  });
}

/** An image kept with the order (a signature or a photo), for the order's readers only. */
export async function orderImage(ctx: UseCase, id: string, blobId: string) {
  const loaded = await loadOrder(ctx, id);
  const photos = await images.listPhotos(ctx.db, ctx.actor.tenantId, id);
  if (!loaded.rounds.some((r) => r.signatureBlobId === blobId) && !photos.some((p) => p.blob_id === blobId)) throw notFound('image');
  return { ...(await readImage(ctx, blobId)), order: loaded.order };
}

/** A stored image's bytes and type, once the caller's record is known to name it; 404 when it is gone. */
export async function readImage(ctx: UseCase, blobId: string): Promise<{ contentType: string; bytes: Uint8Array }> {
  const t = ctx.actor.tenantId;
  const blob = await images.findBlob(ctx.db, t, blobId);
  const bytes = blob && (await ctx.blobs.get(t, blobId));
  if (!blob || !bytes) throw notFound('image');
  return { contentType: blob.content_type, bytes };
}
