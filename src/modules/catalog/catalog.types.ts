/** What kind of work an item is: household services (家政) or paid repairs and the like (有偿服务). */
export const ITEM_CATEGORIES = ['housekeeping', 'paid_service', 'infusion'] as const;
export type ItemCategory = (typeof ITEM_CATEGORIES)[number];

/** Nodes that post a paid-service price list: offices and stations, and a health centre for its infusion fees (A5.7). */
export const PRICE_LISTS_AT = ['office', 'station', 'centre'] as const;

/** How an item is priced: per job, per m², per hour, per piece. */
export const PRICING_UNITS = ['job', 'm2', 'hour', 'piece'] as const;
export type PricingUnit = (typeof PRICING_UNITS)[number];

export interface ServiceItem {
  id: string;
  code: string;
  name: string;
  /** English name, for English pages and the English notice; null: the Chinese name is shown. */
  nameEn: string | null;
  category: ItemCategory;
  unit: PricingUnit;
  active: boolean;
  /** Garden works (庭院绿化施工): the supervisor collects the payment after acceptance, not the staff on site (A7.4.7). */
  supervisorCollects: boolean;
}

export const PRICE_LIST_STATES = ['draft', 'submitted', 'returned', 'approved', 'published', 'superseded'] as const;
export type PriceListState = (typeof PRICE_LIST_STATES)[number];

export interface PriceLine {
  itemId: string;
  itemCode: string;
  itemName: string;
  itemNameEn: string | null;
  category: ItemCategory;
  unit: PricingUnit;
  /** Price per unit, integer fen. */
  priceFen: number;
  note: string | null;
}

/** An office's paid-service price list (有偿服务收费标准), one version of it. */
export interface PriceList {
  id: string;
  tenantId: string;
  officeId: string;
  /** 1, 2, 3… per office: the version people refer to. */
  number: number;
  state: PriceListState;
  title: string;
  submittedAt: string | null;
  submittedBy: string | null;
  approvedAt: string | null;
  approvedBy: string | null;
  returnReason: string | null;
  publishedAt: string | null;
  supersededAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}
