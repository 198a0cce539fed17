/**
 * Where the estate register's work is done: estates belong to offices (管理处), and so do the fees, parking and
 * agreements of their units. A module of that work runs at these nodes (`runsAt`): its pages are offered to a role held
 * at, inside or above an office, not to the same role in a GPS department or a health centre.
 */
export const ESTATES_RUN_AT = ['office'] as const;

/** 住宅 / 商业: what a unit is used for (fee standards may differ by use). */
export const UNIT_USES = ['residential', 'commercial'] as const;
export type UnitUse = (typeof UNIT_USES)[number];

/** 已入住 / 空置 / 装修中: whether a unit is lived in (vacant units may be billed at another rate). */
export const OCCUPANCIES = ['occupied', 'vacant', 'decorating'] as const;
export type Occupancy = (typeof OCCUPANCIES)[number];

/** 业主 / 租户: who a resident is to the unit (`renter`, since `tenant` names the hosted organisation). */
export const RESIDENT_ROLES = ['owner', 'renter'] as const;
export type ResidentRole = (typeof RESIDENT_ROLES)[number];

export interface Estate {
  tenantId: string;
  id: string;
  officeId: string;
  name: string;
  address: string;
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface Building {
  tenantId: string;
  id: string;
  estateId: string;
  name: string;
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface Unit {
  tenantId: string;
  id: string;
  estateId: string;
  buildingId: string;
  /** 单元号 (entrance); empty when the building has one. */
  entrance: string;
  floor: number;
  room: string;
  /** 建筑面积 in thousandths of a square metre. */
  areaMilli: number;
  use: UnitUse;
  occupancy: Occupancy;
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface Resident {
  tenantId: string;
  id: string;
  estateId: string;
  unitId: string;
  role: ResidentRole;
  name: string;
  phone: string;
  /** Only the masked form is kept (1101**********1234); the full number never is. */
  idNumberMasked: string | null;
  /** A keyed hash of the normalised number, to find a person by the number they show. */
  idNumberHash: string | null;
  moveInDate: string | null;
  moveOutDate: string | null;
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}
