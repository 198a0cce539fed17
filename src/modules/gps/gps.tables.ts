import type { CustomerKind, DeviceEventKind, DeviceKind, SimCarrier, SimState, TerminalState } from './gps.types.js';

interface Kept {
  tenant_id: string;
  id: string;
  /** The org node that keeps the record (the GPS department). */
  office_id: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface GpsCustomerTable extends Kept {
  kind: CustomerKind;
  name: string;
  address: string;
  contact_name: string;
  phone: string;
  note: string;
  active: number;
}

export interface GpsVehicleTable extends Kept {
  customer_id: string;
  plate: string;
  model: string;
  driver_name: string;
  driver_phone: string;
  active: number;
}

export interface GpsProductTable extends Kept {
  model_code: string;
  name: string;
  warranty_months: number;
  active: number;
}

export interface GpsTerminalTable extends Kept {
  serial: string;
  product_id: string;
  vehicle_id: string | null;
  sold_on: string | null;
  warranty_end: string | null;
  state: TerminalState;
  note: string;
}

export interface GpsSimTable extends Kept {
  number: string;
  carrier: SimCarrier;
  state: SimState;
  /** The terminal the card is fitted in (one card a terminal). */
  terminal_id: string | null;
  note: string;
}

/** 设备履历 (A4.4.5, A4.4.6): every move of a terminal or SIM card, with the order that moved it. */
export interface GpsDeviceEventTable {
  tenant_id: string;
  id: string;
  device_kind: DeviceKind;
  device_id: string;
  event: DeviceEventKind;
  vehicle_id: string | null;
  order_id: string | null;
  order_number: string | null;
  note: string;
  at: string;
  by_name: string;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    gps_customers: GpsCustomerTable;
    gps_vehicles: GpsVehicleTable;
    gps_products: GpsProductTable;
    gps_terminals: GpsTerminalTable;
    gps_sims: GpsSimTable;
    gps_device_events: GpsDeviceEventTable;
  }
}
