// One catalogue of action and field names for the history drawer and the history file: the web's.

import fs from 'node:fs';
import path from 'node:path';
import { booleanKey, codedKey, subjectOf } from '../../../web/src/features/history/value-codes.js';
import en from '../../../web/src/locales/en/history.json' with { type: 'json' };
import zh from '../../../web/src/locales/zh-CN/history.json' with { type: 'json' };
import { toWorkbook } from '../../platform/export/xlsx.js';
import { formatFen } from '../../platform/money.js';
import { type PrintLocale, PUNCTUATION } from '../../platform/print/messages.js';
import { PROJECT_ROOT } from '../../platform/project-root.js';
import { localDateTime } from '../../platform/time.js';
import { type HistoryEventFacts, type HistoryRow, type HistoryWords, historyRows } from './history.rules.js';

type Catalogue = typeof zh;
const CATALOGUES: Record<PrintLocale, Catalogue> = { 'zh-CN': zh, en };

/**
 * The web's other catalogues, read from its locale files at the first file that needs them (a state's words are in its
 * module's catalogue): bundled, they would sit in every idle server's memory for an export some offices never make.
 */
const catalogues = new Map<string, unknown>();
function catalogue(locale: PrintLocale, namespace: string): unknown {
  const file = path.join(PROJECT_ROOT, 'web', 'src', 'locales', locale, `${namespace}.json`);
  if (!catalogues.has(file)) catalogues.set(file, fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null);
  return catalogues.get(file);
}

/** The web's words at a catalogue key (`orders:states.quoted` → 已报价), or undefined when it has none. */
function webWord(locale: PrintLocale, where: string): string | undefined {
  const [namespace, keys] = where.split(':') as [string, string];
  let node = catalogue(locale, namespace);
  for (const key of keys.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** The words for a coded value (`quoted` → 已报价) of `entity`'s `field`, as the drawer says it. */
function codedWord(locale: PrintLocale, entity: string, field: string, value: string): string | undefined {
  const where = codedKey(entity, field, value);
  return where ? webWord(locale, where) : undefined;
}

/** The words of a record's history file in a language (a test reads every demo record's history through them). */
export function wordsOf(locale: PrintLocale, entity: string, timeZone: string, named: (id: string) => string | undefined): HistoryWords {
  const c = CATALOGUES[locale];
  const actions = c.actions as Record<string, Record<string, string> | undefined>;
  const fields = c.fields as Record<string, string | undefined>;
  const own = (c.fieldsOf as Record<string, Record<string, string> | undefined>)[entity];
  const words: HistoryWords = {
    about: (action) => {
      const subject = subjectOf(entity, action);
      return subject === entity ? words : wordsOf(locale, subject, timeZone, named);
    },
    action: (code) => {
      const dot = code.indexOf('.');
      return actions[code.slice(0, dot)]?.[code.slice(dot + 1)] ?? code;
    },
    field: (name) => own?.[name] ?? fields[name] ?? name,
    yesNo: (field, value) => webWord(locale, booleanKey(field, value)) ?? String(value),
    fileKept: c.fileKept,
    instant: (iso) => localDateTime(iso, timeZone),
    money: formatFen,
    listSeparator: c.export.listSeparator,
    labelSeparator: PUNCTUATION[locale].label,
    aside: (text, note) =>
      (webWord(locale, 'common:aside') ?? '{{text}} ({{aside}})').replace(/\{\{(text|aside)\}\}/g, (_, part) =>
        part === 'text' ? text : note,
      ),
    named,
    coded: (field, value) => codedWord(locale, entity, field, value),
  };
  return words;
}

/** A record's history as an .xlsx file (X1): one row per changed field, in the organisation's local time. */
export async function historyWorkbook(
  entity: string,
  events: readonly HistoryEventFacts[],
  locale: PrintLocale,
  timeZone: string,
  named: (id: string) => string | undefined = () => undefined,
): Promise<Buffer> {
  const c = CATALOGUES[locale];
  const rows = historyRows(events, wordsOf(locale, entity, timeZone, named));
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
