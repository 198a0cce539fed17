/** How far the A2.4.2.1 monitor has verified quotes (by `quoted_at`), per tenant. */
export interface PriceCheckMarkTable {
  tenant_id: string;
  checked_through: string;
}

/** An order found quoted off its list when its quote was verified. */
export interface PriceCheckFindingTable {
  tenant_id: string;
  order_id: string;
  office_id: string;
  found_at: string;
}

// The module's tables join the platform's `Database` (declaration merging: the platform imports no module).
declare module '../../platform/db/schema.js' {
  interface Database {
    price_check_marks: PriceCheckMarkTable;
    price_check_findings: PriceCheckFindingTable;
  }
}
