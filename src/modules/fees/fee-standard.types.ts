import type { FeeStandard } from './fee.types.js';

/** Who took a step of a standard's approval, and when (the detail page's timeline). */
export interface StandardStep {
  by: string | null;
  byName: string | null;
  at: string | null;
}

/** A standard as stored, with the steps of its approval (A2.3: each step recorded and shown). */
export interface FeeStandardRecord extends Omit<FeeStandard, 'rates'> {
  tenantId: string;
  submitted: StandardStep;
  reviewed: StandardStep;
  approved: StandardStep;
  returned: StandardStep;
  returnReason: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}
