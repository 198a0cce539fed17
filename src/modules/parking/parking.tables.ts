import type { StandardState } from '../fees/fee.types.js';
import type { CarParkKind, PassState, SpaceOwnership, StaySource, StayState } from './parking.types.js';

export interface CarParkTable {
  tenant_id: string;
  id: string;
  office_id: string;
  estate_id: string;
  code: string;
  name: string;
  kind: CarParkKind;
  active: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ParkingSpaceTable {
  tenant_id: string;
  id: string;
  car_park_id: string;
  number: string;
  ownership: SpaceOwnership;
  unit_id: string | null;
  active: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface VehicleTable {
  tenant_id: string;
  id: string;
  office_id: string;
  estate_id: string;
  plate: string;
  unit_id: string | null;
  holder_resident_id: string | null;
  holder_name: string;
  holder_phone: string;
  active: number;
  version: number;
  created_at: string;
  updated_at: string;
}

/**
 * 停车收费标准 of one car park (A2.4.1.2): the temporary rate (see `parking-charge.rules.ts`) and the monthly-pass
 * prices per space kind, through the same submit → HQ review → GM approval chain as the property-fee standards.
 */
export interface ParkingStandardTable {
  tenant_id: string;
  id: string;
  office_id: string;
  estate_id: string;
  car_park_id: string;
  effective_month: string;
  free_minutes: number;
  unit_minutes: number;
  unit_fen: number;
  night_from: string | null;
  night_to: string | null;
  night_unit_fen: number | null;
  daily_cap_fen: number | null;
  stay_cap_fen: number | null;
  note: string;
  state: StandardState;
  submitted_by: string | null;
  submitted_by_name: string | null;
  submitted_at: string | null;
  reviewed_by: string | null;
  reviewed_by_name: string | null;
  reviewed_at: string | null;
  approved_by: string | null;
  approved_by_name: string | null;
  approved_at: string | null;
  returned_by: string | null;
  returned_by_name: string | null;
  returned_at: string | null;
  return_reason: string | null;
  created_by: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A monthly-pass price of a standard for one kind of space (owned / rented / public, the last for a zone pass). */
export interface ParkingPassPriceTable {
  tenant_id: string;
  standard_id: string;
  ownership: SpaceOwnership;
  monthly_fen: number;
}

/** 月卡: a vehicle may park in a space (or a zone of the car park) for whole months, billed with the property bills. */
export interface ParkingPassTable {
  tenant_id: string;
  id: string;
  office_id: string;
  estate_id: string;
  car_park_id: string;
  vehicle_id: string;
  unit_id: string;
  space_id: string | null;
  /** The zone named when the pass has no space (B1 东区); '' with a space. */
  zone: string;
  ownership: SpaceOwnership;
  from_month: string;
  to_month: string;
  monthly_fen: number;
  standard_id: string;
  state: PassState;
  cancelled_at: string | null;
  created_by: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** One month of a pass and the property bill that charges it. */
export interface ParkingPassMonthTable {
  tenant_id: string;
  pass_id: string;
  period: string;
  bill_id: string;
}

/** How a car park's gate system names its export's columns (header text), set by the office per car park. */
export interface ParkingGateMappingTable {
  tenant_id: string;
  car_park_id: string;
  plate_column: string;
  entered_column: string;
  exited_column: string;
  /** The gate's own record number, when its export has one ('' when not). */
  record_column: string;
  version: number;
  updated_by: string;
  updated_at: string;
}

/** One import of a gate system's export: what it added, completed, found unchanged or could not match. */
export interface ParkingGateImportTable {
  tenant_id: string;
  id: string;
  office_id: string;
  car_park_id: string;
  file_name: string;
  file_sha256: string;
  rows: number;
  added: number;
  completed: number;
  unchanged: number;
  unmatched: number;
  imported_by: string;
  imported_by_name: string;
  imported_at: string;
}

/** 停车记录: one stay of a car in a car park, its charge and how it was settled. */
export interface ParkingStayTable {
  tenant_id: string;
  id: string;
  office_id: string;
  estate_id: string;
  car_park_id: string;
  plate: string;
  entered_at: string | null;
  exited_at: string | null;
  source: StaySource;
  /** Idempotence of imports: the gate's record number, or plate + entry (+ exit for an exit-only row). */
  record_key: string;
  import_id: string | null;
  vehicle_id: string | null;
  pass_id: string | null;
  standard_id: string | null;
  charge_fen: number | null;
  state: StayState;
  collection_id: string | null;
  waive_reason: string | null;
  waived_by: string | null;
  waived_by_name: string | null;
  waived_at: string | null;
  recorded_by: string;
  recorded_by_name: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A temporary-parking charge collected at the gate: the payment custody and the receipt refer to by its id. */
export interface ParkingCollectionTable {
  tenant_id: string;
  id: string;
  office_id: string;
  car_park_id: string;
  stay_id: string;
  payer: string;
  method: string;
  amount_fen: number;
  receipt_id: string | null;
  collector_id: string;
  collector_name: string;
  collected_at: string;
}

// The module's tables join the platform's `Database` (declaration merging: the platform imports no module).
declare module '../../platform/db/schema.js' {
  interface Database {
    car_parks: CarParkTable;
    parking_spaces: ParkingSpaceTable;
    vehicles: VehicleTable;
    parking_standards: ParkingStandardTable;
    parking_pass_prices: ParkingPassPriceTable;
    parking_passes: ParkingPassTable;
    parking_pass_months: ParkingPassMonthTable;
    parking_gate_mappings: ParkingGateMappingTable;
    parking_gate_imports: ParkingGateImportTable;
    parking_stays: ParkingStayTable;
    parking_collections: ParkingCollectionTable;
  }
}
