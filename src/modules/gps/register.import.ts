import { allowsAt, hasAnywhere } from '../../platform/authz/access.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { readSheets, type SheetSpec, templateWorkbook } from '../../platform/export/xlsx-import.js';
import { DomainError, type FieldError, forbidden } from '../../platform/http/errors.js';
import { normalisePlate } from '../parking/plate.rules.js';
import { addCustomer, saveCustomer } from './customer.service.js';
import { GPS_READ, GPS_REGISTER } from './gps.permissions.js';
import * as facts from './import-facts.repo.js';
import { keepingOffice } from './register.access.js';
import * as repo from './register.repo.js';
import { normaliseSerial, normaliseSimNumber, warrantyEnd } from './register.rules.js';
import { type CustomerRow, checkRegisterImport, type RegisterFacts, type TerminalRow, type VehicleRow } from './register-import.rules.js';
import { addSim } from './sim.service.js';
import { addTerminal, changeTerminal } from './terminal.service.js';
import { addVehicle, saveVehicle } from './vehicle.service.js';

/** The template's sheets and columns (Chinese headers, the order a row is read in). */
export const CUSTOMER_SHEET: SheetSpec = {
  sheet: '客户',
  columns: [
    ['name', '客户名称', 24],
    ['kind', '类型（车队/个人）', 16],
    ['contact', '联系人', 10],
    ['phone', '联系电话', 16],
    ['address', '地址', 30],
    ['note', '备注', 20],
  ],
};
export const VEHICLE_SHEET: SheetSpec = {
  sheet: '车辆',
  columns: [
    ['plate', '车牌号', 12],
    ['customer', '客户名称', 24],
    ['model', '车型', 14],
    ['driver', '司机', 10],
    ['driverPhone', '司机电话', 16],
  ],
};
export const TERMINAL_SHEET: SheetSpec = {
  sheet: '终端',
  columns: [
    ['serial', '终端序列号', 20],
    ['model', '产品型号', 10],
    ['plate', '车牌号（可空）', 14],
    ['sim', 'SIM卡号（可空）', 22],
    ['carrier', '运营商（移动/联通/电信）', 20],
    ['soldOn', '销售日期', 12],
    ['warrantyEnd', '保修截止（可空）', 16],
  ],
};

/** The empty template, an example row on each sheet. */
export async function registerTemplate(ctx: UseCase): Promise<Buffer> {
  if (!hasAnywhere(ctx.actor.access, GPS_REGISTER)) throw forbidden(GPS_REGISTER);
  return templateWorkbook([
    { spec: CUSTOMER_SHEET, example: ['顺达物流有限公司', '车队', '刘经理', '0755-86001234', '深圳市宝安区福永街道物流园8号', ''] },
    { spec: VEHICLE_SHEET, example: ['粤B12345', '顺达物流有限公司', '东风天龙', '张师傅', '13900000000'] },
    { spec: TERMINAL_SHEET, example: ['GT06-2026-0001', 'GT06', '粤B12345', '1440123456789', '移动', '2026-01-15', ''] },
  ]);
}

const rowsInvalid = (errors: FieldError[]) =>
  new DomainError('unprocessable', 'gps_import.rows_invalid', `${errors.length} problems in the file; nothing was imported`, errors);

async function loadFacts(tx: Tx, officeId: string, keys: { plates: string[]; serials: string[]; sims: string[] }): Promise<RegisterFacts> {
  const t = tx.actor.tenantId;
  const here = (path: string) => allowsAt(tx.actor.access, GPS_REGISTER, path);
  const customers = await facts.customersOf(tx.db, t, officeId);
  const products = (await facts.productsAll(tx.db, t)).filter((p) => allowsAt(tx.actor.access, GPS_READ, p.office_path));
  return {
    customers: new Map(customers.map((c) => [c.name, c.id])),
    vehicles: new Map(
      (await facts.vehiclesByPlate(tx.db, t, keys.plates)).map((v) => [
        v.plate as string,
        { id: v.id as string, here: here(v.office_path) },
      ]),
    ),
    products: new Map(products.map((p) => [p.model_code, { id: p.id, active: Number(p.active) === 1 }])),
    terminals: new Map(
      (await facts.terminalsBySerial(tx.db, t, keys.serials)).map((x) => [
        x.serial as string,
        { id: x.id as string, state: x.state as never, here: here(x.office_path) },
      ]),
    ),
    sims: new Map(
      (await facts.simsByNumber(tx.db, t, keys.sims)).map((s) => [
        s.number as string,
        {
          id: s.id as string,
          terminalId: (s.terminal_id as string | null) ?? null,
          inStock: s.state === 'in_stock',
          here: here(s.office_path),
        },
      ]),
    ),
  };
}

const same = <T extends object>(a: T, b: Partial<T>) => Object.entries(b).every(([k, v]) => a[k as keyof T] === v);

/**
 * Imports the register's three sheets into an office, all or nothing: every bad cell is listed (422 with `errors[]`,
 * `<sheet>.<row>.<column>`) and then nothing is stored. A row whose key is on the register already updates it (a
 * re-import of the same file changes nothing); an empty plate or SIM cell leaves a terminal's vehicle or card as it is.
 */
export async function importRegister(ctx: UseCase, officeId: string | undefined, file: Buffer) {
  // the caller's access first: an outsider learns nothing from how their file is judged
  await keepingOffice(ctx, officeId);
  const sheets = await readSheets(file, { customers: CUSTOMER_SHEET, vehicles: VEHICLE_SHEET, terminals: TERMINAL_SHEET }, 'gps_import');
  const rows = {
    customers: sheets.customers as unknown as CustomerRow[],
    vehicles: sheets.vehicles as unknown as VehicleRow[],
    terminals: sheets.terminals as unknown as TerminalRow[],
  };
  return inTransaction(ctx, async (tx) => {
    const office = await keepingOffice(tx, officeId);
    const plates = [...rows.vehicles.map((r) => normalisePlate(r.plate)), ...rows.terminals.map((r) => normalisePlate(r.plate))];
    const known = await loadFacts(tx, office.id, {
      plates,
      serials: rows.terminals.map((r) => normaliseSerial(r.serial)),
      sims: rows.terminals.map((r) => normaliseSimNumber(r.sim)),
    });
    const { errors, plan } = checkRegisterImport(rows, known);
    if (errors.length) throw rowsInvalid(errors);
    const count = {
      customers: { added: 0, updated: 0 },
      vehicles: { added: 0, updated: 0 },
      terminals: { added: 0, updated: 0 },
      sims: { added: 0 },
    };

    const customerIds = new Map(known.customers);
    for (const c of plan.customers) {
      const id = customerIds.get(c.name);
      if (!id) {
        customerIds.set(c.name, (await addCustomer(tx, office.id, c)).id);
        count.customers.added++;
        continue;
      }
      const before = (await repo.findCustomer(tx.db, tx.actor.tenantId, id))!.customer;
      if (same(before, c)) continue;
      await saveCustomer(tx, before, { ...before, ...c, version: before.version + 1, updatedAt: tx.now });
      count.customers.updated++;
    }

    const vehicleIds = new Map([...known.vehicles].map(([plate, v]) => [plate, v.id]));
    for (const v of plan.vehicles) {
      const { customerName, ...fields } = v;
      const customerId = customerIds.get(customerName)!;
      const id = vehicleIds.get(v.plate);
      if (!id) {
        vehicleIds.set(v.plate, (await addVehicle(tx, { id: customerId, officeId: office.id }, fields)).id);
        count.vehicles.added++;
        continue;
      }
      const before = (await repo.findVehicle(tx.db, tx.actor.tenantId, id))!.vehicle;
      if (same(before, { ...fields, customerId })) continue;
      await saveVehicle(tx, before, { ...before, ...fields, customerId, version: before.version + 1, updatedAt: tx.now });
      count.vehicles.updated++;
    }

    for (const t of plan.terminals) {
      let simId: string | null = null;
      if (t.sim) {
        const card = known.sims.get(t.sim.number);
        if (card) simId = card.id;
        else {
          simId = (await addSim(tx, office.id, { number: t.sim.number, carrier: t.sim.carrier!, note: '' })).id;
          count.sims.added++;
        }
      }
      const vehicleId = t.plate ? vehicleIds.get(t.plate)! : null;
      const existing = known.terminals.get(t.serial);
      if (!existing) {
        const product = (await repo.findProduct(tx.db, tx.actor.tenantId, t.productId))!.product;
        const end = t.warrantyEnd ?? (t.soldOn ? warrantyEnd(t.soldOn, product.warrantyMonths) : null);
        await addTerminal(tx, office.id, {
          serial: t.serial,
          productId: t.productId,
          vehicleId,
          simId,
          soldOn: t.soldOn,
          warrantyEnd: end,
          note: '',
        });
        count.terminals.added++;
        continue;
      }
      const before = (await repo.findTerminal(tx.db, tx.actor.tenantId, existing.id))!.terminal;
      const currentSim = (await repo.simOfTerminal(tx.db, tx.actor.tenantId, before.id))?.id ?? null;
      const product = (await repo.findProduct(tx.db, tx.actor.tenantId, t.productId))!.product;
      const soldOn = t.soldOn ?? before.soldOn;
      const next = {
        serial: t.serial,
        productId: t.productId,
        vehicleId: vehicleId ?? before.vehicleId,
        simId: simId ?? currentSim,
        soldOn,
        warrantyEnd: t.warrantyEnd ?? (t.soldOn ? warrantyEnd(t.soldOn, product.warrantyMonths) : before.warrantyEnd),
        note: before.note,
      };
      if (
        same(before, { productId: next.productId, vehicleId: next.vehicleId, soldOn, warrantyEnd: next.warrantyEnd }) &&
        next.simId === currentSim
      )
        continue;
      await changeTerminal(tx, before, next);
      count.terminals.updated++;
    }
    return count;
  });
}
