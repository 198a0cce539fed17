import type { Matrix, Row } from '../../support/matrix.js';

/** Property fees, standards: see test/support/matrix.ts for the agents. */
export const feesStandardsRows = (_m: Matrix): Row[] => [];
