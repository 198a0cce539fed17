/**
 * A4.2 "保修期外维修只收零部件费用": a terminal is under warranty on a day up to and including its warranty end; one
 * with no warranty end on the register (never sold with one) is not. Days are `YYYY-MM-DD` in the tenant's zone.
 */
export function underWarranty(warrantyEnd: string | null, day: string): boolean {
  return warrantyEnd !== null && day <= warrantyEnd;
}
