import { hasAnywhere } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type UseCase } from '../../platform/context.js';
import { readSheets, templateWorkbook } from '../../platform/export/xlsx-import.js';
import { DomainError, forbidden } from '../../platform/http/errors.js';
import { ESTATES_MANAGE } from './estate.permissions.js';
import * as repo from './estate.repo.js';
import { checkImport, type ImportSheets, roomKey } from './estate.rules.js';
import { addBuildings, loadEstate } from './estate.service.js';
import { addResidents } from './estate-residents.service.js';
import * as unitsRepo from './estate-units.repo.js';
import { addUnits } from './estate-units.service.js';

/** The template's sheets and columns (Chinese headers, the order a row is read in). */
export const TEMPLATE = {
  buildings: { sheet: '楼栋', columns: [['name', '楼栋名称', 16]] },
  units: {
    sheet: '房屋',
    columns: [
      ['building', '楼栋', 12],
      ['entrance', '单元', 8],
      ['floor', '楼层', 8],
      ['room', '房号', 10],
      ['area', '建筑面积（㎡）', 16],
      ['use', '用途（住宅/商业）', 18],
      ['occupancy', '状态（已入住/空置/装修中）', 26],
    ],
  },
  residents: {
    sheet: '业主住户',
    columns: [
      ['building', '楼栋', 12],
      ['entrance', '单元', 8],
      ['room', '房号', 10],
      ['role', '类型（业主/租户）', 18],
      ['name', '姓名', 12],
      ['phone', '联系电话', 16],
      ['idNumber', '证件号码', 22],
      ['moveInDate', '入住日期', 14],
    ],
  },
} as const;

type SheetKey = keyof typeof TEMPLATE;

/** The empty template: three sheets with their headers and one example row each, text cells so 0802 stays 0802. */
export async function importTemplate(ctx: UseCase): Promise<Buffer> {
  if (!hasAnywhere(ctx.actor.access, ESTATES_MANAGE)) throw forbidden(ESTATES_MANAGE);
  const examples: Record<SheetKey, string[]> = {
    buildings: ['1栋'],
    units: ['1栋', '1', '8', '0802', '89.50', '住宅', '已入住'],
    residents: ['1栋', '1', '0802', '业主', '张三', '13800001234', '', '2020-05-01'],
  };
  return templateWorkbook((Object.keys(TEMPLATE) as SheetKey[]).map((key) => ({ spec: TEMPLATE[key], example: examples[key] })));
}

/** Reads the three sheets by their names; a missing sheet is an empty one, a file that is not Excel is refused. */
export async function readImport(file: Buffer): Promise<ImportSheets> {
  return (await readSheets(file, TEMPLATE, 'estate_import')) as unknown as ImportSheets;
}

/**
 * Imports buildings, units and residents into an estate, all or nothing: every bad row is listed (422 with
 * `errors[]`, one per sheet, row and column) and then nothing of the file is stored.
 */
export async function importEstate(ctx: UseCase, estateId: string, file: Buffer) {
  // the caller's access first: an outsider learns nothing about the estate from how their file is judged
  authorize(ctx.actor.access, ESTATES_MANAGE, (await loadEstate(ctx, estateId)).officePath, 'estate');
  const sheets = await readImport(file);
  return inTransaction(ctx, async (tx) => {
    const loaded = await loadEstate(tx, estateId);
    authorize(tx.actor.access, ESTATES_MANAGE, loaded.officePath, 'estate');
    const existingBuildings = await repo.buildingsOf(tx.db, tx.actor.tenantId, estateId);
    const existingRooms = await unitsRepo.roomsOf(tx.db, tx.actor.tenantId, estateId);
    const { errors, plan } = checkImport(sheets, {
      buildings: new Set(existingBuildings.map((b) => b.name)),
      rooms: new Set(existingRooms.map((r) => roomKey(r.building, r.entrance, r.room))),
    });
    if (errors.length)
      throw new DomainError(
        'unprocessable',
        'estate_import.rows_invalid',
        `${errors.length} problems in the file; nothing was imported`,
        errors,
      );
    const made = await addBuildings(tx, estateId, plan.buildings);
    const buildingId = new Map([...existingBuildings, ...made].map((b) => [b.name, b.id]));
    const units = await addUnits(
      tx,
      estateId,
      plan.units.map(({ building, ...u }) => ({ ...u, buildingId: buildingId.get(building)! })),
    );
    const buildingName = new Map([...buildingId].map(([name, id]) => [id, name]));
    const unitId = new Map([
      ...existingRooms.map((r) => [roomKey(r.building, r.entrance, r.room), r.id] as const),
      ...units.map((u) => [roomKey(buildingName.get(u.buildingId)!, u.entrance, u.room), u.id] as const),
    ]);
    const residents = await addResidents(
      tx,
      estateId,
      plan.residents.map(({ building, entrance, room, ...r }) => ({ ...r, unitId: unitId.get(roomKey(building, entrance, room))! })),
    );
    return { buildings: made.length, units: units.length, residents: residents.length };
  });
}
