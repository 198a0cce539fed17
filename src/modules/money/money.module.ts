import { hasAnywhere } from '../../platform/authz/access.js';
import type { ModuleManifest } from '../../platform/modules.js';
import { custodyMonitors } from './custody.monitors.js';
import { getInvoice } from './invoice.service.js';
import { moneyMigrations } from './migrations/money.migrations.js';
import { moneyMonitorMigrations } from './migrations/money-monitors.migrations.js';
import { moneyReceiptsDueMigrations } from './migrations/money-receipts-due.migration.js';
import { moneyRelayMigrations } from './migrations/money-relay.migrations.js';
import { moneyRemittanceReturnMigrations } from './migrations/money-remittance-return.migration.js';
import { moneyStatementMigrations } from './migrations/money-statements.migrations.js';
import { seedBooks } from './money.demo.js';
import { moneyMonitors } from './money.monitors.js';
import {
  FINANCE_CUSTODIAN,
  moneyPermissions,
  moneyRoleDefaults,
  RECEIPTS_ISSUE,
  RECEIPTS_READ,
  RECEIPTS_REQUEST,
} from './money.permissions.js';
import { moneyRecordRefs } from './money.records.js';
import { moneyRoutes } from './money.routes.js';
import { readBookRequest, readHandover, readRemittance, readStatement } from './money-history.service.js';
import { moneyReportRoutes } from './money-reports.routes.js';
import { moneyTodos } from './money-workbench.service.js';
import { getReceipt } from './receipt.service.js';
import { getBook } from './receipt-book.service.js';
import { receiptDueRoutes } from './receipt-due.routes.js';

/** Receipt books, receipts, cash custody, hand-overs, remittances, invoices and monthly statements (A2.4.2–A2.4.3, A7.4.7–8). */
export const moneyModule: ModuleManifest = {
  name: 'money',
  clauses: ['A2.4.2.3', 'A2.4.2.4', 'A2.4.2.5', 'A2.4.3', 'A7.4.7', 'A7.4.8', 'X3', 'X4'],
  migrations: [
    moneyMigrations,
    moneyMonitorMigrations,
    moneyRelayMigrations,
    moneyStatementMigrations,
    moneyRemittanceReturnMigrations,
    moneyReceiptsDueMigrations,
  ],
  permissions: moneyPermissions,
  roleDefaults: moneyRoleDefaults,
  routes(app) {
    moneyRoutes(app);
    moneyReportRoutes(app);
    receiptDueRoutes(app);
  },
  monitors: [...moneyMonitors, ...custodyMonitors],
  provided: [
    {
      clauseId: 'X3',
      key: 'money.printed_receipts',
      description: 'a receipt prints on an 80 mm slip, or on A4 with the stub and the customer’s copy, each with the payee’s seal',
      test: 'test/e2e/forms.e2e.ts',
    },
  ],
  enforced: [
    {
      clauseId: 'A2.4.2.3',
      code: 'statement.amount_mismatch',
      description: 'a monthly statement is paid at its total',
      test: 'test/integration/invoice-lateness.test.ts',
    },
    {
      clauseId: 'A2.4.2.4',
      code: 'remittance.total_mismatch',
      description: 'a remittance’s stated total equals the payments in it',
      test: 'test/integration/custody.test.ts',
    },
    {
      clauseId: 'A2.4.2.4',
      code: 'remittance.received_mismatch',
      description: 'finance confirms a remittance only for the amount it states',
      test: 'test/integration/custody.test.ts',
    },
    {
      clauseId: 'A2.4.2.5',
      code: 'receipt.no_open_book',
      description: 'a receipt comes only from a numbered receipt book the cashier holds',
      test: 'test/integration/receipts.test.ts',
    },
    {
      clauseId: 'A2.4.2.5',
      code: 'remittance.no_receipt',
      description: 'a payment is remitted only once its receipt is written',
      test: 'src/modules/money/custody.rules.test.ts',
    },
    {
      clauseId: 'A2.4.3',
      code: 'book.range_overlaps',
      description: 'two receipt books of one series never share a number',
      test: 'test/integration/receipts.test.ts',
    },
    {
      clauseId: 'A2.4.3',
      code: 'book.invalid_transition',
      description: 'a book is settled only once it is used up',
      test: 'test/integration/receipts.test.ts',
    },
    {
      clauseId: 'A7.4.7',
      code: 'handover.relay_broken',
      description: 'field cash goes from the staff to the supervisor, then to the cashier',
      test: 'test/integration/cash-relay.test.ts',
    },
    {
      clauseId: 'A7.4.7',
      code: 'handover.form_required',
      description: 'field cash is handed on with its form',
      test: 'test/integration/cash-relay.test.ts',
    },
    {
      clauseId: 'A7.4.8',
      code: 'invoice.amount_mismatch',
      description: 'the invoice amount equals the order’s total',
      test: 'test/integration/invoices.test.ts',
    },
    {
      clauseId: 'X4',
      code: 'handover.duplicate_payment',
      description: 'a hand-over counts each payment once, so the cash handed on adds up to what was collected',
      test: 'src/modules/money/custody.rules.test.ts',
    },
    {
      clauseId: 'X4',
      code: 'remittance.duplicate_payment',
      description: 'a remittance counts each payment once, so its total adds up to what was collected',
      test: 'src/modules/money/custody.rules.test.ts',
    },
  ],
  demo: seedBooks,
  todos: moneyTodos,
  historyReaders: {
    receipt: getReceipt,
    invoice: getInvoice,
    book: getBook,
    book_request: readBookRequest,
    handover: readHandover,
    remittance: readRemittance,
    statement: readStatement,
  },
  // a payment by its receipt, payer and amount wherever it is named (a hand-over's, a remittance's, a parking charge's)
  recordRefs: moneyRecordRefs,
  uniqueRules: [
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
    // a payment is in one remittance at a time: a returned one lets it go into the next
    {
      index: 'remittance_payments_live',
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
  ],
  abilities(a) {
    const any = (...perms: string[]) => perms.some((p) => hasAnywhere(a, p));
    return {
      receipts: any(RECEIPTS_READ, RECEIPTS_ISSUE, RECEIPTS_REQUEST, FINANCE_CUSTODIAN),
      issueReceipts: any(RECEIPTS_ISSUE),
      // the list pages' create buttons; what may be done to each record comes with the record
      requestBooks: any(RECEIPTS_REQUEST),
      // the requests for books: those who ask and the custodian who issues; readers of receipts see the books only
      bookRequests: any(RECEIPTS_REQUEST, FINANCE_CUSTODIAN),
      registerBooks: any(FINANCE_CUSTODIAN),
    };
  },
};
