import type { Order } from './order-model';

/**
 * The i18next context for the words that name who an order is for: the plain keys speak to an owner (业主), the
 * `_customer` keys to a GPS customer (客户), the `_patient` keys to a patient and their family (患者／家属).
 */
export const partyContext = (typeDef: Pick<Order['typeDef'], 'party'> | undefined) =>
  typeDef && typeDef.party !== 'owner' ? { context: typeDef.party } : {};
