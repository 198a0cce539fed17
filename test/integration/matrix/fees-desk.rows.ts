import type { Matrix, Row } from '../../support/matrix.js';

/** Property fees, desk: see test/support/matrix.ts for the agents. */
export const feesDeskRows = (_m: Matrix): Row[] => [];
