import type { FieldError } from '../../platform/http/errors.js';
import { isPhone } from '../estates/estate.rules.js';
import { parsePlate } from '../parking/plate.rules.js';
import type { CustomerKind, SimCarrier, TerminalState } from './gps.types.js';
import { isDate, isSerial, isSimNumber, normaliseModelCode, normaliseSerial, normaliseSimNumber, parseCarrier } from './register.rules.js';

// ---- the register's Excel import (sheets 客户, 车辆, 终端), checked whole before anything is stored ----

export interface CustomerRow {
  row: number;
  name: string;
  kind: string;
  contact: string;
  phone: string;
  address: string;
  note: string;
}
export interface VehicleRow {
  row: number;
  plate: string;
  customer: string;
  model: string;
  driver: string;
  driverPhone: string;
}
export interface TerminalRow {
  row: number;
  serial: string;
  model: string;
  plate: string;
  sim: string;
  carrier: string;
  soldOn: string;
  warrantyEnd: string;
}

/** What the register holds already, by natural key. */
export interface RegisterFacts {
  /** Active customers of the office by name. */
  customers: ReadonlyMap<string, string>;
  /** Active vehicles by plate: id, and whether the caller may change it (kept at the importing office). */
  vehicles: ReadonlyMap<string, { id: string; here: boolean }>;
  /** Models by code (active or not): id and whether in use. */
  products: ReadonlyMap<string, { id: string; active: boolean }>;
  /** Terminals by serial. */
  terminals: ReadonlyMap<string, { id: string; state: TerminalState; here: boolean }>;
  /** SIM cards by number: the terminal they are in and whether they are in stock. */
  sims: ReadonlyMap<string, { id: string; terminalId: string | null; inStock: boolean; here: boolean }>;
}

export interface CustomerPlan {
  name: string;
  kind: CustomerKind;
  contactName: string;
  phone: string;
  address: string;
  note: string;
}
export interface VehiclePlan {
  plate: string;
  customerName: string;
  model: string;
  driverName: string;
  driverPhone: string;
}
export interface TerminalPlan {
  serial: string;
  productId: string;
  plate: string | null;
  sim: { number: string; carrier: SimCarrier | null } | null;
  soldOn: string | null;
  warrantyEnd: string | null;
}
export interface RegisterPlan {
  customers: CustomerPlan[];
  vehicles: VehiclePlan[];
  terminals: TerminalPlan[];
}

const KIND_WORDS: Record<string, CustomerKind> = {
  车队: 'fleet',
  公司: 'fleet',
  企业: 'fleet',
  fleet: 'fleet',
  个人: 'individual',
  individual: 'individual',
};
const MAX = { name: 60, text: 40, address: 200, note: 500 };

type Sheet = 'customers' | 'vehicles' | 'terminals';

/**
 * Checks every row of the three sheets: a field is `<sheet>.<row>.<column>` with the spreadsheet's row number. A
 * customer is found by name (added or updated), a vehicle by plate, a terminal by serial; a vehicle names a customer
 * of the office or of the file, a terminal a model on the register and optionally a plate (of the office or the file)
 * and a SIM number (a card in stock, or new with its carrier). A key twice in a sheet is a duplicate.
 */
export function checkRegisterImport(
  rows: { customers: readonly CustomerRow[]; vehicles: readonly VehicleRow[]; terminals: readonly TerminalRow[] },
  facts: RegisterFacts,
): { errors: FieldError[]; plan: RegisterPlan } {
  const errors: FieldError[] = [];
  const fail = (sheet: Sheet, row: number, column: string, code: string, message: string) =>
    errors.push({ field: `${sheet}.${row}.${column}`, code: `gps_import.${code}`, message });
  const plan: RegisterPlan = { customers: [], vehicles: [], terminals: [] };
  if (!rows.customers.length && !rows.vehicles.length && !rows.terminals.length)
    return { errors: [{ field: 'file', code: 'gps_import.empty', message: 'the file has no rows to import' }], plan };

  const names = new Set<string>();
  for (const r of rows.customers) {
    const before = errors.length;
    const name = r.name.trim();
    if (!name || name.length > MAX.name) fail('customers', r.row, 'name', 'name_invalid', 'a name of 1–60 characters');
    else if (names.has(name)) fail('customers', r.row, 'name', 'duplicate', `${name} is twice in the sheet`);
    names.add(name);
    const kind = KIND_WORDS[r.kind.trim().toLowerCase()] ?? KIND_WORDS[r.kind.trim()];
    if (!kind) fail('customers', r.row, 'kind', 'kind_invalid', 'type is 车队 or 个人');
    const phone = r.phone.replace(/\s+/g, '');
    if (!isPhone(phone)) fail('customers', r.row, 'phone', 'phone_invalid', 'a mobile (11 digits) or landline with area code');
    if (r.contact.trim().length > MAX.text) fail('customers', r.row, 'contact', 'text_too_long', 'at most 40 characters');
    if (r.address.trim().length > MAX.address) fail('customers', r.row, 'address', 'text_too_long', 'at most 200 characters');
    if (r.note.trim().length > MAX.note) fail('customers', r.row, 'note', 'text_too_long', 'at most 500 characters');
    if (errors.length === before)
      plan.customers.push({ name, kind: kind!, contactName: r.contact.trim(), phone, address: r.address.trim(), note: r.note.trim() });
  }

  const plates = new Set<string>();
  for (const r of rows.vehicles) {
    const before = errors.length;
    const parsed = parsePlate(r.plate);
    if (!parsed) fail('vehicles', r.row, 'plate', 'plate_invalid', 'not a plate of the mainland (粤B12345)');
    else if (plates.has(parsed.plate)) fail('vehicles', r.row, 'plate', 'duplicate', `${parsed.plate} is twice in the sheet`);
    else if (facts.vehicles.has(parsed.plate) && !facts.vehicles.get(parsed.plate)?.here)
      fail('vehicles', r.row, 'plate', 'plate_elsewhere', `${parsed.plate} is registered by another node`);
    if (parsed) plates.add(parsed.plate);
    const customer = r.customer.trim();
    if (!names.has(customer) && !facts.customers.has(customer))
      fail('vehicles', r.row, 'customer', 'unknown_customer', `no customer ${customer} in the file or on the register`);
    const phone = r.driverPhone.replace(/\s+/g, '');
    if (phone && !isPhone(phone))
      fail('vehicles', r.row, 'driverPhone', 'phone_invalid', 'a mobile (11 digits) or landline with area code');
    if (r.model.trim().length > MAX.text) fail('vehicles', r.row, 'model', 'text_too_long', 'at most 40 characters');
    if (r.driver.trim().length > MAX.text) fail('vehicles', r.row, 'driver', 'text_too_long', 'at most 40 characters');
    if (errors.length === before)
      plan.vehicles.push({
        plate: parsed!.plate,
        customerName: customer,
        model: r.model.trim(),
        driverName: r.driver.trim(),
        driverPhone: phone,
      });
  }

  const serials = new Set<string>();
  const simsInFile = new Set<string>();
  for (const r of rows.terminals) {
    const before = errors.length;
    const serial = normaliseSerial(r.serial);
    const known = facts.terminals.get(serial);
    if (!isSerial(serial)) fail('terminals', r.row, 'serial', 'serial_invalid', '4–30 letters, digits or dashes (an IMEI)');
    else if (serials.has(serial)) fail('terminals', r.row, 'serial', 'duplicate', `${serial} is twice in the sheet`);
    else if (known && !known.here) fail('terminals', r.row, 'serial', 'serial_elsewhere', `${serial} is registered by another node`);
    serials.add(serial);
    const product = facts.products.get(normaliseModelCode(r.model));
    if (!product?.active) fail('terminals', r.row, 'model', 'unknown_model', `no model ${r.model} in use on the register`);
    let plate: string | null = null;
    if (r.plate.trim()) {
      const parsed = parsePlate(r.plate);
      if (!parsed) fail('terminals', r.row, 'plate', 'plate_invalid', 'not a plate of the mainland (粤B12345)');
      else if (!plates.has(parsed.plate) && !facts.vehicles.get(parsed.plate)?.here)
        fail('terminals', r.row, 'plate', 'unknown_vehicle', `no vehicle ${parsed.plate} in the file or on the register`);
      else if (known && (known.state === 'in_repair' || known.state === 'scrapped'))
        fail('terminals', r.row, 'plate', 'terminal_not_in_stock', `${serial} is ${known.state}; it is not fitted`);
      else plate = parsed.plate;
    }
    let sim: TerminalPlan['sim'] = null;
    if (r.sim.trim()) {
      const number = normaliseSimNumber(r.sim);
      const card = facts.sims.get(number);
      if (!isSimNumber(number)) fail('terminals', r.row, 'sim', 'sim_invalid', 'an ICCID (19–20 digits from 89) or the card’s number');
      else if (simsInFile.has(number)) fail('terminals', r.row, 'sim', 'duplicate', `SIM card ${number} is twice in the sheet`);
      else if (card && !card.here) fail('terminals', r.row, 'sim', 'sim_elsewhere', `SIM card ${number} is registered by another node`);
      else if (card && (card.terminalId === null ? !card.inStock : card.terminalId !== known?.id))
        fail('terminals', r.row, 'sim', 'sim_in_use', `SIM card ${number} is in use elsewhere or not in stock`);
      simsInFile.add(number);
      const carrier = r.carrier.trim() ? parseCarrier(r.carrier) : null;
      if (r.carrier.trim() && !carrier) fail('terminals', r.row, 'carrier', 'carrier_invalid', 'carrier is 移动, 联通 or 电信');
      else if (!card && !carrier) fail('terminals', r.row, 'carrier', 'carrier_required', 'a new SIM card needs its carrier');
      sim = { number, carrier };
    }
    for (const column of ['soldOn', 'warrantyEnd'] as const) {
      const d = r[column].trim();
      if (d && !isDate(d)) fail('terminals', r.row, column, 'date_invalid', 'a date YYYY-MM-DD');
    }
    if (r.soldOn.trim() && r.warrantyEnd.trim() && r.warrantyEnd.trim() < r.soldOn.trim())
      fail('terminals', r.row, 'warrantyEnd', 'warranty_before_sale', 'the warranty ends after the sale');
    if (errors.length === before)
      plan.terminals.push({
        serial,
        productId: product!.id,
        plate,
        sim,
        soldOn: r.soldOn.trim() || null,
        warrantyEnd: r.warrantyEnd.trim() || null,
      });
  }
  return { errors, plan };
}
