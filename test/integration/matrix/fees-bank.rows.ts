import type { Matrix, Row } from '../../support/matrix.js';

/** Property fees, bank: see test/support/matrix.ts for the agents. */
export const feesBankRows = (_m: Matrix): Row[] => [];
