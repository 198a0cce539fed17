import type { UseCase } from '../../platform/context.js';
import { type RecordRef, readRecord } from '../../platform/modules.js';
import { html, type SafeHtml } from '../../platform/print/html.js';
import { type PrintLocale, PUNCTUATION, translator } from '../../platform/print/messages.js';
import { orderFormMessages } from './order.messages.js';
import type { Order } from './order.types.js';
import { orderType } from './order-types.js';
import type { PrintRows } from './types/order-type.js';

/**
 * What an order's type puts on its printed form (X3): the form's title, and a table of the type's own
 * details with the type's notes (for example why labour is free), all from the type's file. Every field is
 * printed, an empty one as a blank to fill in by hand, as on the paper form; a detail naming another module's record
 * prints the record's label and contents from `refs` (the order's `detailRefs`: a patient's name, an order's number
 * and drugs), not its id.
 */
export function typeFormParts(
  order: Order,
  locale: PrintLocale,
  refs: Readonly<Record<string, RecordRef>> = {},
): { title: string; section: SafeHtml } {
  const def = orderType(order.type);
  const t = translator(def.print.messages, locale);
  const named = (ref: RecordRef) =>
    ref.contents?.length
      ? translator(orderFormMessages, locale)('refContents', { label: ref.label, contents: ref.contents.join(PUNCTUATION[locale].list) })
      : ref.label;
  const value = (key: string, kind: string): string => {
    const v = order.details[key];
    if (v === undefined) return '';
    if (kind === 'boolean') return t(v ? 'yes' : 'no');
    if (kind === 'select') return t(`details.${key}.${String(v)}`);
    const ref = kind === 'ref' ? refs[key] : undefined;
    return ref ? named(ref) : String(v);
  };
  const fields = def.details.fields;
  const notes = def.print.notes?.(order.details, order) ?? [];
  const section = fields.length
    ? html`<table class="type-details">${fields.map(
        (f) => html`<tr><th>${t(`details.${f.key}`)}</th><td>${value(f.key, f.kind)}</td></tr>`,
      )}</table>${notes.map((n) => html`<p class="type-note">${t(n.key, n.vars)}</p>`)}`
    : html``;
  return { title: t('title'), section };
}

/**
 * The table an order's type prints from another module's records (types/*.type.ts `print.table`), for example the
 * vehicles of an installation visit with the terminal and SIM card fitted to each; nothing for a type without one.
 */
export async function typeFormTable(ctx: UseCase, order: Order, locale: PrintLocale): Promise<SafeHtml> {
  const table = orderType(order.type).print.table;
  if (!table) return html``;
  const t = translator(orderType(order.type).print.messages, locale);
  const { rows } = ((await readRecord(ctx, table.entity, order.id)) as PrintRows | null) ?? { rows: [] };
  return html`<table class="type-table">
  <caption>${t('table.title')}</caption>
  <thead><tr>${table.columns.map((c) => html`<th>${t(`table.${c}`)}</th>`)}</tr></thead>
  <tbody>${rows.map((r) => html`<tr>${table.columns.map((c) => html`<td>${r[c] ?? ''}</td>`)}</tr>`)}</tbody>
</table>`;
}
