import type { UseCase } from '../../platform/context.js';
import { html, printPage } from '../../platform/print/html.js';
import { type Messages, type PrintLocale, translator } from '../../platform/print/messages.js';
import { orderFormPage } from './order.print.js';
import { atField, checkBatch } from './order-batch.service.js';

const messages: Record<PrintLocale, Messages> = {
  'zh-CN': { title: '工单表单（{n} 张）' },
  en: { title: 'Order forms ({n})' },
};

/** Each form on a sheet of its own when printed. */
const PAGED = `
.order-form-page + .order-form-page { break-before: page; page-break-before: always; }
@media screen { .order-form-page + .order-form-page { border-top: 1px dashed #999; margin-top: 24px; padding-top: 24px; } }
`;

/**
 * The forms of the ticked orders in one printable page, each on its own sheet, in the order asked; each is
 * the single order's own form (`orderFormPage`). An order the caller may not read refuses the whole print
 * (404 outside their offices, 403 inside), naming it by its place (`ids.2`).
 */
export async function renderOrderForms(ctx: UseCase, ids: readonly string[], locale: PrintLocale): Promise<string> {
  checkBatch(ids, 'ids', (i) => `ids.${i}`);
  const pages = [];
  for (const [i, id] of ids.entries()) {
    try {
      pages.push(await orderFormPage(ctx, id, locale));
    } catch (e) {
      throw atField(e, `ids.${i}`);
    }
  }
  const t = translator(messages, locale);
  return printPage({
    lang: locale,
    title: t('title', { n: pages.length }),
    body: html`${pages.map((p) => html`<section class="order-form-page">${p.body}</section>`)}`,
    css: [pages[0]?.css ?? '', PAGED].join('\n'),
  });
}
