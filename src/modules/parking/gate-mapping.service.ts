import { inTransaction, type UseCase } from '../../platform/context.js';
import { DomainError } from '../../platform/http/errors.js';
import { DEFAULT_GATE_MAPPING, type GateMapping } from './gate-import.rules.js';
import { gateCarPark } from './parking-stay.access.js';
import * as repo from './parking-stay.repo.js';
import type { GateMappingRecord } from './parking-stay.types.js';
import { loadCarPark, stale } from './register.access.js';

/** The mapping an import of a car park reads by: the office's, or the defaults while none is set. */
export async function mappingOf(ctx: UseCase, carParkId: string): Promise<GateMapping> {
  const m = await repo.findMapping(ctx.db, ctx.actor.tenantId, carParkId);
  return m ? { plate: m.plateColumn, entered: m.enteredColumn, exited: m.exitedColumn, record: m.recordColumn } : DEFAULT_GATE_MAPPING;
}

const present = (carParkId: string, m: GateMappingRecord | null) => ({
  carParkId,
  plateColumn: m?.plateColumn ?? DEFAULT_GATE_MAPPING.plate,
  enteredColumn: m?.enteredColumn ?? DEFAULT_GATE_MAPPING.entered,
  exitedColumn: m?.exitedColumn ?? DEFAULT_GATE_MAPPING.exited,
  recordColumn: m?.recordColumn ?? DEFAULT_GATE_MAPPING.record,
  /** False while the defaults apply (nothing set yet). */
  custom: m !== null,
  /** 0 while nothing is set: send it back when setting. */
  version: m?.version ?? 0,
  updatedAt: m?.updatedAt ?? null,
});

/** A car park's gate mapping (parking.read there), the defaults when the office set none. */
export async function getMapping(ctx: UseCase, carParkId: string) {
  await loadCarPark(ctx, carParkId);
  return present(carParkId, await repo.findMapping(ctx.db, ctx.actor.tenantId, carParkId));
}

export interface MappingInput {
  plateColumn: string;
  enteredColumn: string;
  exitedColumn: string;
  recordColumn: string;
  version: number;
}

/** The history reader of a mapping (its id is its car park's). */
export async function loadMapping(ctx: UseCase, carParkId: string) {
  return getMapping(ctx, carParkId);
}

/** Sets how the car park's gate export names its columns (parking.gate at the car park's office); the columns differ. */
export async function setMapping(ctx: UseCase, carParkId: string, input: MappingInput) {
  return inTransaction(ctx, async (tx) => {
    await gateCarPark(tx, carParkId);
    const cols = [input.plateColumn, input.enteredColumn, input.exitedColumn, input.recordColumn].filter(Boolean);
    if (new Set(cols).size !== cols.length)
      throw new DomainError('unprocessable', 'gate_mapping.columns_repeat', 'each column is named once', [
        { field: 'exitedColumn', code: 'gate_mapping.columns_repeat', message: 'each column is named once' },
      ]);
    const before = await repo.findMapping(tx.db, tx.actor.tenantId, carParkId);
    if ((before?.version ?? 0) !== input.version) throw stale('gate mapping');
    const after: GateMappingRecord = {
      carParkId,
      plateColumn: input.plateColumn,
      enteredColumn: input.enteredColumn,
      exitedColumn: input.exitedColumn,
      recordColumn: input.recordColumn,
      version: input.version + 1,
      updatedBy: tx.actor.userId ?? 'system',
      updatedAt: tx.now,
    };
    if (!before) await repo.insertMapping(tx.db, tx.actor.tenantId, after);
    else if (!(await repo.updateMapping(tx.db, tx.actor.tenantId, after, before.version))) throw stale('gate mapping');
    await tx.audit({ action: 'parking_gate_mapping.set', entity: 'parking_gate_mapping', entityId: carParkId, before, after });
    return present(carParkId, after);
  });
}
