/** 安装需求单 (A4.4.1): a customer's request to fit terminals to a list of vehicles. */
export interface GpsInstallRequestTable {
  tenant_id: string;
  id: string;
  /** AX-20261204-0001 */
  number: string;
  office_id: string;
  customer_id: string;
  contact_name: string;
  phone: string;
  address: string;
  requirements: string;
  version: number;
  created_by_name: string;
  created_at: string;
  updated_at: string;
}

/** One vehicle of a request: the visit (installation order) it is dispatched on, and what was fitted to it there. */
export interface GpsInstallVehicleTable {
  tenant_id: string;
  request_id: string;
  vehicle_id: string;
  line_no: number;
  order_id: string | null;
  terminal_serial: string | null;
  sim_number: string | null;
  fitted_at: string | null;
  fitted_by_name: string | null;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    gps_install_requests: GpsInstallRequestTable;
    gps_install_vehicles: GpsInstallVehicleTable;
  }
}
