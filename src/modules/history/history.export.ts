// One catalogue of action and field names for the history drawer and the history file: the web's.
import en from '../../../web/src/locales/en/history.json' with { type: 'json' };
import zh from '../../../web/src/locales/zh-CN/history.json' with { type: 'json' };
import { toWorkbook } from '../../platform/export/xlsx.js';
import { formatFen } from '../../platform/money.js';
import type { PrintLocale } from '../../platform/print/messages.js';
import { localDateTime } from '../../platform/time.js';
import { type HistoryEventFacts, type HistoryRow, type HistoryWords, historyRows } from './history.rules.js';

type Catalogue = typeof zh;
const CATALOGUES: Record<PrintLocale, Catalogue> = { 'zh-CN': zh, en };

function wordsOf(c: Catalogue, timeZone: string, named: (id: string) => string | undefined): HistoryWords {
  const actions = c.actions as Record<string, Record<string, string> | undefined>;
  const fields = c.fields as Record<string, string | undefined>;
  return {
    action: (code) => {
      const dot = code.indexOf('.');
      return actions[code.slice(0, dot)]?.[code.slice(dot + 1)] ?? code;
    },
    field: (name) => fields[name] ?? name,
    yes: c.export.yes,
    no: c.export.no,
    instant: (iso) => localDateTime(iso, timeZone),
    money: formatFen,
    listSeparator: c.export.listSeparator,
    named,
  };
}

/** A record's history as an .xlsx file (X1): one row per changed field, in the organisation's local time. */
export async function historyWorkbook(
  events: readonly HistoryEventFacts[],
  locale: PrintLocale,
  timeZone: string,
  named: (id: string) => string | undefined = () => undefined,
): Promise<Buffer> {
  const c = CATALOGUES[locale];
  const rows = historyRows(events, wordsOf(c, timeZone, named));
  const col = (header: string, width: number, value: (r: HistoryRow) => string) => ({ header, width, value });
  return toWorkbook<HistoryRow>(
    c.export.sheet,
    [
      col(c.export.at, 18, (r) => r.at),
      col(c.export.actor, 14, (r) => r.actor),
      col(c.export.action, 22, (r) => r.action),
      col(c.field, 18, (r) => r.field),
      col(c.before, 30, (r) => r.before),
      col(c.after, 30, (r) => r.after),
    ],
    rows,
  );
}
