import type { StandardState } from '../fees/fee.types.js';
import type { StandardStep } from '../fees/fee-standard.types.js';
import type { SpaceOwnership } from './parking.types.js';
import type { TemporaryRate } from './parking-charge.rules.js';

/** A monthly-pass price of a standard for one kind of space (公共 prices a zone pass). */
export interface PassPrice {
  ownership: SpaceOwnership;
  /** Fen a month. */
  monthlyFen: number;
}

/**
 * 停车收费标准 of one car park as stored (A2.4.1.2): the temporary rate, the monthly-pass prices per space kind and
 * the steps of its approval, the same chain as the property-fee standards (A2.3).
 */
export interface ParkingStandardRecord {
  tenantId: string;
  id: string;
  officeId: string;
  estateId: string;
  carParkId: string;
  /** First month it charges, `YYYY-MM`. */
  effectiveMonth: string;
  rate: TemporaryRate;
  note: string;
  state: StandardState;
  submitted: StandardStep;
  reviewed: StandardStep;
  approved: StandardStep;
  returned: StandardStep;
  returnReason: string | null;
  createdBy: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}
