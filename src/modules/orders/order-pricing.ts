import type { Tx } from '../../platform/context.js';
import { DomainError, fieldError } from '../../platform/http/errors.js';
import { publishedPrices } from '../catalog/price-list.service.js';
import { lineAmount } from './order.rules.js';
import type { OrderLine } from './order.types.js';

/**
 * Prices requested lines from the office's posted list (A7.4.1, A2.4.2.1, A5.7): an item not on it, or a price
 * stated off it, is refused. `stated` are the unit prices the caller quoted, by line, when they quoted any.
 */
export async function pricePosted(
  tx: Tx,
  officeId: string,
  lines: OrderLine[],
  stated?: readonly ({ unitPriceFen?: number | undefined } | undefined)[],
): Promise<{ priceListId: string; lines: OrderLine[] }> {
  const posted = await publishedPrices(tx, officeId);
  if (!posted) throw new DomainError('unprocessable', 'pricelist.none_published', 'this office has no posted price list to quote from');
  return {
    priceListId: posted.list.id,
    lines: lines.map((l, i) => {
      const price = posted.lines.find((p) => p.itemId === l.itemId);
      if (!price)
        throw fieldError(
          'unprocessable',
          'order.price_not_published',
          `lines.${i}.itemId`,
          `${l.itemName} is not on the posted price list`,
        );
      const quoted = stated?.[i]?.unitPriceFen;
      if (quoted !== undefined && quoted !== price.priceFen)
        throw fieldError(
          'unprocessable',
          'order.price_not_published',
          `lines.${i}.unitPriceFen`,
          `the posted price of ${l.itemName} is ${price.priceFen} fen`,
        );
      return { ...l, unitPriceFen: price.priceFen, amountFen: lineAmount(price.priceFen, l.quantityMilli) };
    }),
  };
}
