import { allowsAt } from '../../platform/authz/access.js';
import type { UseCase } from '../../platform/context.js';
import type { RecordRef } from '../../platform/modules.js';
import { ESTATES_READ } from './estate.permissions.js';
import * as repo from './estate.repo.js';
import { unitAddress } from './estate.rules.js';
import { loadUnit } from './estate.service.js';
import { unitPlaces } from './estate-units.repo.js';

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

/**
 * Units named on other pages (`recordRefs`: an order's unit in its history) by their address; linked only where the
 * caller may read the register.
 */
export async function unitRefs(ctx: UseCase, ids: readonly string[]): Promise<Map<string, RecordRef>> {
  const rows = await unitPlaces(ctx.db, ctx.actor.tenantId, ids);
  return new Map(
    rows.map((r) => [
      r.id,
      {
        label: unitAddress({ estateName: r.estate_name, buildingName: r.building_name, entrance: r.entrance, room: r.room }),
        path: allowsAt(ctx.actor.access, ESTATES_READ, r.office_path) ? `/estates/units/${r.id}` : null,
      },
    ]),
  );
}
