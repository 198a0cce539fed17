import type { z } from 'zod';
import { allowsAt } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type UseCase } from '../../platform/context.js';
import { DomainError } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { checkImage } from '../../platform/images.js';
import { readImage, recordFile, storeFiles } from '../orders/order.service.js';
import { INFUSION_CONSENT, INFUSION_READ } from './infusion.permissions.js';
import * as repo from './infusion-consent.repo.js';
import type * as s from './infusion-consent.schemas.js';

type Consent = z.infer<typeof s.consentSchema>;
type ConsentList = z.infer<typeof s.consentListSchema>;

/** The patient at `id` for a caller holding `permission` at their centre or station: 404 outside, 403 inside. */
export async function loadConsentPatient(ctx: UseCase, id: string, permission: string): Promise<repo.ConsentPatient> {
  const p = await repo.findConsentPatient(ctx.db, ctx.actor.tenantId, id);
  if (!p) throw new DomainError('not_found', 'infusion.patient.not_found', 'patient not found');
  authorize(ctx.actor.access, permission, p.org_path, 'infusion.patient');
  return p;
}

async function loadConsent(ctx: UseCase, id: string, permission: string): Promise<repo.ConsentRow> {
  const c = await repo.findConsent(ctx.db, ctx.actor.tenantId, id);
  if (!c) throw new DomainError('not_found', 'infusion.consent.not_found', 'consent not found');
  authorize(ctx.actor.access, permission, c.org_path, 'infusion.consent');
  return c;
}

function present(c: repo.ConsentRow): Consent {
  return {
    id: c.id,
    patientId: c.patient_id,
    signerName: c.signer_name,
    signerRelation: c.signer_relation,
    signedAt: c.signed_at,
    recordedBy: c.recorded_by,
    recordedByName: c.recorded_by_name,
    signatureUrl: `/api/infusion/consents/${c.id}/signature`,
    printUrl: `/api/infusion/consents/${c.id}/print`,
    withdrawnAt: c.withdrawn_at,
    withdrawnByName: c.withdrawn_at ? (c.withdrawn_by_name ?? '系统') : null,
    withdrawnReason: c.withdrawn_reason,
    valid: c.withdrawn_at === null,
  };
}

/** One consent, for its readers (also the history reader of `infusion_consent`). */
export async function getConsent(ctx: UseCase, id: string): Promise<Consent> {
  return present(await loadConsent(ctx, id, INFUSION_READ));
}

/** A patient's consents, the one in force, and what the caller may do about them. */
export async function listConsents(ctx: UseCase, patientId: string): Promise<ConsentList> {
  const p = await loadConsentPatient(ctx, patientId, INFUSION_READ);
  const items = (await repo.consentsOf(ctx.db, ctx.actor.tenantId, patientId)).map(present);
  const current = items.find((c) => c.valid) ?? null;
  const may = allowsAt(ctx.actor.access, INFUSION_CONSENT, p.org_path);
  return { items, current, abilities: { take: may && current === null, withdraw: may && current !== null } };
}

/**
 * The patient or a family member signs the consent on screen (A5.4): no drawn signature, no consent. One consent is
 * in force at a time: a new one is taken once the last is withdrawn.
 */
export async function takeConsent(ctx: UseCase, patientId: string, body: z.infer<typeof s.takeConsentBody>): Promise<Consent> {
  // decoded before the transaction: checking the pixels must not hold the write lock
  if (!body.signature)
    throw new DomainError('unprocessable', 'infusion.signature_required', 'the consent is signed on screen', [
      { field: 'signature', code: 'infusion.signature_required', message: 'required' },
    ]);
  const image = await checkImage(body.signature, 'signature', 'signature');
  // on disk before the transaction that names it
  const [file] = await storeFiles(ctx, [image]);
  return inTransaction(ctx, async (tx) => {
    const p = await loadConsentPatient(tx, patientId, INFUSION_CONSENT);
    const me = tx.actor.userId;
    if (me === null) throw new DomainError('forbidden', 'auth.forbidden', 'a consent is taken by a member of staff');
    if (await repo.hasValidConsent(tx.db, tx.actor.tenantId, patientId))
      throw new DomainError('conflict', 'infusion.consent_in_force', 'the patient has a consent in force; withdraw it first');
    const row = {
      tenant_id: tx.actor.tenantId,
      id: newId(),
      org_id: p.org_id,
      patient_id: p.id,
      signer_name: body.signerName,
      signer_relation: body.signerRelation,
      signature_blob_id: await recordFile(tx, file!),
      signed_at: tx.now,
      recorded_by: me,
      withdrawn_at: null,
      withdrawn_by: null,
      withdrawn_reason: null,
    };
    await repo.insertConsent(tx.db, row);
    await tx.audit({ action: 'infusion_consent.take', entity: 'infusion_consent', entityId: row.id, after: row });
    return getConsent(tx, row.id);
  });
}

/** The consent is withdrawn, with the reason: no further visit until a new one is signed. */
export async function withdrawConsent(ctx: UseCase, id: string, reason: string): Promise<Consent> {
  return inTransaction(ctx, async (tx) => {
    const c = await loadConsent(tx, id, INFUSION_CONSENT);
    const withdrawn = () => new DomainError('conflict', 'infusion.consent_withdrawn', 'the consent is already withdrawn');
    if (c.withdrawn_at !== null) throw withdrawn();
    const set = { withdrawn_at: tx.now, withdrawn_by: tx.actor.userId, withdrawn_reason: reason };
    if (!(await repo.withdrawConsent(tx.db, tx.actor.tenantId, id, set))) throw withdrawn();
    const { org_path: _p, recorded_by_name: _r, withdrawn_by_name: _w, ...before } = c;
    await tx.audit({
      action: 'infusion_consent.withdraw',
      entity: 'infusion_consent',
      entityId: id,
      before,
      after: { ...before, ...set },
    });
    return getConsent(tx, id);
  });
}

/** The drawn signature of a consent, for its readers. */
export async function consentSignature(ctx: UseCase, id: string): Promise<{ contentType: string; bytes: Uint8Array }> {
  const c = await loadConsent(ctx, id, INFUSION_READ);
  return readImage(ctx, c.signature_blob_id);
}

/** A consent with its patient and the signature's bytes, for the printed form. */
export async function consentForPrint(ctx: UseCase, id: string) {
  const c = await loadConsent(ctx, id, INFUSION_READ);
  const patient = await loadConsentPatient(ctx, c.patient_id, INFUSION_READ);
  const bytes = await ctx.blobs.get(ctx.actor.tenantId, c.signature_blob_id);
  return { consent: present(c), patient, signature: bytes };
}
