import type { Matrix, Row } from '../../support/matrix.js';

/** Property fees, bills: see test/support/matrix.ts for the agents. */
export const feesBillsRows = (_m: Matrix): Row[] => [];
