import { createHash } from 'node:crypto';
import { type AppDeps, inTransaction, systemActor, type UseCase } from '../../platform/context.js';
import { nextCounter } from '../../platform/counters.js';
import { DomainError, fieldError } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { checkImage } from '../../platform/images.js';
import { storeFiles } from '../orders/order.service.js';
import { orgById } from '../orgs/org.service.js';
import type { OrgNode } from '../orgs/org.types.js';
import { paramAt } from '../params/params.service.js';
import { findTenantById } from '../tenants/tenant.service.js';
import * as repo from './feedback.repo.js';
import { publicLimit } from './feedback.rules.js';
import type { FeedbackKind } from './feedback.types.js';
import { keepPhotos, newFeedback } from './feedback-intake.service.js';

/** The kinds of node that take feedback from the public: offices, stations, centres and departments (GPS事业部). */
const TAKES_FEEDBACK: readonly OrgNode['kind'][] = ['office', 'station', 'centre', 'department'];
export const takesFeedback = (node: OrgNode) => node.active && TAKES_FEEDBACK.includes(node.kind);

/** A photo of the public form is at most this large (the web form scales photos down before sending). */
export const PUBLIC_PHOTO_BYTES = 1024 * 1024;

const formNotFound = () => new DomainError('not_found', 'feedback_form.not_found', 'no such feedback form');

/** The tenant and node of a public form as the system sees them, or 404 for an unknown one. */
async function formContext(deps: AppDeps, tenantId: string, officeId: string, requestId: string) {
  const tenant = await findTenantById(deps, tenantId);
  if (!tenant) throw formNotFound();
  const ctx: UseCase = { ...deps, actor: systemActor(tenant.id), requestId };
  const office = await orgById(ctx, officeId);
  if (!office) throw formNotFound();
  return { ctx, office, tenant };
}

/** What the public form shows before anything is typed: the node's name and whether it takes feedback. */
export async function publicForm(deps: AppDeps, tenantId: string, officeId: string, requestId: string) {
  const { office, tenant } = await formContext(deps, tenantId, officeId, requestId);
  return { officeName: office.name, organisationName: tenant.name, takesFeedback: takesFeedback(office) };
}

export interface PublicInput {
  kind: FeedbackKind;
  content: string;
  name: string;
  phone: string;
  unit?: string | undefined;
  photos?: string[] | undefined;
  /** The honeypot: a field people never see, so never fill. */
  website?: string | undefined;
}

/**
 * A submission of the public form (no sign-in): a feedback of channel `web`, received in the node's queue.
 * Abuse control without a captcha: per client address and node at most `feedbackPublicPerHour` an hour and
 * 20 a day (429 `feedback.too_many`, counted in the database so it holds across processes); photos at most
 * 1 MB each; a filled honeypot is answered as accepted but nothing is stored.
 */
export async function submitPublic(
  deps: AppDeps,
  tenantId: string,
  officeId: string,
  input: PublicInput,
  address: string,
  requestId: string,
) {
  const { ctx, office } = await formContext(deps, tenantId, officeId, requestId);
  if (!takesFeedback(office)) throw formNotFound();
  const given = input.photos ?? [];
  // base64 holds 3 bytes in 4 characters: refuse a large photo before decoding any
  given.forEach((p, i) => {
    if (((p.length - p.indexOf(',') - 1) * 3) / 4 > PUBLIC_PHOTO_BYTES + 2)
      throw fieldError('unprocessable', 'image.too_large', `photos.${i}`, `a photo may be at most ${PUBLIC_PHOTO_BYTES} bytes`);
  });
  const photos = await Promise.all(given.map((p, i) => checkImage(p, `photos.${i}`, 'photo')));
  const addressHash = createHash('sha256').update(`${tenantId}|${address}`).digest('hex');
  const perHour = await paramAt(ctx, office.path, 'feedbackPublicPerHour');
  const windowAt = (now: number) => ({ hour: new Date(now - 3_600_000).toISOString(), day: new Date(now - 86_400_000).toISOString() });
  const overLimit = async (db: typeof ctx.db, now: number) =>
    publicLimit(await repo.countHits(db, tenantId, office.id, addressHash, windowAt(now)), perHour) !== 'ok';
  const tooMany = () => new DomainError('rate_limited', 'feedback.too_many', 'too many submissions from this address; try again later');
  // the photos are written before the transaction that names them: an address over its limit, or a bot, gets none written
  if (await overLimit(ctx.db, ctx.clock.now().getTime())) throw tooMany();
  const files = input.website ? [] : await storeFiles(ctx, photos);
  return inTransaction(ctx, async (tx) => {
    const since = windowAt(Date.parse(tx.now));
    // one node's submissions queue here (a row lock until commit, on both engines), so two at once cannot both pass the count
    await nextCounter(tx.db, tx.actor.tenantId, `feedback-public:${office.id}`);
    if (await overLimit(tx.db, Date.parse(tx.now))) throw tooMany();
    await repo.pruneHits(tx.db, tx.actor.tenantId, office.id, since.day);
    await repo.insertHit(tx.db, tx.actor.tenantId, { id: newId(), officeId: office.id, addressHash, at: tx.now });
    // a bot that fills every field learns nothing: the same answer, nothing kept but the count
    if (input.website) return { accepted: true as const };
    const f = await newFeedback(tx, {
      officeId: office.id,
      kind: input.kind,
      channel: 'web',
      customerName: input.name,
      customerPhone: input.phone,
      unitId: null,
      address: input.unit?.trim() || null,
      vehiclePlate: null,
      aboutNodeId: null,
      aboutOrderId: null,
      aboutUserId: null,
      content: input.content,
      receivedBy: null,
    });
    await keepPhotos(tx, f.id, files);
    await tx.audit({ action: 'feedback.receive', entity: 'feedback', entityId: f.id, after: f });
    return { accepted: true as const };
  });
}
