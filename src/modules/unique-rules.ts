import type { UniqueRule } from '../platform/db/unique-rules.js';

/**
 * Every unique index that guards a business rule, and the refusal it stands for. Each service checks
 * its rule before writing (with the same code); this answer covers the writer who passed that check
 * at the same moment as another (PostgreSQL runs them side by side) and the rules no check covers.
 * Indexes on random ids, counters and job keys (written with `on conflict do nothing`) are not rules.
 * A new unique index that a request can run into gets its line here; a test checks each line names a
 * real unique index on both engines.
 */
export const UNIQUE_RULES: UniqueRule[] = [
  { index: 'org_nodes_code', kind: 'conflict', code: 'org.code_taken', field: 'code', message: 'this code is already used' },
  { index: 'users_username', kind: 'conflict', code: 'user.username_taken', field: 'username', message: 'this username is taken' },
  { index: 'roles_code', kind: 'conflict', code: 'role.code_taken', field: 'code', message: 'this role code is taken' },
  { index: 'service_items_code', kind: 'conflict', code: 'item.code_taken', field: 'code', message: 'this item code is taken' },
  // two people starting the office's next list at once both pass the "one in preparation" check
  {
    index: 'price_lists_office_number',
    kind: 'conflict',
    code: 'pricelist.open_exists',
    message: 'this office already has a price list in preparation',
  },
  // two payments of one order: the second is the one that lost the race, as the version check says on SQLite
  {
    index: 'order_payments_order',
    kind: 'conflict',
    code: 'record.version_conflict',
    message: 'the order was changed by someone else; reload',
  },
  {
    index: 'receipt_books_series',
    kind: 'conflict',
    code: 'book.range_overlaps',
    field: 'firstNo',
    message: 'another book of this series starts at this number',
  },
  // a payment has one receipt that is not void: a voided receipt is replaced once
  {
    index: 'receipts_payment',
    kind: 'conflict',
    code: 'receipt.already_replaced',
    message: 'this payment already has a receipt that is not void',
  },
  {
    index: 'remittance_payments_pk',
    kind: 'conflict',
    code: 'remittance.payment_already_remitted',
    field: 'paymentIds',
    message: 'a payment of the batch was already remitted',
  },
  { index: 'invoices_order', kind: 'conflict', code: 'invoice.exists', message: 'this order already has an invoice' },
  { index: 'invoices_statement', kind: 'conflict', code: 'invoice.exists', message: 'this monthly statement already has an invoice' },
  {
    index: 'invoices_number',
    kind: 'conflict',
    code: 'invoice.number_taken',
    field: 'number',
    message: 'this invoice number is recorded on another order',
  },
  {
    index: 'callback_follow_ups_callback',
    kind: 'conflict',
    code: 'callback.follow_up_exists',
    message: 'this callback already has a follow-up',
  },
];
