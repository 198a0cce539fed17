import type { ItemCategory, PriceListState, PricingUnit } from './catalog.types.js';

export interface ServiceItemTable {
  tenant_id: string;
  id: string;
  code: string;
  name: string;
  /** The item's name on English pages and notices; null shows the Chinese name. */
  name_en: string | null;
  category: ItemCategory;
  unit: PricingUnit;
  active: number;
  supervisor_collects: number;
  created_at: string;
  updated_at: string;
}

export interface PriceListTable {
  tenant_id: string;
  id: string;
  office_id: string;
  number: number;
  state: PriceListState;
  title: string;
  submitted_at: string | null;
  submitted_by: string | null;
  approved_at: string | null;
  approved_by: string | null;
  return_reason: string | null;
  published_at: string | null;
  superseded_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface PriceListLineTable {
  tenant_id: string;
  price_list_id: string;
  item_id: string;
  price_fen: number;
  note: string | null;
}

// The module's tables join the platform's `Database` (declaration merging: the platform imports no module).
declare module '../../platform/db/schema.js' {
  interface Database {
    service_items: ServiceItemTable;
    price_lists: PriceListTable;
    price_list_lines: PriceListLineTable;
  }
}
