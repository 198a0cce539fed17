import type { z } from 'zod';
import { relationCounts, scopeOf } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { DomainError, notFound } from '../../platform/http/errors.js';
import type { Page } from '../../platform/http/list.js';
import { checkImage } from '../../platform/images.js';
import { nextOrThrow } from '../../platform/machine.js';
import { readImage, recordFile, storeFiles } from '../orders/order.service.js';
import { loadVisibleOrg } from '../orgs/org.service.js';
import { CLEANING_READ, INSPECT_PERMISSION } from './cleaning.permissions.js';
import { mayFix, mayRecheck, RECHECK_LEVEL, rectificationAbilities } from './cleaning.policy.js';
import { judge } from './cleaning.rules.js';
import type { CleaningRectificationTable } from './cleaning.tables.js';
import { decideRectification, type RectificationCommand } from './cleaning-rectification.machine.js';
import { openRound } from './cleaning-rectification.open.js';
import * as repo from './cleaning-rectification.repo.js';
import type * as s from './cleaning-rectification.schemas.js';
import { findStandard, type Standard } from './cleaning-standard.repo.js';

type Detail = z.infer<typeof s.rectificationDetailSchema>;
type Summary = z.infer<typeof s.rectificationSchema>;

const conflict = () => new DomainError('conflict', 'record.version_conflict', 'the rectification was changed meanwhile; reload');
const photoRef = (id: string, blobId: string | null) =>
  blobId === null ? null : { blobId, url: `/api/cleaning/rectifications/${id}/photos/${blobId}` };

async function present(ctx: UseCase, r: repo.RectificationRow, standards: Map<string, Standard>): Promise<Summary> {
  let standard = standards.get(r.standard_id);
  if (!standard) {
    standard = await findStandard(ctx.db, ctx.actor.tenantId, r.standard_id);
    if (!standard) throw new Error(`rectification ${r.id} names a missing standard`);
    standards.set(standard.id, standard);
  }
  const now = ctx.clock.now().toISOString();
  return {
    id: r.id,
    inspectionId: r.inspection_id,
    estateId: r.estate_id,
    estateName: r.estate_name,
    officeId: r.office_id,
    area: r.area,
    level: r.level,
    standard,
    cleanerId: r.cleaner_id,
    cleanerName: r.cleaner_name,
    inspectorId: r.inspector_id,
    inspectorName: r.inspector_name,
    round: Number(r.round),
    state: r.state,
    createdAt: r.created_at,
    dueAt: r.due_at,
    overdue: r.state === 'open' && r.due_at < now,
    doneAt: r.done_at,
    doneNote: r.done_note,
    donePhoto: photoRef(r.id, r.done_photo),
    recheckedAt: r.rechecked_at,
    recheckedBy: r.rechecked_by,
    recheckNote: r.recheck_note,
    recheckValue: r.recheck_value == null ? null : Number(r.recheck_value),
    recheckPhoto: photoRef(r.id, r.recheck_photo),
    previousId: r.previous_id,
    nextId: r.next_id,
    version: Number(r.version),
  };
}

const relationReads = (ctx: UseCase) => relationCounts(ctx.actor.access, [CLEANING_READ]);

/** A round the caller may read (cleaning.read at its office, or their own as cleaner or inspector): 404 outside, 403 inside. */
async function loadRectification(ctx: UseCase, id: string): Promise<repo.RectificationRow> {
  const r = await repo.findRectification(ctx.db, ctx.actor.tenantId, id);
  if (!r) throw notFound('cleaning_rectification');
  const me = ctx.actor.userId;
  if (me !== null && (r.cleaner_id === me || r.inspector_id === me) && relationReads(ctx)) return r;
  authorize(ctx.actor.access, CLEANING_READ, r.office_path, 'cleaning_rectification');
  return r;
}

/**
 * What this round is to put right: the first round the inspection's failure (its count, note and photos); a later one
 * the failed re-check of the round before it, which opened it.
 */
async function failureOf(ctx: UseCase, r: repo.RectificationRow, rounds: repo.RectificationRow[]): Promise<Detail['failure']> {
  const previous = r.previous_id === null ? undefined : rounds.find((x) => x.id === r.previous_id);
  if (previous) {
    return {
      foundIn: 'recheck',
      value: previous.recheck_value == null ? null : Number(previous.recheck_value),
      note: previous.recheck_note,
      photos: previous.recheck_photo === null ? [] : [photoRef(previous.id, previous.recheck_photo)!],
      inspectedAt: previous.rechecked_at,
      foundBy: previous.rechecked_by ?? r.inspector_name,
    };
  }
  const t = ctx.actor.tenantId;
  const [result, inspected] = await Promise.all([repo.findResult(ctx.db, t, r.result_id), repo.inspectedAt(ctx.db, t, r.inspection_id)]);
  return {
    foundIn: 'inspection',
    value: result?.value == null ? null : Number(result.value),
    note: result?.note ?? null,
    photos: ((result ? JSON.parse(result.photos) : []) as string[]).map((b) => ({
      blobId: b,
      url: `/api/cleaning/inspections/${r.inspection_id}/photos/${b}`,
    })),
    inspectedAt: inspected,
    foundBy: r.inspector_name,
  };
}

/** Also the history reader of `cleaning_rectification`. */
export async function getRectification(ctx: UseCase, id: string): Promise<Detail> {
  const r = await loadRectification(ctx, id);
  const t = ctx.actor.tenantId;
  const standards = new Map<string, Standard>();
  const rounds = await repo.roundsOf(ctx.db, t, r.result_id);
  return {
    ...(await present(ctx, r, standards)),
    failure: await failureOf(ctx, r, rounds),
    rounds: await Promise.all(rounds.map((x) => present(ctx, x, standards))),
    abilities: rectificationAbilities(
      ctx.actor.access,
      ctx.actor.userId,
      { state: r.state, level: r.level, inspectorId: r.inspector_id, cleanerId: r.cleaner_id },
      r.office_path,
    ),
  };
}

/** The rounds of the caller's offices, and their own to fix or re-check; `overdue`: open past the deadline. */
export async function listRectifications(ctx: UseCase, q: z.infer<typeof s.rectificationListQuery>): Promise<Page<Summary>> {
  const scope = scopeOf(ctx.actor.access, CLEANING_READ);
  const me = relationReads(ctx) ? ctx.actor.userId : null;
  if (!scope.length && me === null) throw new DomainError('forbidden', 'auth.forbidden', `missing permission ${CLEANING_READ}`);
  const office = q.orgId ? await loadVisibleOrg(ctx, q.orgId) : undefined;
  const { rows, total } = await repo.listRectifications(ctx.db, ctx.actor.tenantId, {
    scope,
    userId: me,
    mine: q.mine ? (ctx.actor.userId ?? '') : undefined,
    recheckScope: scopeOf(ctx.actor.access, INSPECT_PERMISSION[RECHECK_LEVEL.self]),
    officePath: office?.path,
    estateId: q.estateId,
    state: q.state,
    overdueBefore: q.overdue ? ctx.clock.now().toISOString() : undefined,
    sort: q.sort,
    page: q.page,
    pageSize: q.pageSize,
  });
  const standards = new Map<string, Standard>();
  const items = [];
  for (const r of rows) items.push(await present(ctx, r, standards));
  return { items, total, page: q.page, pageSize: q.pageSize };
}

/** Loads a round, checks who acts, decides the command, saves by version and audits it. */
async function step(
  ctx: UseCase,
  id: string,
  version: number,
  command: RectificationCommand | 'recheck',
  act: (tx: Tx, r: repo.RectificationRow) => Promise<{ command: RectificationCommand; set: Partial<CleaningRectificationTable> }>,
): Promise<Detail> {
  return inTransaction(ctx, async (tx) => {
    const r = await loadRectification(tx, id);
    const who = { level: r.level, inspectorId: r.inspector_id, cleanerId: r.cleaner_id };
    const may =
      command === 'fix' ? mayFix(tx.actor.access, tx.actor.userId, who) : mayRecheck(tx.actor.access, tx.actor.userId, who, r.office_path);
    if (!may)
      throw new DomainError(
        'forbidden',
        'auth.forbidden',
        command === 'fix'
          ? 'only its cleaner fixes it'
          : 'it is re-checked by the inspector who found it or a supervisor of the estate, not by the cleaner who fixed it',
      );
    // a state that no longer allows the step answers so before a stale version does
    nextOrThrow(decideRectification(r, command === 'recheck' ? 'pass' : command, { photos: 1 }), `cannot ${command}`);
    if (version !== Number(r.version)) throw conflict();
    const { command: decided, set } = await act(tx, r);
    const { estate_name: _e, office_path: _p, inspector_name: _i, cleaner_name: _c, ...before } = r;
    const after = { ...before, ...set, version: before.version + 1 };
    if (!(await repo.updateRectification(tx.db, tx.actor.tenantId, id, Number(r.version), set))) throw conflict();
    await tx.audit({ action: `cleaning_rectification.${decided}`, entity: 'cleaning_rectification', entityId: id, before, after });
    return getRectification(tx, id);
  });
}

/** Fixed by the cleaner: the after-photo (required) and what was done. */
export async function fixRectification(ctx: UseCase, id: string, body: z.infer<typeof s.fixBody>): Promise<Detail> {
  // on disk before the transaction that names it
  const [photo] = await storeFiles(ctx, [await checkImage(body.photo, 'photo', 'photo')]);
  return step(ctx, id, body.version, 'fix', async (tx, r) => {
    const state = nextOrThrow(decideRectification(r, 'fix', { photos: 1 }), 'cannot fix');
    return {
      command: 'fix',
      set: { state, done_at: tx.now, done_note: body.note?.trim() || null, done_photo: await recordFile(tx, photo!) },
    };
  });
}

/**
 * Re-checked by the inspector: passed ends it; failed (with a note and a photo) opens the next round, due the
 * level's hours from now. For a numeric check a `value` decides by the threshold.
 */
export async function recheckRectification(ctx: UseCase, id: string, body: z.infer<typeof s.recheckBody>): Promise<Detail> {
  // on disk before the transaction that names it
  const [photo] = body.photo === undefined ? [] : await storeFiles(ctx, [await checkImage(body.photo, 'photo', 'photo')]);
  return step(ctx, id, body.version, 'recheck', async (tx, r) => {
    let passed = body.passed;
    let value: number | null = null;
    if (body.value !== undefined) {
      const standard = await findStandard(tx.db, tx.actor.tenantId, r.standard_id);
      const j = judge(standard ?? { thresholdMax: null, thresholdUnit: null }, { value: body.value, photos: 0 });
      if (!j.ok)
        throw new DomainError('unprocessable', j.code, 'this check is not judged by that value', [
          { field: 'value', code: j.code, message: j.code },
        ]);
      passed = j.passed;
      value = j.value;
    }
    const command: RectificationCommand = passed ? 'pass' : 'fail';
    const state = nextOrThrow(decideRectification(r, command, { photos: photo ? 1 : 0, note: body.note }), `cannot ${command}`);
    const set: Partial<CleaningRectificationTable> = {
      state,
      rechecked_at: tx.now,
      rechecked_by: tx.actor.displayName,
      recheck_note: body.note?.trim() || null,
      recheck_photo: photo ? await recordFile(tx, photo) : null,
      recheck_value: value,
    };
    if (!passed) {
      const next = await openRound(
        tx,
        r.office_path,
        {
          inspection_id: r.inspection_id,
          result_id: r.result_id,
          standard_id: r.standard_id,
          estate_id: r.estate_id,
          office_id: r.office_id,
          area: r.area,
          level: r.level,
          cleaner_id: r.cleaner_id,
          inspector_id: r.inspector_id,
        },
        Number(r.round) + 1,
        r.id,
      );
      set.next_id = next.id;
    }
    return { command, set };
  });
}

/** An after-photo or a re-check photo of a round, for its readers only. */
export async function rectificationPhoto(ctx: UseCase, id: string, blobId: string): Promise<{ contentType: string; bytes: Uint8Array }> {
  const r = await loadRectification(ctx, id);
  if (r.done_photo !== blobId && r.recheck_photo !== blobId) throw notFound('image');
  return readImage(ctx, blobId);
}
