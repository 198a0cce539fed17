import { allowsAt, scopeOf } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { unitLabel } from './bank-batch.rules.js';
import { FEE_BANK, FEES_READ } from './fees.permissions.js';
import * as repo from './mandate.repo.js';
import { accountDigits, isMandateNo, maskAccountNo } from './mandate.rules.js';

/** A mandate the caller may read: 404 outside their offices, 403 inside without fees.read. */
export async function loadMandate(ctx: UseCase, id: string): Promise<repo.PlacedMandate> {
  const found = await repo.findMandate(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound('mandate');
  authorize(ctx.actor.access, FEES_READ, found.officePath, 'mandate');
  return found;
}

const publicMandate = ({ tenantId: _t, ...m }: repo.Mandate) => m;

export function presentMandate(ctx: UseCase, p: repo.PlacedMandate) {
  return {
    ...publicMandate(p.mandate),
    estateName: p.estateName,
    unitLabel: unitLabel(p.building, p.entrance, p.room),
    abilities: { cancel: p.mandate.state === 'active' && allowsAt(ctx.actor.access, FEE_BANK, p.officePath) },
  };
}

export async function getMandate(ctx: UseCase, id: string) {
  return presentMandate(ctx, await loadMandate(ctx, id));
}

export async function listMandates(ctx: UseCase, f: repo.MandateFilter) {
  const { items, total } = await repo.listMandates(ctx.db, ctx.actor.tenantId, { ...f, scope: scopeOf(ctx.actor.access, FEES_READ) });
  return { items: items.map((p) => presentMandate(ctx, p)), total, page: f.page, pageSize: f.pageSize };
}

export interface MandateInput {
  unitId: string;
  mandateNo: string;
  bankName: string;
  accountHolder: string;
  /** The full number as typed: only its mask is kept. */
  accountNo: string;
  signedDate: string;
}

/** Records a unit's 托收协议; the full account number is masked before anything is written or answered. */
export async function createMandate(ctx: UseCase, input: MandateInput) {
  return inTransaction(ctx, async (tx) => {
    const place = await repo.unitPlace(tx.db, tx.actor.tenantId, input.unitId);
    if (!place) throw fieldError('not_found', 'unit.not_found', 'unitId', 'unit not found');
    authorize(tx.actor.access, FEE_BANK, place.office_path, 'unit');
    if (Number(place.active) !== 1) throw fieldError('unprocessable', 'mandate.unit_inactive', 'unitId', 'the unit is deactivated');
    const digits = accountDigits(input.accountNo);
    if (!digits) throw fieldError('unprocessable', 'mandate.account_invalid', 'accountNo', 'an account number is 8–32 digits');
    if (!isMandateNo(input.mandateNo))
      throw fieldError('unprocessable', 'mandate.number_invalid', 'mandateNo', 'letters, digits and - / _ only, 4–40 characters');
    if (await repo.activeMandateOfUnit(tx.db, tx.actor.tenantId, input.unitId))
      throw fieldError('conflict', 'mandate.unit_has_active', 'unitId', 'the unit has an active mandate: cancel it first');
    const m: repo.Mandate = {
      tenantId: tx.actor.tenantId,
      id: newId(),
      officeId: place.office_id,
      estateId: place.estate_id,
      unitId: place.id,
      mandateNo: input.mandateNo,
      bankName: input.bankName,
      accountHolder: input.accountHolder,
      accountNoMasked: maskAccountNo(digits),
      signedDate: input.signedDate,
      state: 'active',
      cancelledAt: null,
      version: 1,
      createdAt: tx.now,
      updatedAt: tx.now,
    };
    await repo.insertMandate(tx.db, m);
    await tx.audit({ action: 'mandate.create', entity: 'bank_mandate', entityId: m.id, after: publicMandate(m) });
    return presentMandate(tx, {
      mandate: m,
      officePath: place.office_path,
      estateName: place.estate_name,
      building: place.building_name,
      entrance: place.entrance,
      room: place.room,
    });
  });
}

/** Cancels a mandate: the unit's later bills are no longer collected by the bank (lines already exported stay). */
export async function cancelMandate(ctx: UseCase, id: string, input: { version: number }) {
  return inTransaction(ctx, async (tx) => {
    const loaded = await loadMandate(tx, id);
    authorize(tx.actor.access, FEE_BANK, loaded.officePath, 'mandate');
    const before = loaded.mandate;
    const stale = new DomainError('conflict', 'record.version_conflict', 'the mandate was changed by someone else; reload');
    if (before.version !== input.version) throw stale;
    if (before.state !== 'active') throw new DomainError('conflict', 'mandate.not_active', 'the mandate is cancelled already');
    const m: repo.Mandate = { ...before, state: 'cancelled', cancelledAt: tx.now, version: before.version + 1, updatedAt: tx.now };
    if (!(await repo.cancelMandate(tx.db, m, before.version))) throw stale;
    await tx.audit({
      action: 'mandate.cancel',
      entity: 'bank_mandate',
      entityId: id,
      before: publicMandate(before),
      after: publicMandate(m),
    });
    return presentMandate(tx, { ...loaded, mandate: m });
  });
}
