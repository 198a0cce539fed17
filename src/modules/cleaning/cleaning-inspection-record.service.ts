import type { z } from 'zod';
import type { StoredFile } from '../../platform/blobs.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError } from '../../platform/http/errors.js';
import { type Outcome, once } from '../../platform/idempotency.js';
import { newId } from '../../platform/ids.js';
import { checkImage } from '../../platform/images.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import { recordFile, storeFiles } from '../orders/order.service.js';
import { mayRecord } from './cleaning.policy.js';
import { failureEvidence, judge } from './cleaning.rules.js';
import type { CleaningResultTable } from './cleaning.tables.js';
import { checklistOf, getInspection, loadInspection } from './cleaning-inspection.read.js';
import * as repo from './cleaning-inspection.repo.js';
import type * as s from './cleaning-inspection.schemas.js';
import { openRound } from './cleaning-rectification.open.js';
import { findStandard, type Standard } from './cleaning-standard.repo.js';

type Body = z.infer<typeof s.recordBody>;
type Detail = z.infer<typeof s.inspectionDetailSchema>;

const conflict = () => new DomainError('conflict', 'record.version_conflict', 'the inspection was changed meanwhile; reload');
const mismatch = (why: string) => fieldError('unprocessable', 'cleaning_inspection.checklist_mismatch', 'results', why);

/**
 * Matches the results to the live checklist: each live check exactly once. A result naming an older version of a
 * live check (edited since the checklist was shown) answers 409 `checklist_changed`; anything else 422.
 */
async function matchChecklist(tx: Tx, checklist: Standard[], body: Body): Promise<Standard[]> {
  const byId = new Map(checklist.map((c) => [c.id, c]));
  const seen = new Set<string>();
  const out: Standard[] = [];
  for (const r of body.results) {
    const live = byId.get(r.standardId);
    if (!live) {
      const old = await findStandard(tx.db, tx.actor.tenantId, r.standardId);
      if (old && checklist.some((c) => c.checkKey === old.checkKey && c.estateId === old.estateId))
        throw new DomainError('conflict', 'cleaning_inspection.checklist_changed', 'a check was edited meanwhile; reload the checklist');
      throw mismatch('a result names a check that is not on this checklist');
    }
    if (seen.has(live.id)) throw mismatch('a check is named twice');
    seen.add(live.id);
    out.push(live);
  }
  if (seen.size !== checklist.length) throw mismatch('every check of the checklist needs its result');
  return out;
}

/** Judges every result (A6.1) and asks each failure for its photo and note (A6.2), before anything is stored. */
function judgeAll(checks: Standard[], body: Body) {
  return body.results.map((r, i) => {
    const o = { passed: r.passed, value: r.value, note: r.note, photos: r.photos?.length ?? 0 };
    const j = judge(checks[i]!, o);
    if (!j.ok) {
      const field = j.code === 'cleaning.result_required' ? 'passed' : 'value';
      throw fieldError('unprocessable', j.code, `results.${i}.${field}`, 'this check’s result cannot be judged');
    }
    if (!j.passed) {
      const missing = failureEvidence(o);
      if (missing)
        throw fieldError('unprocessable', missing, `results.${i}.${missing === 'cleaning.photo_required' ? 'photos' : 'note'}`, missing);
    }
    return j;
  });
}

async function record(tx: Tx, id: string, body: Body, photos: StoredFile[][]): Promise<Detail> {
  const t = tx.actor.tenantId;
  const row = await loadInspection(tx, id);
  if (row.state !== 'planned') throw new DomainError('conflict', 'cleaning_inspection.already_done', 'this inspection is recorded already');
  const facts = { state: row.state, level: row.level, inspectorId: row.inspector_id };
  if (!mayRecord(tx.actor.access, tx.actor.userId, facts, row.office_path))
    throw new DomainError('forbidden', 'auth.forbidden', 'only its inspector or one holding the level’s permission here records it');
  if (body.version !== Number(row.version)) throw conflict();
  const checks = await matchChecklist(tx, await checklistOf(tx, row.estate_id, row.area), body);
  const judged = judgeAll(checks, body);
  let failed = 0;
  for (const [i, r] of body.results.entries()) {
    const j = judged[i]!;
    const blobIds: string[] = [];
    for (const p of photos[i] ?? []) blobIds.push(await recordFile(tx, p));
    const result: CleaningResultTable = {
      tenant_id: t,
      id: newId(),
      inspection_id: row.id,
      standard_id: checks[i]!.id,
      passed: j.passed ? 1 : 0,
      value: j.value,
      note: r.note?.trim() || null,
      photos: JSON.stringify(blobIds),
      sort: i,
    };
    await repo.insertResult(tx.db, result);
    if (j.passed) continue;
    failed++;
    await openRound(tx, row.office_path, {
      inspection_id: row.id,
      result_id: result.id,
      standard_id: result.standard_id,
      estate_id: row.estate_id,
      office_id: row.office_id,
      area: row.area,
      level: row.level,
      cleaner_id: row.cleaner_id,
      inspector_id: row.inspector_id,
    });
  }
  const done = {
    done_at: tx.now,
    done_date: businessDate(new Date(tx.now), await tenantZone(tx)),
    done_by: tx.actor.displayName,
    passed_count: body.results.length - failed,
    failed_count: failed,
  };
  if (!(await repo.markDone(tx.db, t, row.id, Number(row.version), done))) throw conflict();
  const { estate_name: _e, office_path: _p, inspector_name: _i, cleaner_name: _c, ...before } = row;
  await tx.audit({
    action: 'cleaning_inspection.record',
    entity: 'cleaning_inspection',
    entityId: row.id,
    before,
    after: { ...before, ...done, state: 'done', version: Number(row.version) + 1 },
  });
  return getInspection(tx, row.id);
}

/**
 * Records every check's result of a planned inspection in one transaction; each failure opens a rectification
 * round 1. With an Idempotency-Key a phone resending after a lost connection gets the same answer.
 */
export async function recordResults(ctx: UseCase, id: string, body: Body, key: string | undefined): Promise<Detail> {
  return (await recordResultsOnce(ctx, id, body, key)).answer;
}

/** `recordResults`, telling a resend's answer (`replayed`) from the first's. */
export async function recordResultsOnce(ctx: UseCase, id: string, body: Body, key: string | undefined): Promise<Outcome<Detail>> {
  // decoded before the transaction: checking a photo's pixels must not hold the write lock
  const decoded = await Promise.all(
    body.results.map((r, i) => Promise.all((r.photos ?? []).map((p, j) => checkImage(p, `results.${i}.photos.${j}`, 'photo')))),
  );
  // on disk before the transaction that names them (a replayed or refused request leaves its copies unnamed)
  const photos = await Promise.all(decoded.map((d) => storeFiles(ctx, d)));
  return once(ctx, key, {
    route: 'cleaning_inspection.record',
    request: { id, body },
    run: (c) => inTransaction(c, (tx) => record(tx, id, body, photos)),
    recordId: (a) => a.id,
    replay: (c, recordId) => getInspection(c, recordId),
  });
}
