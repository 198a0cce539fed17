import type { CarParkKind, SpaceOwnership } from './parking.types.js';

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

// The module's tables join the platform's `Database` (declaration merging: the platform imports no module).
declare module '../../platform/db/schema.js' {
  interface Database {
    car_parks: CarParkTable;
    parking_spaces: ParkingSpaceTable;
    vehicles: VehicleTable;
  }
}
