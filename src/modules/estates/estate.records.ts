import type { UseCase } from '../../platform/context.js';
import * as repo from './estate.repo.js';
import { unitAddress } from './estate.rules.js';
import { loadUnit } from './estate.service.js';

/** A unit as other modules see it through `readRecord(ctx, 'estate_unit', id)`: where it is and whose office it is. */
export interface UnitRecord {
  id: string;
  estateId: string;
  estateName: string;
  /** The office the estate belongs to, and its path (an order of another office may not name the unit). */
  officeId: string;
  officePath: string;
  buildingName: string;
  entrance: string;
  room: string;
  /** The unit written as an address: 翠竹园3栋1单元1201. */
  address: string;
  active: boolean;
}

declare module '../../platform/modules.js' {
  interface RecordViews {
    estate_unit: UnitRecord;
  }
}

/** A unit the caller may read (404 outside their offices, 403 inside without the permission), as an address. */
export async function readUnitRecord(ctx: UseCase, id: string): Promise<UnitRecord> {
  const { unit, estate } = await loadUnit(ctx, id);
  const building = (await repo.findBuilding(ctx.db, ctx.actor.tenantId, unit.buildingId))!;
  const where = { estateName: estate.estate.name, buildingName: building.name, entrance: unit.entrance, room: unit.room };
  return {
    id: unit.id,
    estateId: unit.estateId,
    officeId: estate.estate.officeId,
    officePath: estate.officePath,
    ...where,
    address: unitAddress(where),
    active: unit.active && estate.estate.active,
  };
}
