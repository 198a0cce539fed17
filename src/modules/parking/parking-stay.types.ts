import type { StaySource, StayState } from './parking.types.js';

/** 停车记录: one stay of a car in a car park, as the gate recorded or imported it, and how it was settled. */
export interface ParkingStay {
  tenantId: string;
  id: string;
  officeId: string;
  estateId: string;
  carParkId: string;
  /** Normalised (沪A12345). */
  plate: string;
  /** ISO instants; no entry for an `unmatched` exit, no exit while `parked`. */
  enteredAt: string | null;
  exitedAt: string | null;
  source: StaySource;
  recordKey: string;
  importId: string | null;
  vehicleId: string | null;
  passId: string | null;
  standardId: string | null;
  /** Fen; null while parked, for an unmatched exit and when no standard was in force. */
  chargeFen: number | null;
  state: StayState;
  collectionId: string | null;
  waiveReason: string | null;
  waivedBy: string | null;
  waivedByName: string | null;
  waivedAt: string | null;
  recordedBy: string;
  recordedByName: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A car park's gate mapping: the header text of each column of its gate system's export. */
export interface GateMappingRecord {
  carParkId: string;
  plateColumn: string;
  enteredColumn: string;
  exitedColumn: string;
  recordColumn: string;
  version: number;
  updatedBy: string;
  updatedAt: string;
}

/** One import of a gate export and what it did. */
export interface GateImport {
  tenantId: string;
  id: string;
  officeId: string;
  carParkId: string;
  fileName: string;
  fileSha256: string;
  rows: number;
  added: number;
  completed: number;
  unchanged: number;
  unmatched: number;
  importedBy: string;
  importedByName: string;
  importedAt: string;
}
