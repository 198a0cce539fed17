import { createHash } from 'node:crypto';
import { allowsAt, scopeOf } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { tenantMonth } from '../../platform/tenancy.js';
import { exportRows, type FileFormat, readTable, writeFile } from './bank-batch.file.js';
import * as repo from './bank-batch.repo.js';
import {
  batchNumber,
  isPeriod,
  matchReturn,
  NOT_RETURNED_REASON,
  readReturnRows,
  splitCollectable,
  unitLabel,
} from './bank-batch.rules.js';
import * as linesRepo from './bank-batch-lines.repo.js';
import { countPaidBills } from './bill-totals.repo.js';
import { FEE_BANK, FEES_READ } from './fees.permissions.js';

/** A batch the caller may read: 404 outside their offices, 403 inside without fees.read. */
export async function loadBatch(ctx: UseCase, id: string): Promise<repo.PlacedBatch> {
  const found = await repo.findBatch(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound('bank_batch');
  authorize(ctx.actor.access, FEES_READ, found.officePath, 'bank_batch');
  return found;
}

async function keepBatch(ctx: UseCase, id: string) {
  const loaded = await loadBatch(ctx, id);
  authorize(ctx.actor.access, FEE_BANK, loaded.officePath, 'bank_batch');
  return loaded;
}

const publicBatch = ({ tenantId: _t, returnFileHash: _h, ...b }: repo.BankBatch) => b;

export function presentBatch(ctx: UseCase, p: repo.PlacedBatch) {
  const keep = allowsAt(ctx.actor.access, FEE_BANK, p.officePath);
  const pending = p.batch.lineCount - p.batch.paidCount - p.batch.failedCount;
  return {
    ...publicBatch(p.batch),
    estateName: p.estateName,
    pendingCount: pending,
    abilities: { importReturn: keep && pending > 0, close: keep && pending > 0 && p.batch.state === 'returned' },
  };
}

const presentLine = (l: linesRepo.BatchLine) => ({
  lineNo: l.lineNo,
  billId: l.billId,
  unitId: l.unitId,
  unitLabel: unitLabel(l.building, l.entrance, l.room),
  period: l.period,
  mandateNo: l.mandateNo,
  accountHolder: l.accountHolder,
  accountNoMasked: l.accountNoMasked,
  amountFen: l.amountFen,
  state: l.state,
  failReason: l.failReason,
});

export async function getBatch(ctx: UseCase, id: string) {
  const p = await loadBatch(ctx, id);
  const lines = await linesRepo.batchLines(ctx.db, ctx.actor.tenantId, id);
  return { ...presentBatch(ctx, p), lines: lines.map(presentLine) };
}

export async function listBatches(ctx: UseCase, f: repo.BatchFilter) {
  const { items, total } = await repo.listBatches(ctx.db, ctx.actor.tenantId, { ...f, scope: scopeOf(ctx.actor.access, FEES_READ) });
  return { items: items.map((p) => presentBatch(ctx, p)), total, page: f.page, pageSize: f.pageSize };
}

/** A bill a new batch leaves out because an adjustment of it awaits the office head's decision. */
const presentHeldOut = (b: linesRepo.CollectableBill) => ({
  billId: b.billId,
  unitId: b.unitId,
  unitLabel: unitLabel(b.building, b.entrance, b.room),
  itemName: b.itemName,
  period: b.period,
  dueFen: b.amountFen,
  pendingAdjustmentFen: b.pendingAdjustmentFen,
});

/**
 * The estate's bills a batch of `period` would take now, split by `heldOutForAdjustment` (fees.bank at the estate's
 * office). For an export (`lock`) they are locked before they are read, so an adjustment asked for at this moment is
 * either committed and seen (the bill held out) or waits and then finds the bill in the batch.
 */
async function batchBills(ctx: UseCase, input: { estateId: string; period: string }, lock = false) {
  const estate = await repo.estatePlace(ctx.db, ctx.actor.tenantId, input.estateId);
  if (!estate) throw fieldError('not_found', 'estate.not_found', 'estateId', 'estate not found');
  authorize(ctx.actor.access, FEE_BANK, estate.office_path, 'estate');
  if (!isPeriod(input.period)) throw fieldError('unprocessable', 'bank_batch.period_invalid', 'period', 'a month is YYYY-MM');
  if (lock) await linesRepo.lockOpenBills(ctx.db, ctx.actor.tenantId, estate.id, input.period);
  return { estate, ...splitCollectable(await linesRepo.collectableBills(ctx.db, ctx.actor.tenantId, estate.id, input.period)) };
}

/**
 * What exporting a batch now would do, for the page to show before the clerk exports: the lines and total asked of the
 * bank, and the bills held out because an adjustment of them awaits approval.
 */
export async function previewBatch(ctx: UseCase, input: { estateId: string; period: string }) {
  const { collect, heldOut } = await batchBills(ctx, input);
  return { lineCount: collect.length, totalFen: collect.reduce((s, b) => s + b.amountFen, 0), heldOut: heldOut.map(presentHeldOut) };
}

/**
 * Exports a collection batch of an estate: one line per open bill of `period` or before of a unit with an active
 * mandate and not in a batch already; the bills are locked for the desk until the bank answers. A bill with an
 * adjustment awaiting approval is held out (and named in the answer): the bank is never asked for an amount about to change.
 */
export async function createBatch(ctx: UseCase, input: { estateId: string; period: string }) {
  return inTransaction(ctx, async (tx) => {
    const { estate, collect: bills, heldOut } = await batchBills(tx, input, true);
    if (bills.length === 0 && heldOut.length > 0)
      throw fieldError('unprocessable', 'bank_batch.all_held_out', 'period', 'every bill to collect has an adjustment awaiting approval');
    if (bills.length === 0)
      throw new DomainError('unprocessable', 'bank_batch.empty', 'no open bill of a unit with an active mandate to collect', [
        { field: 'period', code: 'bank_batch.empty', message: 'nothing to collect for this estate up to this month' },
      ]);
    const prefix = batchNumber(input.period, 0).slice(0, -4);
    const batch: repo.BankBatch = {
      tenantId: tx.actor.tenantId,
      id: newId(),
      officeId: estate.office_id,
      estateId: estate.id,
      number: batchNumber(input.period, (await repo.countNumbered(tx.db, tx.actor.tenantId, prefix)) + 1),
      period: input.period,
      state: 'exported',
      lineCount: bills.length,
      totalFen: bills.reduce((s, b) => s + b.amountFen, 0),
      paidCount: 0,
      paidFen: 0,
      failedCount: 0,
      exportedBy: tx.actor.userId ?? tx.actor.username,
      exportedByName: tx.actor.displayName,
      exportedAt: tx.now,
      returnedAt: null,
      returnFileHash: null,
      version: 1,
    };
    await repo.insertBatch(tx.db, batch);
    await linesRepo.insertLines(
      tx.db,
      tx.actor.tenantId,
      batch.id,
      bills.map((b, i) => ({ ...b, lineNo: i + 1 })),
    );
    if (
      (await linesRepo.lockBills(
        tx.db,
        tx.actor.tenantId,
        batch.id,
        bills.map((b) => b.billId),
      )) !== bills.length
    )
      throw new DomainError('conflict', 'bank_batch.bills_changed', 'a bill was paid, batched or adjusted meanwhile; try again');
    await tx.audit({ action: 'bank_batch.create', entity: 'bank_batch', entityId: batch.id, after: publicBatch(batch) });
    return { ...(await getBatch(tx, batch.id)), heldOut: heldOut.map(presentHeldOut) };
  });
}

/** The batch's file for the bank, in the documented layout. */
export async function batchFile(ctx: UseCase, id: string, format: FileFormat) {
  const { batch } = await keepBatch(ctx, id);
  const lines = await linesRepo.batchLines(ctx.db, ctx.actor.tenantId, id);
  return { name: batch.number, file: await writeFile(exportRows(batch, lines), format, batch.number) };
}

/**
 * Imports the bank's return file (回盘): the whole file is refused when it names another batch; each line that
 * matches the batch exactly pays its bill (成功) or releases it back to the desk (失败); lines that do not match are
 * listed and not applied; lines already resolved are skipped, so the same file twice changes nothing.
 */
export async function importReturn(ctx: UseCase, id: string, input: { file: Buffer; format: FileFormat }) {
  return inTransaction(ctx, async (tx) => {
    const loaded = await keepBatch(tx, id);
    const before = loaded.batch;
    const rows = readReturnRows(await readTable(input.file, input.format));
    if ('missing' in rows)
      throw new DomainError('unprocessable', 'bank_return.bad_header', `columns missing: ${rows.missing.join(', ')}`, [
        { field: 'file', code: 'bank_return.bad_header', message: `the file has no column ${rows.missing.join(', ')}` },
      ]);
    const other = rows.find((r) => r.batchNo !== before.number);
    if (other)
      throw new DomainError(
        'unprocessable',
        'bank_return.other_batch',
        `row ${other.row} is of batch ${other.batchNo}, not ${before.number}`,
        [{ field: 'file', code: 'bank_return.other_batch', message: `the file is of batch ${other.batchNo || '?'}` }],
      );
    const hash = createHash('sha256').update(input.file).digest('hex');
    const lines = await linesRepo.batchLines(tx.db, tx.actor.tenantId, id);
    const match = matchReturn(lines, rows);
    const byNo = new Map(lines.map((l) => [l.lineNo, l]));
    const sameFile = before.returnFileHash === hash;
    let paidFen = 0;
    const paidPeriod = await tenantMonth(tx, tx.now);
    for (const p of match.paid) {
      const l = byNo.get(p.lineNo)!;
      const ok = await linesRepo.settleLine(
        tx.db,
        {
          tenantId: tx.actor.tenantId,
          id: newId(),
          officeId: l.officeId,
          estateId: l.estateId,
          unitId: l.unitId,
          payer: l.payerName || l.accountHolder,
          amountFen: l.amountFen,
          batchId: id,
          cashierId: tx.actor.userId,
          cashierName: tx.actor.displayName,
          paidAt: tx.now,
          paidPeriod,
        },
        l.billId,
        l.lineNo,
      );
      if (!ok) throw new DomainError('conflict', 'bank_batch.bills_changed', `the bill of line ${l.lineNo} changed meanwhile; try again`);
      paidFen += l.amountFen;
    }
    await countPaidBills(
      tx.db,
      tx.actor.tenantId,
      match.paid.map((p) => byNo.get(p.lineNo)!.billId),
      paidPeriod,
    );
    for (const f of match.failed) await linesRepo.failLine(tx.db, tx.actor.tenantId, id, byNo.get(f.lineNo)!.billId, f.lineNo, f.reason);
    const changed = match.paid.length + match.failed.length > 0;
    const after: repo.BankBatch = {
      ...before,
      state: 'returned',
      paidCount: before.paidCount + match.paid.length,
      paidFen: before.paidFen + paidFen,
      failedCount: before.failedCount + match.failed.length,
      returnedAt: before.returnedAt ?? tx.now,
      returnFileHash: hash,
      version: before.version + 1,
    };
    if (changed || before.state !== 'returned' || !sameFile) {
      if (!(await repo.updateBatch(tx.db, after, before.version)))
        throw new DomainError('conflict', 'record.version_conflict', 'the batch was changed by someone else; reload');
      await tx.audit({
        action: 'bank_batch.return',
        entity: 'bank_batch',
        entityId: id,
        before: publicBatch(before),
        after: {
          ...publicBatch(after),
          paidLines: match.paid.map((p) => p.lineNo),
          failedLines: match.failed,
          unmatched: match.unmatched.length,
        },
      });
    }
    return {
      batch: presentBatch(tx, { ...loaded, batch: changed || before.state !== 'returned' || !sameFile ? after : before }),
      paid: match.paid.length,
      paidFen,
      failed: match.failed.map((f) => ({ lineNo: f.lineNo, unitLabel: presentLine(byNo.get(f.lineNo)!).unitLabel, reason: f.reason })),
      skipped: match.skipped.length,
      unmatched: match.unmatched,
      alreadyImported: sameFile && !changed,
    };
  });
}

/**
 * Closes a returned batch: the lines its return file never mentioned are released as failed (未回盘) and their
 * bills go back to the desk and the arrears list.
 */
export async function closeBatch(ctx: UseCase, id: string, input: { version: number }) {
  return inTransaction(ctx, async (tx: Tx) => {
    const loaded = await keepBatch(tx, id);
    const before = loaded.batch;
    if (before.version !== input.version)
      throw new DomainError('conflict', 'record.version_conflict', 'the batch was changed by someone else; reload');
    if (before.state !== 'returned')
      throw new DomainError('conflict', 'bank_batch.not_returned', 'import the bank’s return file before closing the batch');
    const pending = (await linesRepo.batchLines(tx.db, tx.actor.tenantId, id)).filter((l) => l.state === 'pending');
    if (pending.length === 0) throw new DomainError('conflict', 'bank_batch.nothing_pending', 'every line of the batch is resolved');
    for (const l of pending) await linesRepo.failLine(tx.db, tx.actor.tenantId, id, l.billId, l.lineNo, NOT_RETURNED_REASON);
    const after: repo.BankBatch = { ...before, failedCount: before.failedCount + pending.length, version: before.version + 1 };
    if (!(await repo.updateBatch(tx.db, after, before.version)))
      throw new DomainError('conflict', 'record.version_conflict', 'the batch was changed by someone else; reload');
    await tx.audit({
      action: 'bank_batch.close',
      entity: 'bank_batch',
      entityId: id,
      before: publicBatch(before),
      after: publicBatch(after),
    });
    return getBatch(tx, id);
  });
}
