import type { Ok } from '../../api/types';

/** One price list with its lines and what the caller may do with it. */
export type PriceList = Ok<'/api/price-lists/{id}', 'get'>;
export type PriceListSummary = Ok<'/api/price-lists', 'get'>[number];
export type PriceListState = PriceList['state'];
export type PriceLine = PriceList['lines'][number];
export type ServiceItem = Ok<'/api/service-items', 'get'>[number];
export type ItemCategory = ServiceItem['category'];
export type PricingUnit = ServiceItem['unit'];

export const ITEM_CATEGORIES: readonly ItemCategory[] = ['housekeeping', 'paid_service'];
export const PRICING_UNITS: readonly PricingUnit[] = ['job', 'm2', 'hour', 'piece'];
/** A list being prepared: not yet posted, not superseded. */
export const IN_PREPARATION: readonly PriceListState[] = ['draft', 'submitted', 'returned', 'approved'];
