import type { Tx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { paramAt } from '../params/params.service.js';
import { RECTIFY_HOURS_PARAM, rectifyDueAt } from './cleaning.rules.js';
import type { CleaningRectificationTable } from './cleaning.tables.js';
import * as repo from './cleaning-rectification.repo.js';

type Opened = Pick<
  CleaningRectificationTable,
  'inspection_id' | 'result_id' | 'standard_id' | 'estate_id' | 'office_id' | 'area' | 'level' | 'cleaner_id' | 'inspector_id'
>;

/**
 * Opens a round of fixing a failed check (A6.3), due the level's hours in force at the estate's office
 * (`rectifySelfHours`, `rectifySupervisorHours`, `rectifyManagerHours`) from now; audited.
 */
export async function openRound(
  tx: Tx,
  officePath: string,
  fields: Opened,
  round = 1,
  previousId: string | null = null,
): Promise<CleaningRectificationTable> {
  const hours = await paramAt(tx, officePath, RECTIFY_HOURS_PARAM[fields.level]);
  const row: CleaningRectificationTable = {
    tenant_id: tx.actor.tenantId,
    id: newId(),
    ...fields,
    round,
    state: 'open',
    created_at: tx.now,
    due_at: rectifyDueAt(tx.now, hours),
    done_at: null,
    done_note: null,
    done_photo: null,
    rechecked_at: null,
    rechecked_by: null,
    recheck_note: null,
    recheck_photo: null,
    recheck_value: null,
    previous_id: previousId,
    next_id: null,
    version: 1,
  };
  await repo.insertRectification(tx.db, row);
  await tx.audit({ action: 'cleaning_rectification.open', entity: 'cleaning_rectification', entityId: row.id, after: row });
  return row;
}
