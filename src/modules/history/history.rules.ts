// The rule of which fields an event changed, and how a record's fields are told, is the web drawer's own module
// (pure, no imports): the file says what the page says.
import {
  diffEvent,
  isFileField,
  isId,
  isRecord,
  jsonText,
  lineText,
  recordFields,
  scaled,
} from '../../../web/src/features/history/history-diff.js';

export { diffEvent, type FieldChange, fieldName } from '../../../web/src/features/history/history-diff.js';

/** Every id an event's values hold, however deep (a row's `recorded_by`, a list's `memberIds`), for their names. */
export function mentionedIds(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    if (isId(value)) into.add(value);
    else {
      const inner = jsonText(value);
      if (inner !== undefined) mentionedIds(inner, into);
    }
  } else if (Array.isArray(value)) for (const v of value) mentionedIds(v, into);
  else if (isRecord(value)) for (const v of Object.values(value)) mentionedIds(v, into);
  return into;
}

export interface HistoryEventFacts {
  at: string;
  actorName: string;
  action: string;
  before: unknown;
  after: unknown;
}

export interface HistoryRow {
  at: string;
  actor: string;
  action: string;
  field: string;
  before: string;
  after: string;
}

export interface HistoryWords {
  /** The action's name (`order.assign` → 派工), or the code when it has none. */
  action(code: string): string;
  /** The field's name (`staffCount` → 服务人数), or the field when it has none. */
  field(name: string): string;
  /** A yes/no value of a field, as the drawer says it (a record's `active`: 启用 / 已停用; any other: 是 / 否). */
  yesNo(field: string, value: boolean): string;
  /** A kept file (a drawn signature, a photo) where the event names it by id: the file is with the record. */
  fileKept: string;
  /** An instant as the organisation's local time. */
  instant(iso: string): string;
  money(fen: number): string;
  listSeparator: string;
  /** Between a field's name and its value (`服务人员：孙秀英`, `Staff: …`), the language's own. */
  labelSeparator: string;
  /** A note in brackets after a text, the language's own (`林站长（出席：是）`, `Lin (Present: Yes)`). */
  aside(text: string, note: string): string;
  /** The name of a user or organisation node by its id. */
  named?(id: string): string | undefined;
  /** The words of an event about a part of the record (an agreement's planned visit): the part's states, not the record's. */
  about?(action: string): HistoryWords;
  /** The words for a coded value of a field (`state` `quoted` → 已报价), when it has them. */
  coded?(field: string, value: string): string | undefined;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

/**
 * A recorded value as text for a spreadsheet cell: yuan for fen, local time for instants, lists joined, a record as
 * its fields in words (without ids: an approval's `by` is said by its `byName`, an assignment's `staff` by its
 * `staffNames`), a line as its name, quantity and amount.
 */
export function valueText(field: string, value: unknown, w: HistoryWords): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return w.yesNo(field, value);
  if (typeof value === 'number') return field.endsWith('Fen') ? w.money(value) : String(scaled(field, value));
  if (typeof value === 'string') {
    const inner = jsonText(value);
    if (inner !== undefined) return valueText(field, inner, w);
    if (isFileField(field) && isId(value)) return w.fileKept;
    if (isId(value)) return w.named?.(value) ?? value;
    const word = w.coded?.(field, value);
    if (word !== undefined) return word;
    return ISO_INSTANT.test(value) ? w.instant(value) : value;
  }
  if (Array.isArray(value)) {
    const say = (f: string, v: unknown) => valueText(f, v, w);
    return value.map((v) => (isRecord(v) ? lineText(v, say, w.money, w.aside) : say(field, v))).join(w.listSeparator);
  }
  if (isRecord(value))
    return recordFields(value)
      .map(([k, v]) => `${w.field(k)}${w.labelSeparator}${valueText(k, v, w)}`)
      .join(w.listSeparator);
  return String(value);
}

/** The rows of a record's history file: one per changed field, or one for an event that changed none, oldest first. */
export function historyRows(events: readonly HistoryEventFacts[], words: HistoryWords): HistoryRow[] {
  return events.flatMap((e) => {
    const w = words.about?.(e.action) ?? words;
    const head = { at: w.instant(e.at), actor: e.actorName, action: w.action(e.action) };
    const changes = diffEvent(e.before, e.after);
    if (!changes.length) return [{ ...head, field: '', before: '', after: '' }];
    return changes.map((c) => ({
      ...head,
      field: w.field(c.field),
      before: valueText(c.field, c.before, w),
      after: valueText(c.field, c.after, w),
    }));
  });
}
