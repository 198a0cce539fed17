import type { Occupancy, ResidentRole, UnitUse } from './estate.types.js';

export interface EstateTable {
  tenant_id: string;
  id: string;
  office_id: string;
  name: string;
  address: string;
  active: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface EstateBuildingTable {
  tenant_id: string;
  id: string;
  estate_id: string;
  name: string;
  active: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface EstateUnitTable {
  tenant_id: string;
  id: string;
  estate_id: string;
  building_id: string;
  entrance: string;
  floor: number;
  room: string;
  area_milli: number;
  use: UnitUse;
  occupancy: Occupancy;
  active: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface EstateResidentTable {
  tenant_id: string;
  id: string;
  estate_id: string;
  unit_id: string;
  role: ResidentRole;
  name: string;
  phone: string;
  id_number_masked: string | null;
  id_number_hash: string | null;
  move_in_date: string | null;
  move_out_date: string | null;
  active: number;
  version: number;
  created_at: string;
  updated_at: string;
}

// The module's tables join the platform's `Database` (declaration merging: the platform imports no module).
declare module '../../platform/db/schema.js' {
  interface Database {
    estates: EstateTable;
    estate_buildings: EstateBuildingTable;
    estate_units: EstateUnitTable;
    estate_residents: EstateResidentTable;
  }
}
