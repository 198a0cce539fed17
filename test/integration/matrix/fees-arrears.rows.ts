import type { Matrix, Row } from '../../support/matrix.js';

/** Property fees, arrears: see test/support/matrix.ts for the agents. */
export const feesArrearsRows = (_m: Matrix): Row[] => [];
