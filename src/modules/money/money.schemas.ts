import { z } from 'zod';
import { exportLang } from '../../platform/export/route.js';
import { reason } from '../../platform/http/common.schemas.js';
import { listQuery, pageOf } from '../../platform/http/list.js';
import { fenSchema } from '../../platform/money.js';
import { HANDOVER_STATES, REMITTANCE_STATES } from './custody.machine.js';
import { PAYMENT_METHODS } from './payment-methods.js';
import { BOOK_STATES, RECEIPT_LINE_KEYS, REQUEST_STATES } from './receipt-book.types.js';

const bookNo = z.number().int().min(1).max(9_999_999);

export const bookSchema = z.object({
  id: z.string(),
  series: z.string(),
  firstNo: z.number().int(),
  lastNo: z.number().int(),
  nextNo: z.number().int().describe('The number the next receipt takes'),
  state: z.enum(BOOK_STATES),
  holderOrgId: z.string(),
  holderName: z.string(),
  cashierId: z.string().nullable(),
  cashierName: z.string().nullable(),
  requestId: z.string().nullable(),
  registeredAt: z.string(),
  issuedAt: z.string().nullable(),
  usedUpAt: z.string().nullable(),
  settledAt: z.string().nullable(),
  settledBy: z.string().nullable(),
  version: z.number().int(),
  size: z.number().int(),
  used: z.number().int(),
  abilities: z.object({ issue: z.boolean(), settle: z.boolean() }),
});
export const bookDetailSchema = bookSchema.extend({ stubs: z.array(z.number().int()).describe('Numbers issued or voided') });
export const registerBookBody = z.strictObject({
  orgId: z.uuid().describe('The finance node that keeps the book in stock'),
  series: z
    .string()
    .trim()
    .min(1)
    .max(10)
    .regex(/^[A-Z0-9]+$/, 'capital letters and digits'),
  firstNo: bookNo,
  lastNo: bookNo,
});
export const bookQuery = z.strictObject({ state: z.enum(BOOK_STATES).optional() });
/** The books list's filter, and the language of the file. */
export const bookExportQuery = bookQuery.extend({ lang: exportLang });
/** The remittances list has no filters: only the language of the file. */
export const remittanceExportQuery = z.strictObject({ lang: exportLang });

export const requestSchema = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  requestedBy: z.string(),
  requestedByName: z.string(),
  cashierId: z.string(),
  cashierName: z.string(),
  reason: z.string(),
  state: z.enum(REQUEST_STATES),
  bookId: z.string().nullable(),
  declineReason: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  abilities: z.object({ issue: z.boolean(), decline: z.boolean() }).describe('Finance at the requesting node may decide it now'),
});
export const requestBookBody = z.strictObject({ orgId: z.uuid(), cashierId: z.uuid().describe('Who will write receipts from it'), reason });
export const issueBookBody = z.strictObject({ bookId: z.uuid() });
export const declineBody = z.strictObject({ reason });

/** A line of a receipt, written or still to be written. */
export const receiptItemSchema = z.object({
  name: z.string().describe('The item as its record names it'),
  amountFen: fenSchema,
  key: z.enum(RECEIPT_LINE_KEYS).optional().describe('A fixed line (材料费), named in the reader’s language'),
});

export const receiptSchema = z.object({
  id: z.string(),
  bookId: z.string(),
  seqNo: z.number().int(),
  number: z.string().describe('Printed number, e.g. A-0001234'),
  officeId: z.string(),
  officeName: z.string(),
  payer: z.string(),
  items: z.array(receiptItemSchema),
  amountFen: fenSchema,
  method: z.string(),
  cashierId: z.string(),
  cashierName: z.string(),
  issuedAt: z.string(),
  orderId: z.string().nullable(),
  paymentId: z.string().nullable(),
  voidedAt: z.string().nullable(),
  voidReason: z.string().nullable(),
  voidedBy: z.string().nullable(),
  reprints: z.number().int(),
  abilities: z
    .object({ void: z.boolean(), replace: z.boolean() })
    .describe('void: the cashier who wrote it, while it is live; replace: a cashier of the office, once it is void'),
});
export const receiptDetailSchema = receiptSchema;
const receiptFilters = {
  bookId: z.uuid().optional(),
  orderId: z.uuid().optional().describe('The receipts of one order: the one in force and any voided'),
  from: z.union([z.iso.date(), z.iso.datetime()]).optional().describe('From this business date (the organisation’s day) or instant'),
  to: z.union([z.iso.date(), z.iso.datetime()]).optional().describe('Up to and including this business date, or before this instant'),
};
/** The receipts list: a page at a time, newest first unless sorted otherwise; `q` finds a number or payer. */
export const receiptQuery = listQuery(['issuedAt', 'number', 'amountFen'], receiptFilters);
/** The Excel export takes the list's filters, search and sort, and writes every matching receipt. */
export const receiptExportQuery = receiptQuery.omit({ page: true, pageSize: true }).extend({ lang: exportLang });
export const receiptPage = pageOf(receiptSchema);
export const voidBody = z.strictObject({ reason });

const holdingSchema = z.object({
  paymentId: z.string(),
  orderId: z.string().nullable(),
  officeId: z.string(),
  payer: z.string(),
  amountFen: fenSchema,
  holderId: z.string(),
  holderName: z.string(),
  since: z.string(),
  receiptId: z.string().nullable(),
  remittanceId: z.string().nullable(),
  settledAt: z.string().nullable(),
  collectedAt: z.string().describe('When the payment was collected'),
});
export const cashInHandSchema = z.array(
  z.object({
    holderId: z.string(),
    holderName: z.string(),
    amountFen: fenSchema.describe('Cash this person holds now'),
    since: z.string().describe('Held since (oldest)'),
    payments: z.array(holdingSchema),
  }),
);
export const handoverSchema = z.object({
  id: z.string(),
  officeId: z.string(),
  fromId: z.string(),
  fromName: z.string(),
  toId: z.string(),
  toName: z.string(),
  amountFen: fenSchema,
  paymentIds: z.array(z.string()),
  state: z.enum(HANDOVER_STATES),
  note: z.string().nullable(),
  withForm: z.boolean().describe('The giver stated that the form (家政服务表) travels with the money (A7.4.7)'),
  offeredAt: z.string(),
  decidedAt: z.string().nullable(),
  abilities: z.object({ confirm: z.boolean(), refuse: z.boolean() }).describe('The caller received it and it is still offered'),
});
/** Where one payment's money went (A7.4.7): its holder now, the hand-overs that carried it, its remittances to finance. */
export const cashTrailSchema = z.object({
  amountFen: fenSchema,
  collectedAt: z.string().describe('When the payment was collected'),
  holderId: z.string(),
  holderName: z.string().describe('Who holds the money now: the finance custodian who confirmed its remittance, once settled'),
  since: z.string().describe('Held by them since'),
  settledAt: z.string().nullable().describe('When finance confirmed the remittance that took it'),
  handovers: z
    .array(
      z.object({
        id: z.string(),
        fromName: z.string(),
        toName: z.string(),
        state: z.enum(HANDOVER_STATES).describe('offered: waiting for the receiver to confirm; the money is still the giver’s'),
        withForm: z.boolean().describe('The form (家政服务表) went with the money'),
        note: z.string().nullable().describe('The giver’s note, or the receiver’s reason for refusing'),
        offeredAt: z.string(),
        decidedAt: z.string().nullable(),
      }),
    )
    .describe('Every hand-over that carried it, oldest first'),
  remittances: z
    .array(
      z.object({
        id: z.string(),
        state: z.enum(REMITTANCE_STATES),
        cashierName: z.string(),
        createdAt: z.string(),
        confirmedBy: z.string().nullable(),
        confirmedAt: z.string().nullable(),
        returnedBy: z.string().nullable(),
        returnedAt: z.string().nullable(),
        returnReason: z.string().nullable(),
      }),
    )
    .describe('The remittances to finance it went into, oldest first (a returned one, then the one that took it again)'),
});
export const orderCashSchema = z.object({
  trail: cashTrailSchema.nullable().describe('Null while the order is unpaid, and for money paid into the office’s account'),
  receipt: z
    .object({
      state: z
        .enum(['awaiting', 'written'])
        .describe('awaiting: taken in the field without a receipt, the cashier writes it (cash when it reaches her); written'),
      number: z.string().nullable().describe('The receipt in force, once written'),
      issuedAt: z.string().nullable().describe('When it was written (ISO UTC)'),
    })
    .nullable()
    .describe('The payment’s receipt; null while unpaid, or while a voided receipt awaits its replacement'),
});
export const offerHandoverBody = z.strictObject({
  toUserId: z.uuid().describe('The next person in the cash relay: one of the receivers the office’s cash path offers'),
  paymentIds: z.array(z.uuid()).min(1).max(200),
  note: z.string().trim().max(200).optional(),
  withForm: z
    .boolean()
    .optional()
    .describe('The form travels with the money; required of field staff handing an order’s cash when the office relays (A7.4.7)'),
});
export const receiversQuery = z.strictObject({ officeId: z.uuid().describe('The office whose cash is handed over') });
export const receiversSchema = z.object({
  relay: z.boolean().describe('The office relays cash through the supervisor (`cashRelayViaSupervisor`)'),
  giverRole: z.enum(['cashier', 'supervisor', 'staff']).describe('Where the caller stands in the relay'),
  formRequired: z.boolean().describe('An order’s cash must travel with its form when the caller hands it over'),
  items: z
    .array(
      z.object({
        id: z.string(),
        displayName: z.string(),
        orgName: z.string().describe('The unit they sit in: the office’s own, or the nearest one above that takes cash'),
        role: z.enum(['cashier', 'supervisor']),
      }),
    )
    .describe('The people the caller may hand this office’s cash to: the next step of its cash path'),
});
export const remittanceSchema = z.object({
  id: z.string(),
  officeId: z.string(),
  officeName: z.string().optional(),
  cashierId: z.string(),
  cashierName: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  totalFen: fenSchema,
  state: z.enum(REMITTANCE_STATES),
  confirmedBy: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  createdAt: z.string(),
  returnReason: z.string().nullable().describe('Why finance returned it to the cashier (state `returned`)'),
  countedFen: fenSchema.nullable().describe('The amount finance counted when it returned it, if it said'),
  returnedBy: z.string().nullable().describe('Who in finance returned it'),
  returnedAt: z.string().nullable(),
  paymentIds: z
    .array(z.string())
    .optional()
    .describe('The payments in it; a returned one keeps listing them, though they are the cashier’s again'),
  payments: z
    .array(
      z.object({
        paymentId: z.string(),
        payer: z.string(),
        receiptNumber: z.string().nullable().describe('Its receipt in force'),
        amountFen: fenSchema,
        collectedAt: z.string().describe('When it was taken'),
      }),
    )
    .optional()
    .describe('Each payment as the cashier saw it when making the remittance, oldest first: what finance counts against'),
  abilities: z
    .object({ confirm: z.boolean(), return: z.boolean() })
    .describe('Finance at its office may confirm it, or return it to the cashier, now'),
});
export const createRemittanceBody = z.strictObject({
  officeId: z.uuid(),
  paymentIds: z.array(z.uuid()).min(1).max(2000),
  totalFen: fenSchema.describe('Must equal the sum of the payments'),
  periodFrom: z.iso.date(),
  periodTo: z.iso.date(),
});
export const confirmRemittanceBody = z.strictObject({ receivedFen: fenSchema.describe('The amount finance counted') });
export const returnRemittanceBody = z.strictObject({
  // a blank reason is the use case's refusal (422 `remittance.reason_required` on `reason`), not a schema error
  reason: z.string().trim().max(500).describe('Why the batch goes back to the cashier (a short count, a wrong period); required'),
  countedFen: fenSchema.optional().describe('The amount finance counted, if it says'),
});

export const invoiceSchema = z.object({
  id: z.string(),
  orderId: z.string().nullable().describe('The order invoiced; null for a monthly statement’s invoice'),
  statementId: z.string().nullable().describe('The monthly statement invoiced (an agreement paid monthly); null for an order’s'),
  officeId: z.string(),
  number: z.string(),
  kind: z.enum(['vat_general', 'vat_special', 'other']),
  invoiceDate: z.string(),
  amountFen: fenSchema,
  issuedBy: z.string(),
  issuedAt: z.string(),
  basisAt: z.string().describe('When the delivery deadline started to run: the order’s acceptance or the statement’s month end (A7.4.8)'),
  deliveredAt: z.string().nullable(),
  deliveredBy: z.string().nullable(),
  deliveryNote: z.string().nullable(),
});
export const orderInvoiceSchema = z.object({
  invoice: invoiceSchema.nullable().describe('The order’s invoice; null until the cashier records it'),
  delivery: z
    .object({
      hours: z.number().int().describe('The office’s invoiceDeliveryHours in force'),
      dueAt: z.string().describe('The invoice must reach the owner by then: acceptance + hours (ISO UTC)'),
      overdue: z.boolean().describe('Past the deadline and not delivered: a breach now (the rule the monitor counts)'),
      deadlineMissed: z.boolean().describe('The deadline passed and was missed: not delivered, or delivered after it'),
    })
    .nullable()
    .describe('Where the order stands against A7.4.8; null before acceptance, when cancelled, or invoiced on a monthly statement'),
  checkedAt: z.string().describe('The server’s time the deadline was judged at (ISO UTC; a demo server’s clock may be moved)'),
  mayRecord: z
    .boolean()
    .describe('The caller may record (and deliver) this order’s invoice: a cashier, or the technician on a GPS job (A4.4.9)'),
});
export const recordInvoiceBody = z.strictObject({
  number: z.string().trim().min(4).max(30).describe('The number printed on the invoice'),
  date: z.iso.date(),
  kind: z.enum(['vat_general', 'vat_special', 'other']).describe('增值税普通发票, 增值税专用发票, other'),
  amountFen: fenSchema.describe('Must equal the order total (or the statement’s amount)'),
});
export const deliverBody = z.strictObject({ note: z.string().trim().max(200).optional().describe('How it reached the owner') });
/** The checks of one unit (the reconciliation's), or of everywhere the caller sees. */
export const checksQuery = z.strictObject({ officeId: z.uuid().optional().describe('The unit chosen on the reconciliation page') });
export const periodQuery = z.strictObject({ officeId: z.uuid(), from: z.iso.date(), to: z.iso.date() });
export const periodExportQuery = periodQuery.extend({ lang: z.enum(['zh-CN', 'en']).optional() });
const difference = z.object({
  kind: z.string(),
  ref: z.string().describe('Order, receipt or invoice number, or the remittance’s cashier and period'),
  amountFen: z.number().int().describe('The amount concerned; for a …_differs kind, the recorded one'),
  expectedFen: z.number().int().nullable().describe('For a …_differs kind: what the amount should be'),
});
export const reconciliationSchema = z.object({
  officeId: z.string(),
  officeName: z.string(),
  from: z.string(),
  to: z.string(),
  totals: z.record(z.string(), z.number().int()),
  differences: z.array(difference),
});
export const checksSchema = z.object({
  notReturned: z.array(
    z.object({
      bookId: z.string(),
      series: z.string(),
      firstNo: z.number().int(),
      holderName: z.string(),
      cashierName: z.string().nullable(),
      usedUpAt: z.string(),
      days: z.number().int(),
    }),
  ),
  gaps: z.array(z.object({ bookId: z.string(), series: z.string(), holderName: z.string(), missing: z.array(z.number().int()) })),
  lateInvoices: z.array(
    z.object({
      orderId: z.string(),
      orderNumber: z.string(),
      customerName: z.string(),
      officeName: z.string(),
      acceptedAt: z.string(),
      dueAt: z.string(),
      invoiceNumber: z.string().nullable(),
    }),
  ),
});

export const statementSchema = z.object({
  id: z.string(),
  agreementId: z.string(),
  officeId: z.string(),
  customerName: z.string(),
  month: z.string().describe('YYYY-MM in the organisation’s zone: the visits accepted in it'),
  label: z.string().describe('How lists and histories name it: month and owner'),
  periodStart: z.string(),
  periodEnd: z.string().describe('The month’s end: the statement is final, and its invoice’s deadline starts to run'),
  amountFen: fenSchema.describe('Sum of its visits’ totals'),
  visitCount: z.number().int(),
  version: z.number().int(),
  paymentId: z.string().nullable(),
  paidAt: z.string().nullable(),
  paidMethod: z.string().nullable(),
  paidByName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  visits: z.array(
    z.object({ orderId: z.string(), orderNumber: z.string(), acceptedAt: z.string(), amountFen: fenSchema, statementId: z.string() }),
  ),
  receiptNumber: z.string().nullable().describe('The receipt of its payment'),
  invoice: z.object({ id: z.string(), number: z.string(), invoiceDate: z.string(), deliveredAt: z.string().nullable() }).nullable(),
  final: z.boolean().describe('The month is over: it can be paid and invoiced'),
  dueAt: z.string().describe('The invoice must reach the owner by then: month end + invoiceDeliveryHours (A7.4.8)'),
  invoiceLate: z.boolean().describe('Past the deadline and the invoice not delivered'),
  abilities: z.object({ pay: z.boolean(), recordInvoice: z.boolean(), deliverInvoice: z.boolean() }),
});
export const payStatementBody = z.strictObject({
  version: z.number().int().min(1).describe('The statement version seen'),
  amountFen: fenSchema.describe('Must equal the statement amount'),
  method: z.enum(PAYMENT_METHODS),
});
