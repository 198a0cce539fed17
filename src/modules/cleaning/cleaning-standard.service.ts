import type { z } from 'zod';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { DomainError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { checkThreshold, type LibraryPlace, mayEditLibrary, readablePlace, writablePlace } from './cleaning-standard.policy.js';
import * as repo from './cleaning-standard.repo.js';
import type * as s from './cleaning-standard.schemas.js';

type Library = z.infer<typeof s.librarySchema>;
type StandardOut = z.infer<typeof s.standardSchema>;

const present = ({ sort: _sort, ...rest }: repo.Standard): StandardOut => rest;
const retired = () => new DomainError('conflict', 'cleaning_standard.retired', 'only the live version of a check may change; reload');

/**
 * Gives an estate its own copy of the group's library (once) and audits each copied check, in the caller's
 * transaction. Returns whether it copied. Plans call it too: an estate with a plan judges by its own checks.
 */
export async function adoptInTx(tx: Tx, estateId: string): Promise<boolean> {
  if (!(await repo.ensureEstateLibrary(tx, estateId))) return false;
  for (const c of await repo.liveStandards(tx.db, tx.actor.tenantId, estateId))
    await tx.audit({ action: 'cleaning_standard.adopt', entity: 'cleaning_standard', entityId: c.id, after: present(c) });
  return true;
}

async function libraryOf(ctx: UseCase, place: LibraryPlace): Promise<Library> {
  const tenantId = ctx.actor.tenantId;
  const own = place.estateId === null || (await repo.hasLibrary(ctx.db, tenantId, place.estateId));
  if (!own || place.estateId === null) await inTransaction(ctx, (tx) => repo.ensureGroupLibrary(tx));
  const items = await repo.liveStandards(ctx.db, tenantId, own ? place.estateId : null);
  return { estateId: place.estateId, own, mayEdit: mayEditLibrary(ctx, place), items: items.map(present) };
}

/** The group's library without `estateId`; an estate's own checks, or the group's (`own: false`) until it has a copy. */
export async function getLibrary(ctx: UseCase, q: z.infer<typeof s.libraryQuery>): Promise<Library> {
  return libraryOf(ctx, await readablePlace(ctx, q.estateId ?? null));
}

/** A check the caller may read (404 when it is of an estate outside their nodes). */
async function loadStandard(ctx: UseCase, id: string) {
  const found = await repo.findStandard(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound('cleaning_standard');
  const place = await readablePlace(ctx, found.estateId);
  return { found, place };
}

/** A check the caller may change: read first (404 outside), then cleaning.standards at its library (403). */
async function loadForWrite(ctx: UseCase, id: string) {
  const found = await repo.findStandard(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound('cleaning_standard');
  await writablePlace(ctx, found.estateId);
  return found;
}

/** Adds a check (version 1) to the group's library or an estate's, which first gets its own copy. */
export async function createStandard(ctx: UseCase, body: z.infer<typeof s.standardCreateBody>): Promise<StandardOut> {
  const place = await writablePlace(ctx, body.estateId);
  checkThreshold(body);
  return inTransaction(ctx, async (tx) => {
    const tenantId = tx.actor.tenantId;
    if (place.estateId === null) await repo.ensureGroupLibrary(tx);
    else await adoptInTx(tx, place.estateId);
    const id = newId();
    const created: repo.Standard = {
      id,
      estateId: place.estateId,
      checkKey: `${body.area}.${id.slice(0, 8)}`,
      version: 1,
      area: body.area,
      object: body.object,
      criterion: body.criterion,
      method: body.method,
      thresholdMax: body.thresholdMax,
      thresholdUnit: body.thresholdUnit,
      sort: await repo.nextSort(tx.db, tenantId, place.estateId),
      createdAt: tx.now,
      createdBy: tx.actor.displayName,
      retiredAt: null,
      note: null,
    };
    await repo.insertStandard(tx.db, tenantId, created);
    await tx.audit({ action: 'cleaning_standard.create', entity: 'cleaning_standard', entityId: id, after: present(created) });
    return present(created);
  });
}

export async function listVersions(ctx: UseCase, id: string): Promise<z.infer<typeof s.versionsSchema>> {
  const { found } = await loadStandard(ctx, id);
  return { items: (await repo.versionsOf(ctx.db, ctx.actor.tenantId, found)).map(present) };
}

/**
 * A6.1: a change to a check is its next version. The live row is retired and version + 1 inserted under the same
 * key in one transaction, so every result keeps the wording it was judged by. Only the live version may change.
 */
export async function editStandard(ctx: UseCase, id: string, body: z.infer<typeof s.standardEditBody>): Promise<StandardOut> {
  const before = await loadForWrite(ctx, id);
  if (before.retiredAt !== null) throw retired();
  checkThreshold(body);
  return inTransaction(ctx, async (tx) => {
    const tenantId = tx.actor.tenantId;
    if (before.estateId !== null) await adoptInTx(tx, before.estateId);
    if (!(await repo.retire(tx.db, tenantId, before.id, tx.now, tx.actor.userId))) throw retired();
    const after: repo.Standard = {
      ...before,
      id: newId(),
      version: before.version + 1,
      object: body.object,
      criterion: body.criterion,
      method: body.method,
      thresholdMax: body.thresholdMax,
      thresholdUnit: body.thresholdUnit,
      createdAt: tx.now,
      createdBy: tx.actor.displayName,
      retiredAt: null,
      note: body.note,
    };
    await repo.insertStandard(tx.db, tenantId, after);
    await tx.audit({
      action: 'cleaning_standard.edit',
      entity: 'cleaning_standard',
      entityId: after.id,
      before: present({ ...before, retiredAt: tx.now }),
      after: present(after),
    });
    return present(after);
  });
}

/** Takes a check out of its library; its versions stay for the results judged by them. */
export async function retireStandard(ctx: UseCase, id: string, body: z.infer<typeof s.standardRetireBody>): Promise<StandardOut> {
  const before = await loadForWrite(ctx, id);
  if (before.retiredAt !== null) throw retired();
  return inTransaction(ctx, async (tx) => {
    if (!(await repo.retire(tx.db, tx.actor.tenantId, before.id, tx.now, tx.actor.userId))) throw retired();
    const after = { ...before, retiredAt: tx.now };
    await tx.audit({
      action: 'cleaning_standard.retire',
      entity: 'cleaning_standard',
      entityId: id,
      before: present(before),
      after: { ...present(after), reason: body.note },
    });
    return present(after);
  });
}

/** Gives an estate its own copy of the group's library (nothing when it has one). */
export async function adoptLibrary(ctx: UseCase, estateId: string): Promise<Library> {
  const place = await writablePlace(ctx, estateId);
  await inTransaction(ctx, (tx) => adoptInTx(tx, estateId));
  return libraryOf(ctx, place);
}

/** History reader of `cleaning_standard`. */
export async function readStandard(ctx: UseCase, id: string): Promise<StandardOut> {
  return present((await loadStandard(ctx, id)).found);
}
