import { type Kysely, sql } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import { containsText } from '../../platform/db/search.js';
import { fetchPage } from '../../platform/http/list.js';
import type { FeedbackForwardTable, FeedbackTable } from './feedback.tables.js';
import type { Feedback, FeedbackChannel, FeedbackForward, FeedbackKind, FeedbackState } from './feedback.types.js';

type Db = Kysely<Database>;

const toRow = (tenantId: string, f: Feedback): FeedbackTable => ({
  tenant_id: tenantId,
  id: f.id,
  number: f.number,
  office_id: f.officeId,
  kind: f.kind,
  channel: f.channel,
  customer_name: f.customerName,
  customer_phone: f.customerPhone,
  unit_id: f.unitId,
  address: f.address,
  vehicle_plate: f.vehiclePlate,
  about_node_id: f.aboutNodeId,
  about_order_id: f.aboutOrderId,
  about_user_id: f.aboutUserId,
  content: f.content,
  valuable: f.valuable ? 1 : 0,
  state: f.state,
  received_at: f.receivedAt,
  received_by: f.receivedBy,
  first_reply_at: f.firstReplyAt,
  first_reply_by: f.firstReplyBy,
  reply_how: f.replyHow,
  reply_text: f.replyText,
  resolved_at: f.resolvedAt,
  resolved_by: f.resolvedBy,
  resolution: f.resolution,
  told_at: f.toldAt,
  told_by: f.toldBy,
  tell_how: f.tellHow,
  tell_text: f.tellText,
  outcome_satisfaction: f.outcomeSatisfaction,
  closed_at: f.closedAt,
  closed_by: f.closedBy,
  reopen_count: f.reopenCount,
  reopen_reason: f.reopenReason,
  spam_at: f.spamAt,
  spam_by: f.spamBy,
  callback_id: f.callbackId,
  version: f.version,
});

export const fromRow = (r: FeedbackTable): Feedback => ({
  id: r.id,
  number: r.number,
  officeId: r.office_id,
  kind: r.kind,
  channel: r.channel,
  customerName: r.customer_name,
  customerPhone: r.customer_phone,
  unitId: r.unit_id,
  address: r.address,
  vehiclePlate: r.vehicle_plate,
  aboutNodeId: r.about_node_id,
  aboutOrderId: r.about_order_id,
  aboutUserId: r.about_user_id,
  content: r.content,
  valuable: Number(r.valuable) === 1,
  state: r.state,
  receivedAt: r.received_at,
  receivedBy: r.received_by,
  firstReplyAt: r.first_reply_at,
  firstReplyBy: r.first_reply_by,
  replyHow: r.reply_how,
  replyText: r.reply_text,
  resolvedAt: r.resolved_at,
  resolvedBy: r.resolved_by,
  resolution: r.resolution,
  toldAt: r.told_at,
  toldBy: r.told_by,
  tellHow: r.tell_how,
  tellText: r.tell_text,
  outcomeSatisfaction: r.outcome_satisfaction,
  closedAt: r.closed_at,
  closedBy: r.closed_by,
  reopenCount: Number(r.reopen_count),
  reopenReason: r.reopen_reason,
  spamAt: r.spam_at,
  spamBy: r.spam_by,
  callbackId: r.callback_id,
  version: Number(r.version),
});

export async function insertFeedback(db: Db, tenantId: string, f: Feedback) {
  await db.insertInto('feedback').values(toRow(tenantId, f)).execute();
}

export async function updateFeedback(db: Db, tenantId: string, f: Feedback, expectedVersion: number): Promise<boolean> {
  const { tenant_id: _t, id: _i, ...set } = toRow(tenantId, f);
  const r = await db
    .updateTable('feedback')
    .set(set)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', f.id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

function feedbackQuery(db: Db, tenantId: string) {
  return db
    .selectFrom('feedback as f')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'f.tenant_id').onRef('n.id', '=', 'f.office_id'))
    .leftJoin('org_nodes as a', (j) => j.onRef('a.tenant_id', '=', 'f.tenant_id').onRef('a.id', '=', 'f.about_node_id'))
    .leftJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'f.tenant_id').onRef('u.id', '=', 'f.about_user_id'))
    .leftJoin('orders as o', (j) => j.onRef('o.tenant_id', '=', 'f.tenant_id').onRef('o.id', '=', 'f.about_order_id'))
    .selectAll('f')
    .select([
      'n.path as office_path',
      'n.name as office_name',
      'a.name as about_node_name',
      'u.display_name as about_user_name',
      'o.number as about_order_number',
    ])
    .where('f.tenant_id', '=', tenantId);
}

type FeedbackRow = Awaited<ReturnType<ReturnType<typeof feedbackQuery>['executeTakeFirstOrThrow']>>;

const loaded = (r: FeedbackRow) => ({
  feedback: fromRow(r),
  officePath: r.office_path,
  officeName: r.office_name,
  aboutNodeName: r.about_node_name,
  aboutUserName: r.about_user_name,
  aboutOrderNumber: r.about_order_number,
});
export type LoadedFeedback = ReturnType<typeof loaded>;

export async function findFeedback(db: Db, tenantId: string, id: string): Promise<LoadedFeedback | undefined> {
  const r = await feedbackQuery(db, tenantId).where('f.id', '=', id).executeTakeFirst();
  return r && loaded(r);
}

export interface FeedbackFilter {
  /** Subtrees whose feedback the caller reads. */
  readScope: readonly string[];
  /** Subtrees where the caller answers forwards: feedback forwarded there is listed too. */
  answerScope: readonly string[];
  state?: FeedbackState | undefined;
  kind?: FeedbackKind | undefined;
  channel?: FeedbackChannel | undefined;
  officePath?: string | undefined;
  /** Only feedback past its reply or outcome deadline: the cut-offs (received before them). */
  overdue?: { replyBefore: string; outcomeBefore: string } | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

export async function listFeedback(db: Db, tenantId: string, f: FeedbackFilter) {
  let q = feedbackQuery(db, tenantId).where((eb) => {
    const ors = [];
    if (f.readScope.length) ors.push(pathWithin('n.path', f.readScope));
    if (f.answerScope.length)
      ors.push(
        eb.exists(
          eb
            .selectFrom('feedback_forwards as w')
            .innerJoin('org_nodes as wn', (j) => j.onRef('wn.tenant_id', '=', 'w.tenant_id').onRef('wn.id', '=', 'w.node_id'))
            .select('w.id')
            .whereRef('w.tenant_id', '=', 'f.tenant_id')
            .whereRef('w.feedback_id', '=', 'f.id')
            .where(pathWithin('wn.path', f.answerScope)),
        ),
      );
    return ors.length ? eb.or(ors) : sql<boolean>`1 = 0`;
  });
  if (f.state) q = q.where('f.state', '=', f.state);
  if (f.kind) q = q.where('f.kind', '=', f.kind);
  if (f.channel) q = q.where('f.channel', '=', f.channel);
  if (f.officePath) q = q.where(pathWithin('n.path', [f.officePath]));
  if (f.overdue) {
    const o = f.overdue;
    q = q
      .where('f.state', '!=', 'spam')
      .where((eb) =>
        eb.or([
          eb.and([eb('f.first_reply_at', 'is', null), eb('f.received_at', '<', o.replyBefore)]),
          eb.and([eb('f.told_at', 'is', null), eb('f.received_at', '<', o.outcomeBefore)]),
        ]),
      );
  }
  if (f.q) q = q.where(containsText(['f.number', 'f.customer_name', 'f.customer_phone', 'f.content'], f.q));
  const { rows, total } = await fetchPage(q.orderBy('f.received_at', 'desc').orderBy('f.id'), f.page, f.pageSize);
  return { items: rows.map(loaded), total };
}

const forwardOf = (r: FeedbackForwardTable & { node_name: string; node_path: string }) => ({
  forward: {
    id: r.id,
    feedbackId: r.feedback_id,
    nodeId: r.node_id,
    note: r.note,
    sentAt: r.sent_at,
    sentBy: r.sent_by,
    answer: r.answer,
    answeredAt: r.answered_at,
    answeredBy: r.answered_by,
  } satisfies FeedbackForward,
  nodeName: r.node_name,
  nodePath: r.node_path,
});
export type LoadedForward = ReturnType<typeof forwardOf>;

export async function listForwards(db: Db, tenantId: string, feedbackIds: readonly string[]): Promise<LoadedForward[]> {
  if (!feedbackIds.length) return [];
  const rows = await db
    .selectFrom('feedback_forwards as w')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'w.tenant_id').onRef('n.id', '=', 'w.node_id'))
    .selectAll('w')
    .select(['n.name as node_name', 'n.path as node_path'])
    .where('w.tenant_id', '=', tenantId)
    .where('w.feedback_id', 'in', [...feedbackIds])
    .orderBy('w.sent_at')
    .orderBy('w.id')
    .execute();
  return rows.map(forwardOf);
}

export async function insertForward(db: Db, tenantId: string, w: FeedbackForward) {
  await db
    .insertInto('feedback_forwards')
    .values({
      tenant_id: tenantId,
      id: w.id,
      feedback_id: w.feedbackId,
      node_id: w.nodeId,
      note: w.note,
      sent_at: w.sentAt,
      sent_by: w.sentBy,
      answer: null,
      answered_at: null,
      answered_by: null,
    })
    .execute();
}

/** Records a forward's answer once: false when it was answered meanwhile. */
export async function answerForward(db: Db, tenantId: string, id: string, a: { answer: string; at: string; by: string | null }) {
  const r = await db
    .updateTable('feedback_forwards')
    .set({ answer: a.answer, answered_at: a.at, answered_by: a.by })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('answered_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertPhoto(db: Db, tenantId: string, feedbackId: string, blobId: string, by: string, at: string) {
  await db
    .insertInto('feedback_photos')
    .values({ tenant_id: tenantId, feedback_id: feedbackId, blob_id: blobId, added_by: by, added_at: at })
    .execute();
}

export async function listPhotos(db: Db, tenantId: string, feedbackId: string) {
  return db
    .selectFrom('feedback_photos as p')
    .innerJoin('blobs as b', (j) => j.onRef('b.tenant_id', '=', 'p.tenant_id').onRef('b.id', '=', 'p.blob_id'))
    .select(['p.blob_id', 'p.added_by', 'p.added_at', 'b.content_type'])
    .where('p.tenant_id', '=', tenantId)
    .where('p.feedback_id', '=', feedbackId)
    .orderBy('p.added_at')
    .orderBy('p.blob_id')
    .execute();
}

/** An active user of the tenant (the staff member a feedback is about), with their name. */
export async function findActiveUser(db: Db, tenantId: string, id: string) {
  return db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('active', '=', 1)
    .executeTakeFirst();
}

/** The public form's submissions from one address hash to one office since each instant. */
export async function countHits(db: Db, tenantId: string, officeId: string, addressHash: string, since: { hour: string; day: string }) {
  const r = await db
    .selectFrom('feedback_public_hits')
    .select([
      (eb) => eb.fn.countAll<number | string>().as('day'),
      (eb) => eb.fn.sum<number | string | null>(eb.case().when('at', '>=', since.hour).then(1).else(0).end()).as('hour'),
    ])
    .where('tenant_id', '=', tenantId)
    .where('office_id', '=', officeId)
    .where('address_hash', '=', addressHash)
    .where('at', '>=', since.day)
    .executeTakeFirst();
  return { lastHour: Number(r?.hour ?? 0), lastDay: Number(r?.day ?? 0) };
}

export async function insertHit(db: Db, tenantId: string, hit: { id: string; officeId: string; addressHash: string; at: string }) {
  await db
    .insertInto('feedback_public_hits')
    .values({ tenant_id: tenantId, id: hit.id, office_id: hit.officeId, address_hash: hit.addressHash, at: hit.at })
    .execute();
}

/** Forgets an office's submissions older than a day: the limits never look further back. */
export async function pruneHits(db: Db, tenantId: string, officeId: string, before: string) {
  await db
    .deleteFrom('feedback_public_hits')
    .where('tenant_id', '=', tenantId)
    .where('office_id', '=', officeId)
    .where('at', '<', before)
    .execute();
}

/** The month's feedback (not spam) received at nodes of a subtree: what the report counts. */
export async function reportRows(db: Db, tenantId: string, scope: readonly string[], range: { from: string; to: string }) {
  const rows = await db
    .selectFrom('feedback as f')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'f.tenant_id').onRef('n.id', '=', 'f.office_id'))
    .select(['f.kind', 'f.channel', 'f.received_at', 'f.first_reply_at', 'f.told_at', 'f.outcome_satisfaction'])
    .where('f.tenant_id', '=', tenantId)
    .where('f.state', '!=', 'spam')
    .where('f.received_at', '>=', range.from)
    .where('f.received_at', '<', range.to)
    .where(pathWithin('n.path', scope))
    .execute();
  return rows.map((r) => ({
    kind: r.kind,
    channel: r.channel,
    receivedAt: r.received_at,
    firstReplyAt: r.first_reply_at,
    toldAt: r.told_at,
    outcomeSatisfaction: r.outcome_satisfaction,
  }));
}

/** Suggestions marked valuable received in [from, to) at nodes of a subtree, oldest first. */
export async function valuableSuggestions(db: Db, tenantId: string, scope: readonly string[], range: { from: string; to: string }) {
  const rows = await feedbackQuery(db, tenantId)
    .where('f.kind', '=', 'suggestion')
    .where('f.valuable', '=', 1)
    .where('f.received_at', '>=', range.from)
    .where('f.received_at', '<', range.to)
    .where(pathWithin('n.path', scope))
    .orderBy('f.received_at')
    .orderBy('f.id')
    .execute();
  return rows.map(loaded);
}

/** Feedback waiting for its first reply at nodes of the subtrees (the workbench's to-do). */
export async function countToReply(db: Db, tenantId: string, scope: readonly string[]) {
  if (!scope.length) return 0;
  const r = await db
    .selectFrom('feedback as f')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'f.tenant_id').onRef('n.id', '=', 'f.office_id'))
    .select((eb) => eb.fn.countAll().as('n'))
    .where('f.tenant_id', '=', tenantId)
    .where('f.state', '=', 'received')
    .where(pathWithin('n.path', scope))
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

/** Forwards still unanswered to nodes of the subtrees (the departments' to-do). */
export async function countToAnswer(db: Db, tenantId: string, scope: readonly string[]) {
  if (!scope.length) return 0;
  const r = await db
    .selectFrom('feedback_forwards as w')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'w.tenant_id').onRef('n.id', '=', 'w.node_id'))
    .select((eb) => eb.fn.countAll().as('n'))
    .where('w.tenant_id', '=', tenantId)
    .where('w.answered_at', 'is', null)
    .where(pathWithin('n.path', scope))
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}
