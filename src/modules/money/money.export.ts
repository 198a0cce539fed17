// The money lists as Excel, in the page's own words: the web's locale files are the one catalogue.
import enCommon from '../../../web/src/locales/en/common.json' with { type: 'json' };
import enMoney from '../../../web/src/locales/en/money.json' with { type: 'json' };
import enOrders from '../../../web/src/locales/en/orders.json' with { type: 'json' };
import zhCommon from '../../../web/src/locales/zh-CN/common.json' with { type: 'json' };
import zhMoney from '../../../web/src/locales/zh-CN/money.json' with { type: 'json' };
import zhOrders from '../../../web/src/locales/zh-CN/orders.json' with { type: 'json' };
import type { UseCase } from '../../platform/context.js';
import { everyRow, withinLimit } from '../../platform/export/rows.js';
import { webWords } from '../../platform/export/words.js';
import { timeColumn, toWorkbook, yuanColumn } from '../../platform/export/xlsx.js';
import type { PrintLocale } from '../../platform/print/messages.js';
import { tenantZone } from '../../platform/tenancy.js';
import { listRemittances } from './custody.service.js';
import { listReceipts, type ReceiptFilter } from './receipt.service.js';
import { listBooks } from './receipt-book.service.js';
import type { ReceiptBook } from './receipt-book.types.js';

const CATALOGUES = {
  'zh-CN': { common: zhCommon, money: zhMoney, orders: zhOrders },
  en: { common: enCommon, money: enMoney, orders: enOrders },
};
const wordsOf = (locale: PrintLocale) => webWords(CATALOGUES, locale);

/** The receipts the list selects with these filters, search and sort (every page), as one sheet. */
export async function exportReceipts(ctx: UseCase, filters: ReceiptFilter, locale: PrintLocale): Promise<Buffer> {
  const rows = await everyRow((page, pageSize) => listReceipts(ctx, { ...filters, page, pageSize }));
  const [t, tz] = [wordsOf(locale), await tenantZone(ctx)];
  type R = (typeof rows)[number];
  return toWorkbook<R>(
    t('money:receipts.title'),
    [
      { header: t('money:receipts.number'), width: 14, value: (r) => r.number },
      { header: t('common:fields.status'), width: 10, value: (r) => (r.voidedAt ? t('money:receipts.void') : '') },
      { header: t('money:receipts.office'), width: 18, value: (r) => r.officeName },
      { header: t('money:receipts.payer'), width: 16, value: (r) => r.payer },
      yuanColumn<R>(t('money:fields.amount'), (r) => r.amountFen),
      { header: t('money:receipts.method'), width: 10, value: (r) => t(`orders:methods.${r.method}`) },
      { header: t('money:books.cashier'), width: 10, value: (r) => r.cashierName },
      timeColumn<R>(t('money:receipts.issuedAt'), (r) => r.issuedAt, tz),
      { header: t('money:receipts.voidReason'), width: 24, value: (r) => r.voidReason },
    ],
    rows,
  );
}

/** The remittances the page lists (the latest 500 of the caller's offices), as one sheet. */
export async function exportRemittances(ctx: UseCase, locale: PrintLocale): Promise<Buffer> {
  const rows = withinLimit(await listRemittances(ctx));
  const [t, tz] = [wordsOf(locale), await tenantZone(ctx)];
  type R = (typeof rows)[number];
  return toWorkbook<R>(
    t('money:remittances.title'),
    [
      { header: t('money:receipts.office'), width: 18, value: (r) => r.officeName },
      { header: t('money:books.cashier'), width: 10, value: (r) => r.cashierName },
      { header: t('money:period'), width: 24, value: (r) => `${r.periodFrom} – ${r.periodTo}` },
      yuanColumn<R>(t('money:fields.amount'), (r) => r.totalFen),
      timeColumn<R>(t('common:fields.createdAt'), (r) => r.createdAt, tz),
      { header: t('common:fields.status'), width: 10, value: (r) => t(`money:remittances.states.${r.state}`) },
      timeColumn<R>(t('money:remittances.confirmedAt'), (r) => r.confirmedAt, tz),
      // a returned one: why, and what finance counted (the page's 退回说明)
      { header: t('money:remittances.returnReason'), width: 24, value: (r) => r.returnReason },
      yuanColumn<R>(t('money:remittances.countedFen'), (r) => r.countedFen),
    ],
    rows,
  );
}

/** The receipt books the page lists (in one state, or all), as one sheet. */
export async function exportBooks(ctx: UseCase, state: ReceiptBook['state'] | undefined, locale: PrintLocale): Promise<Buffer> {
  const rows = withinLimit(await listBooks(ctx, state));
  const t = wordsOf(locale);
  type R = (typeof rows)[number];
  return toWorkbook<R>(
    t('money:books.title'),
    [
      { header: t('money:books.range'), width: 20, value: (b) => `${b.series} ${b.firstNo}–${b.lastNo}` },
      { header: t('money:books.used'), width: 10, value: (b) => `${b.used}/${b.size}` },
      { header: t('common:fields.status'), width: 10, value: (b) => t(`money:books.states.${b.state}`) },
      { header: t('money:books.holder'), width: 18, value: (b) => b.holderName },
      { header: t('money:books.cashier'), width: 10, value: (b) => b.cashierName },
    ],
    rows,
  );
}
