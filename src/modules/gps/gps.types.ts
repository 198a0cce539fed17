/** The GPS register (issue 16): who the department serves, their vehicles, and the terminals and SIM cards fitted. */

export const CUSTOMER_KINDS = ['fleet', 'individual'] as const;
export type CustomerKind = (typeof CUSTOMER_KINDS)[number];

export const TERMINAL_STATES = ['in_stock', 'installed', 'in_repair', 'scrapped'] as const;
export type TerminalState = (typeof TERMINAL_STATES)[number];

export const SIM_CARRIERS = ['cmcc', 'cucc', 'ctcc'] as const;
export type SimCarrier = (typeof SIM_CARRIERS)[number];

export const SIM_STATES = ['in_stock', 'in_use', 'suspended', 'cancelled'] as const;
export type SimState = (typeof SIM_STATES)[number];

export const DEVICE_KINDS = ['terminal', 'sim'] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

export const DEVICE_EVENTS = [
  'registered',
  'installed',
  'removed',
  'sent_for_repair',
  'repaired',
  'replaced',
  'scrapped',
  'sim_fitted',
  'sim_removed',
] as const;
export type DeviceEventKind = (typeof DEVICE_EVENTS)[number];

interface Stamps {
  tenantId: string;
  id: string;
  officeId: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface Customer extends Stamps {
  kind: CustomerKind;
  name: string;
  address: string;
  contactName: string;
  phone: string;
  note: string;
  active: boolean;
}

export interface GpsVehicle extends Stamps {
  customerId: string;
  plate: string;
  model: string;
  driverName: string;
  driverPhone: string;
  active: boolean;
}

export interface Product extends Stamps {
  modelCode: string;
  name: string;
  warrantyMonths: number;
  active: boolean;
}

export interface Terminal extends Stamps {
  serial: string;
  productId: string;
  vehicleId: string | null;
  soldOn: string | null;
  warrantyEnd: string | null;
  state: TerminalState;
  note: string;
}

export interface SimCard extends Stamps {
  number: string;
  carrier: SimCarrier;
  state: SimState;
  terminalId: string | null;
  note: string;
}

/** An order of the order side that moved a device (installation, repair): linked from the history. */
export interface OrderRef {
  id: string;
  number: string;
}

export interface DeviceEvent {
  tenantId: string;
  id: string;
  deviceKind: DeviceKind;
  deviceId: string;
  event: DeviceEventKind;
  vehicleId: string | null;
  orderId: string | null;
  orderNumber: string | null;
  note: string;
  at: string;
  byName: string;
}
