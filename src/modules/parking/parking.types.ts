/** 地面 / 地下 / 机械: how a car park is built (a gate system and a monthly-pass price may differ by kind). */
export const CAR_PARK_KINDS = ['ground', 'underground', 'mechanical'] as const;
export type CarParkKind = (typeof CAR_PARK_KINDS)[number];

/**
 * 产权 / 租赁 / 公共: whose a parking space is. An owned space (产权车位) belongs to a unit's owner; a rented one
 * (租赁车位) is let by the office to a unit, or waits for one; a public one (公共车位) is shared, for temporary stays.
 */
export const SPACE_OWNERSHIPS = ['owned', 'rented', 'public'] as const;
export type SpaceOwnership = (typeof SPACE_OWNERSHIPS)[number];

/** 燃油 / 新能源: what the plate says of a vehicle (a new-energy plate has 8 characters, a green plate). */
export const PLATE_KINDS = ['standard', 'new_energy'] as const;
export type PlateKind = (typeof PLATE_KINDS)[number];

/** 车场: a car park of an estate. */
export interface CarPark {
  tenantId: string;
  id: string;
  officeId: string;
  estateId: string;
  /** A short code the office and a gate system name it by (P1, B1); unique within the estate. */
  code: string;
  name: string;
  kind: CarParkKind;
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** 车位: one numbered space of a car park. */
export interface ParkingSpace {
  tenantId: string;
  id: string;
  carParkId: string;
  /** As painted on the ground (A-001, B2-015); unique within the car park. */
  number: string;
  ownership: SpaceOwnership;
  /** The unit that owns or rents the space; null for a public space or a rented one waiting for a tenant. */
  unitId: string | null;
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** 车辆: a vehicle registered at an estate, with the person who holds it. */
export interface Vehicle {
  tenantId: string;
  id: string;
  officeId: string;
  estateId: string;
  /** Normalised: upper case, no spaces or dots (沪A12345, 粤BD12345); unique in the tenant among active vehicles. */
  plate: string;
  /** The unit the vehicle belongs to; null for one whose holder has no unit on the register. */
  unitId: string | null;
  /** The owner or tenant on the estate register who holds the vehicle, when they are on it. */
  holderResidentId: string | null;
  holderName: string;
  holderPhone: string;
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/**
 * A stay (一次停车) as the gate knows it: `parked` — in, not out yet; `unmatched` — an exit with no entry on record;
 * `free` — out within the free minutes (or charged 0); `pass` — a monthly-pass vehicle whose pass was valid, not
 * charged per stay; `no_standard` — out, but no approved standard was in force at the car park at its entry, so
 * nothing can be charged (the office sees it on the report); `due` — charged, not paid yet; `collected` — paid at
 * the gate with a receipt; `waived` — the charge let off, with the reason and who approved it.
 */
export const STAY_STATES = ['parked', 'unmatched', 'free', 'pass', 'no_standard', 'due', 'collected', 'waived'] as const;
export type StayState = (typeof STAY_STATES)[number];

/** How a stay reached the register: typed by the guard at the gate, or imported from the gate system's export. */
export const STAY_SOURCES = ['gate', 'import'] as const;
export type StaySource = (typeof STAY_SOURCES)[number];

/** A monthly pass (月卡) is active until the office cancels it; its months stay billed. */
export const PASS_STATES = ['active', 'cancelled'] as const;
export type PassState = (typeof PASS_STATES)[number];
