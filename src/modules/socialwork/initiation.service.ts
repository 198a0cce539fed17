/**
 * The initiation of a project (A3.3) but its plan (plan.service.ts): the needs surveys, the funding and cooperation
 * agreements, the files kept with either, and the start of the project once it has a survey and an approved plan.
 */
import type { z } from 'zod';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { recordFile, storeFiles } from '../orders/order.service.js';
import * as repo from './initiation.repo.js';
import type * as s from './initiation.schemas.js';
import * as projects from './project.repo.js';
import { loadProject, requireProjectState, staleProject } from './project.service.js';
import { SW_EXECUTE } from './socialwork.permissions.js';
import type { SwAttachmentTable } from './socialwork.tables.js';
import type { AttachmentOwner } from './socialwork.types.js';

type SurveyOut = z.infer<typeof s.surveySchema>;
type AgreementOut = z.infer<typeof s.agreementSchema>;
type AttachmentOut = z.infer<typeof s.attachmentSchema>;

/** Who records: a member of staff (a system actor records nothing here). */
function staff(tx: Tx): string {
  if (tx.actor.userId === null) throw new DomainError('forbidden', 'auth.forbidden', 'recorded by a member of staff');
  return tx.actor.userId;
}

// ── attachments ──────────────────────────────────────────────────────────────────────────────────────────────

/** A survey's questionnaires or an agreement's scan: at most 5 MB, a PNG or JPEG image or a PDF, told by its bytes. */
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;
const ATTACHMENT_TYPES: Record<string, (b: Buffer) => boolean> = {
  'image/png': (b) => b.length > 8 && b[0] === 0x89 && b.toString('ascii', 1, 4) === 'PNG',
  'image/jpeg': (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'application/pdf': (b) => b.length > 5 && b.toString('ascii', 0, 5) === '%PDF-',
};

/** Decodes an uploaded file's data URL: its declared type must be allowed and its bytes must be of that type. */
export function checkAttachment(data: string): { contentType: string; bytes: Buffer } {
  const m = /^data:([a-z]+\/[a-z0-9.+-]+);base64,([A-Za-z0-9+/=]*)$/.exec(data);
  const check = m ? ATTACHMENT_TYPES[m[1]!] : undefined;
  if (!m || !check)
    throw fieldError('unprocessable', 'socialwork.attachment_type', 'data', 'an attachment is a PNG or JPEG image or a PDF file');
  const bytes = Buffer.from(m[2]!, 'base64');
  if (bytes.length > ATTACHMENT_MAX_BYTES)
    throw fieldError('unprocessable', 'socialwork.attachment_too_large', 'data', `an attachment is at most ${ATTACHMENT_MAX_BYTES} bytes`);
  if (!check(bytes)) throw fieldError('unprocessable', 'socialwork.attachment_type', 'data', `the file's content is not ${m[1]}`);
  return { contentType: m[1]!, bytes };
}

const presentAttachment = (a: SwAttachmentTable): AttachmentOut => ({
  id: a.id,
  fileName: a.file_name,
  contentType: a.content_type,
  size: Number(a.size),
  uploadedAt: a.uploaded_at,
  url: `/api/socialwork/attachments/${a.id}`,
});

async function attachmentsOf(ctx: UseCase, projectId: string, kind: AttachmentOwner) {
  const rows = await repo.listAttachments(ctx.db, ctx.actor.tenantId, projectId, [kind]);
  const by = new Map<string, AttachmentOut[]>();
  for (const r of rows) by.set(r.owner_id, [...(by.get(r.owner_id) ?? []), presentAttachment(r)]);
  return by;
}

/** Keeps a file with a survey (while the project is initiating) or an agreement (until it is closed). */
export async function addAttachment(ctx: UseCase, projectId: string, body: z.infer<typeof s.attachmentBody>): Promise<AttachmentOut> {
  const loaded = await loadProject(ctx, projectId, SW_EXECUTE);
  const t = ctx.actor.tenantId;
  if (body.ownerKind === 'survey') {
    requireProjectState(loaded.project, ['initiating'], 'a survey attachment');
    const survey = await repo.findSurvey(ctx.db, t, body.ownerId);
    if (!survey || survey.project_id !== projectId) throw notFound('sw_needs_survey');
  } else {
    requireProjectState(loaded.project, ['initiating', 'running', 'closing'], 'an agreement attachment');
    const agreement = await repo.findAgreement(ctx.db, t, body.ownerId);
    if (!agreement || agreement.project_id !== projectId) throw notFound('sw_agreement');
  }
  const file = checkAttachment(body.data);
  // on disk before the transaction that names it
  const [stored] = await storeFiles(ctx, [file]);
  return inTransaction(ctx, async (tx) => {
    const blobId = await recordFile(tx, stored!);
    const row: SwAttachmentTable = {
      tenant_id: t,
      id: newId(),
      project_id: projectId,
      owner_kind: body.ownerKind,
      owner_id: body.ownerId,
      blob_id: blobId,
      file_name: body.fileName,
      content_type: file.contentType,
      size: file.bytes.length,
      uploaded_by: staff(tx),
      uploaded_at: tx.now,
    };
    await repo.insertAttachment(tx.db, row);
    const { blob_id: _b, ...after } = row;
    await tx.audit({ action: 'sw_attachment.add', entity: 'sw_attachment', entityId: row.id, after });
    return presentAttachment(row);
  });
}

/** One attachment's metadata (also its history reader): for readers of its project. */
export async function getAttachment(ctx: UseCase, id: string): Promise<AttachmentOut> {
  const a = await repo.findAttachment(ctx.db, ctx.actor.tenantId, id);
  if (!a) throw notFound('sw_attachment');
  await loadProject(ctx, a.project_id);
  return presentAttachment(a);
}

/** The bytes of an attachment, for readers of its project only. */
export async function downloadAttachment(ctx: UseCase, id: string) {
  const a = await repo.findAttachment(ctx.db, ctx.actor.tenantId, id);
  if (!a) throw notFound('sw_attachment');
  await loadProject(ctx, a.project_id);
  const bytes = await ctx.blobs.get(ctx.actor.tenantId, a.blob_id);
  if (!bytes) throw notFound('sw_attachment');
  return { fileName: a.file_name, contentType: a.content_type, bytes };
}

// ── needs survey ─────────────────────────────────────────────────────────────────────────────────────────────

const surveyDates = (b: z.infer<typeof s.surveyBody>) => {
  if (b.surveyedTo < b.surveyedFrom)
    throw fieldError('unprocessable', 'socialwork.dates_out_of_order', 'surveyedTo', 'the survey cannot end before it began');
};

const presentSurvey = (r: repo.SurveyRow, attachments: AttachmentOut[]): SurveyOut => ({
  id: r.id,
  projectId: r.project_id,
  surveyedFrom: r.surveyed_from,
  surveyedTo: r.surveyed_to,
  respondents: r.respondents,
  respondentCount: Number(r.respondent_count),
  method: r.method,
  needs: r.needs,
  opinions: r.opinions,
  suggestions: r.suggestions,
  recordedBy: r.recorded_by,
  recordedByName: r.recorded_by_name,
  recordedAt: r.recorded_at,
  attachments,
});

export async function listSurveys(ctx: UseCase, projectId: string): Promise<z.infer<typeof s.surveyList>> {
  await loadProject(ctx, projectId);
  const rows = await repo.listSurveys(ctx.db, ctx.actor.tenantId, projectId);
  const files = await attachmentsOf(ctx, projectId, 'survey');
  return { items: rows.map((r) => presentSurvey(r, files.get(r.id) ?? [])) };
}

/** One survey (also the history reader of `sw_needs_survey`), through its project. */
export async function getSurvey(ctx: UseCase, id: string): Promise<SurveyOut> {
  const found = await repo.findSurvey(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound('sw_needs_survey');
  const { items } = await listSurveys(ctx, found.project_id);
  return items.find((x) => x.id === id)!;
}

/** Records a needs survey of a project being initiated (A3.3). */
export async function recordSurvey(ctx: UseCase, projectId: string, body: z.infer<typeof s.surveyBody>): Promise<SurveyOut> {
  const loaded = await loadProject(ctx, projectId, SW_EXECUTE);
  requireProjectState(loaded.project, ['initiating'], 'a needs survey');
  surveyDates(body);
  const id = await inTransaction(ctx, async (tx) => {
    const row = {
      tenant_id: tx.actor.tenantId,
      id: newId(),
      project_id: projectId,
      surveyed_from: body.surveyedFrom,
      surveyed_to: body.surveyedTo,
      respondents: body.respondents,
      respondent_count: body.respondentCount,
      method: body.method,
      needs: body.needs,
      opinions: body.opinions,
      suggestions: body.suggestions,
      recorded_by: staff(tx),
      recorded_at: tx.now,
    };
    await repo.insertSurvey(tx.db, row);
    await tx.audit({ action: 'sw_needs_survey.record', entity: 'sw_needs_survey', entityId: row.id, after: row });
    return row.id;
  });
  return getSurvey(ctx, id);
}

/** Corrects a survey while its project is still being initiated. */
export async function editSurvey(ctx: UseCase, id: string, body: z.infer<typeof s.surveyBody>): Promise<SurveyOut> {
  const before = await repo.findSurvey(ctx.db, ctx.actor.tenantId, id);
  if (!before) throw notFound('sw_needs_survey');
  const loaded = await loadProject(ctx, before.project_id, SW_EXECUTE);
  requireProjectState(loaded.project, ['initiating'], 'a change of the survey');
  surveyDates(body);
  await inTransaction(ctx, async (tx) => {
    const after = {
      ...before,
      surveyed_from: body.surveyedFrom,
      surveyed_to: body.surveyedTo,
      respondents: body.respondents,
      respondent_count: body.respondentCount,
      method: body.method,
      needs: body.needs,
      opinions: body.opinions,
      suggestions: body.suggestions,
    };
    await repo.updateSurvey(tx.db, after);
    await tx.audit({ action: 'sw_needs_survey.edit', entity: 'sw_needs_survey', entityId: id, before, after });
  });
  return getSurvey(ctx, id);
}

// ── agreements ───────────────────────────────────────────────────────────────────────────────────────────────

const presentAgreement = (r: repo.AgreementRow, attachments: AttachmentOut[]): AgreementOut => ({
  id: r.id,
  projectId: r.project_id,
  kind: r.kind,
  partner: r.partner,
  signedOn: r.signed_on,
  amountFen: r.amount_fen === null ? null : Number(r.amount_fen),
  note: r.note,
  recordedByName: r.recorded_by_name,
  recordedAt: r.recorded_at,
  attachments,
});

export async function listAgreements(ctx: UseCase, projectId: string): Promise<z.infer<typeof s.agreementList>> {
  await loadProject(ctx, projectId);
  const rows = await repo.listAgreements(ctx.db, ctx.actor.tenantId, projectId);
  const files = await attachmentsOf(ctx, projectId, 'agreement');
  return { items: rows.map((r) => presentAgreement(r, files.get(r.id) ?? [])) };
}

/** One agreement (also the history reader of `sw_agreement`), through its project. */
export async function getAgreement(ctx: UseCase, id: string): Promise<AgreementOut> {
  const found = await repo.findAgreement(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound('sw_agreement');
  const { items } = await listAgreements(ctx, found.project_id);
  return items.find((x) => x.id === id)!;
}

/** Records a funding or cooperation agreement of the project (A3.3), until the project is closed. */
export async function recordAgreement(ctx: UseCase, projectId: string, body: z.infer<typeof s.agreementBody>): Promise<AgreementOut> {
  const loaded = await loadProject(ctx, projectId, SW_EXECUTE);
  requireProjectState(loaded.project, ['initiating', 'running', 'closing'], 'an agreement');
  const id = await inTransaction(ctx, async (tx) => {
    const row = {
      tenant_id: tx.actor.tenantId,
      id: newId(),
      project_id: projectId,
      kind: body.kind,
      partner: body.partner,
      signed_on: body.signedOn,
      amount_fen: body.amountFen ?? null,
      note: body.note?.trim() || null,
      recorded_by: staff(tx),
      recorded_at: tx.now,
    };
    await repo.insertAgreement(tx.db, row);
    await tx.audit({ action: 'sw_agreement.record', entity: 'sw_agreement', entityId: row.id, after: row });
    return row.id;
  });
  return getAgreement(ctx, id);
}

// ── the start ────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * 项目启动 (A3.3): the executor starts an initiating project — refused without a needs survey
 * (`socialwork.survey_required`), then without an approved plan (`socialwork.plan_not_approved`).
 */
export async function startProject(ctx: UseCase, id: string, seen?: number): Promise<void> {
  const loaded = await loadProject(ctx, id, SW_EXECUTE);
  const before = loaded.project;
  if (seen !== undefined && seen !== before.version) throw staleProject();
  requireProjectState(before, ['initiating'], 'the start');
  await inTransaction(ctx, async (tx) => {
    const t = tx.actor.tenantId;
    if (!(await repo.countSurveys(tx.db, t, id)))
      throw fieldError(
        'conflict',
        'socialwork.survey_required',
        'survey',
        'a project starts only after its needs survey is recorded (A3.3)',
      );
    if (!(await projects.planInForce(tx.db, t, id)))
      throw fieldError('conflict', 'socialwork.plan_not_approved', 'plan', 'a project starts only once its plan is approved (A3.3)');
    const after: projects.Project = {
      ...before,
      state: 'running',
      startedAt: tx.now,
      startedBy: tx.actor.userId,
      updatedAt: tx.now,
      version: before.version + 1,
    };
    if (!(await projects.updateProject(tx.db, t, after, before.version))) throw staleProject();
    await tx.audit({ action: 'sw_project.start', entity: 'sw_project', entityId: id, before, after });
  });
}
