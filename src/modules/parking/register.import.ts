import { hasAnywhere } from '../../platform/authz/access.js';
import { inTransaction, type UseCase } from '../../platform/context.js';
import { readSheets, type SheetSpec, templateWorkbook } from '../../platform/export/xlsx-import.js';
import { DomainError, type FieldError, fieldError, forbidden } from '../../platform/http/errors.js';
import { loadEstate } from '../estates/estate.service.js';
import { unitDirectory } from '../estates/estate-units.service.js';
import { PARKING_REGISTER } from './parking.permissions.js';
import { addSpaces } from './parking-space.service.js';
import { parsePlate } from './plate.rules.js';
import { mayRegister, registerCarPark } from './register.access.js';
import * as repo from './register.repo.js';
import { checkSpaceImport, checkVehicleImport, type SpaceRow, type VehicleRow } from './register-import.rules.js';
import { addVehicles } from './vehicle.service.js';

const UNIT_COLUMNS = [
  ['building', '楼栋', 10],
  ['entrance', '单元', 8],
  ['room', '房号', 10],
] as const;

/** The templates' sheets and columns (Chinese headers, the order a row is read in). */
export const SPACE_SHEET: SheetSpec = {
  sheet: '车位',
  columns: [['number', '车位号', 12], ['ownership', '类型（产权/租赁/公共）', 24], ...UNIT_COLUMNS],
};
export const VEHICLE_SHEET: SheetSpec = {
  sheet: '车辆',
  columns: [['plate', '车牌号', 14], ...UNIT_COLUMNS, ['name', '车主姓名', 12], ['phone', '联系电话', 16]],
};

function mayImport(ctx: UseCase) {
  if (!hasAnywhere(ctx.actor.access, PARKING_REGISTER)) throw forbidden(PARKING_REGISTER);
}

const rowsInvalid = (errors: FieldError[]) =>
  new DomainError('unprocessable', 'parking_import.rows_invalid', `${errors.length} problems in the file; nothing was imported`, errors);

/** The empty space template, with an example row. */
export async function spaceTemplate(ctx: UseCase): Promise<Buffer> {
  mayImport(ctx);
  return templateWorkbook([{ spec: SPACE_SHEET, example: ['A-001', '产权', '1栋', '1', '0101'] }]);
}

/** The empty vehicle template, with an example row. */
export async function vehicleTemplate(ctx: UseCase): Promise<Buffer> {
  mayImport(ctx);
  return templateWorkbook([{ spec: VEHICLE_SHEET, example: ['沪A12345', '1栋', '1', '0101', '张三', ''] }]);
}

/**
 * Imports spaces into a car park, all or nothing: every bad row is listed (422 with `errors[]`, one per row and
 * column) and then nothing of the file is stored. Units are matched by building, entrance and room in the car park's estate.
 */
export async function importSpaces(ctx: UseCase, carParkId: string, file: Buffer) {
  // the caller's access first: an outsider learns nothing about the car park from how their file is judged
  await registerCarPark(ctx, carParkId);
  const { spaces } = await readSheets(file, { spaces: SPACE_SHEET }, 'parking_import');
  return inTransaction(ctx, async (tx) => {
    const { carPark } = await registerCarPark(tx, carParkId);
    if (!carPark.active) throw fieldError('unprocessable', 'parking_space.car_park_inactive', 'carParkId', 'the car park is deactivated');
    const { rooms } = await unitDirectory(tx, carPark.estateId);
    const numbers = await repo.spaceNumbersOf(tx.db, tx.actor.tenantId, carParkId);
    const { errors, plan } = checkSpaceImport(spaces as unknown as SpaceRow[], { rooms, numbers });
    if (errors.length) throw rowsInvalid(errors);
    return { spaces: (await addSpaces(tx, carParkId, plan)).length };
  });
}

/**
 * Imports vehicles into an estate, all or nothing, as the spaces are. A holder named at a unit is matched to one of
 * its owners or tenants on the register; a plate in use anywhere in the company is a duplicate.
 */
export async function importVehicles(ctx: UseCase, estateId: string, file: Buffer) {
  mayRegister(ctx, (await loadEstate(ctx, estateId)).officePath, 'estate');
  const { vehicles } = await readSheets(file, { vehicles: VEHICLE_SHEET }, 'parking_import');
  return inTransaction(ctx, async (tx) => {
    const { estate, officePath } = await loadEstate(tx, estateId);
    mayRegister(tx, officePath, 'estate');
    if (!estate.active) throw fieldError('unprocessable', 'vehicle.estate_inactive', 'estateId', 'the estate is deactivated');
    const { rooms, residents } = await unitDirectory(tx, estateId);
    const rows = vehicles as unknown as VehicleRow[];
    const typed = rows.flatMap((r) => parsePlate(r.plate)?.plate ?? []);
    const plates = await repo.activePlates(tx.db, tx.actor.tenantId, typed);
    const { errors, plan } = checkVehicleImport(rows, { rooms, residents, plates });
    if (errors.length) throw rowsInvalid(errors);
    return { vehicles: (await addVehicles(tx, estate, plan)).length };
  });
}
