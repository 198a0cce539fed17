// A ledger as Excel: the kind's own fields as columns, in the page's words (the web's locale files).
import enLedgers from '../../../web/src/locales/en/ledgers.json' with { type: 'json' };
import zhLedgers from '../../../web/src/locales/zh-CN/ledgers.json' with { type: 'json' };
import type { UseCase } from '../../platform/context.js';
import { everyRow } from '../../platform/export/rows.js';
import { webWords } from '../../platform/export/words.js';
import { type Column, timeColumn, toWorkbook } from '../../platform/export/xlsx.js';
import type { PrintLocale } from '../../platform/print/messages.js';
import { tenantZone } from '../../platform/tenancy.js';
import { type EntryListInput, listEntries } from './ledger-entry.service.js';
import { loadKind } from './ledger-kind.service.js';

type Row = Awaited<ReturnType<typeof listEntries>>['items'][number];

const CATALOGUES = { 'zh-CN': { ledgers: zhLedgers }, en: { ledgers: enLedgers } };

/**
 * The entries the list selects with these filters (every page) as one sheet: the day, the station, each field of the
 * kind over all its versions, the writer and the time; voided entries only when asked, with who voided them and why.
 */
export async function exportEntries(ctx: UseCase, f: Omit<EntryListInput, 'page' | 'pageSize'>, locale: PrintLocale): Promise<Buffer> {
  let columns: Awaited<ReturnType<typeof listEntries>>['columns'] = [];
  const rows = await everyRow(async (page, pageSize) => {
    const r = await listEntries(ctx, { ...f, page, pageSize });
    columns = r.columns;
    return r;
  });
  const kind = await loadKind(ctx, f.kindId);
  const t = webWords(CATALOGUES, locale);
  // a built-in kind's words come from the locale files; a station's own kind is named as the station wrote it
  const word = (key: string, fallback: string) => {
    if (!kind.builtin) return fallback;
    const w = t(`ledgers:builtin.${kind.code}.${key}`);
    return w.startsWith('ledgers:') ? fallback : w;
  };
  const zone = await tenantZone(ctx);
  const cols: Column<Row>[] = [
    { header: t('ledgers:entries.occurredOn'), width: 12, value: (r) => r.occurredOn },
    { header: t('ledgers:entries.station'), width: 20, value: (r) => r.orgName },
    ...columns.map(
      (c): Column<Row> => ({
        header: word(`fields.${c.key}`, c.label),
        width: c.type === 'longtext' ? 40 : 16,
        value: (r) => {
          const v = r.display[c.key] ?? '';
          if (c.type === 'select' && kind.builtin && v) {
            const i = c.options.indexOf(v);
            return i < 0 ? v : word(`options.${c.key}.${i}`, v);
          }
          if (c.type === 'number' && typeof r.values[c.key] === 'number') return r.values[c.key] as number;
          return v;
        },
      }),
    ),
    { header: t('ledgers:entries.writtenBy'), width: 10, value: (r) => r.writtenByName },
    timeColumn<Row>(t('ledgers:entries.writtenAt'), (r) => r.writtenAt, zone),
  ];
  if (f.includeVoided)
    cols.push(
      timeColumn<Row>(t('ledgers:entries.voidedAt'), (r) => r.voidedAt, zone),
      { header: t('ledgers:entries.voidedBy'), width: 10, value: (r) => r.voidedByName },
      { header: t('ledgers:entries.voidReason'), width: 30, value: (r) => r.voidReason },
    );
  return toWorkbook(word('name', kind.name).slice(0, 31), cols, rows);
}
