/** One changed field of a history event: the value before and after (undefined = not there). */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

// Bookkeeping every record carries; a reader wants the business fields (as the web's history drawer shows).
const NOISE = new Set(['id', 'tenantId', 'version', 'createdAt', 'updatedAt', 'path', 'depth', 'passwordHash', 'grantId', 'tokenId']);
// What an event is about (a parameter's key): shown even when it did not change.
const SUBJECT = new Set(['key']);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** No value: null, an empty text, an empty list or an empty record. */
const isEmpty = (v: unknown) =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0) || (isRecord(v) && Object.keys(v).length === 0);

/**
 * The fields an event changed, in the order they were written: a creation lists what was set (fields left
 * empty are not listed), a removal what was there, a change the fields of `after` that differ from `before`. The same rule
 * as the web's drawer (web/src/features/history/history-diff.ts), so the file says what the page says.
 */
export function diffEvent(before: unknown, after: unknown): FieldChange[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = isRecord(after) ? Object.keys(a) : Object.keys(b);
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (NOISE.has(field)) continue;
    const was = b[field];
    const now = a[field];
    if (!SUBJECT.has(field) && isRecord(before) && isRecord(after) && field in b && field in a && same(was, now)) continue;
    if (was === undefined && now === undefined) continue;
    // a creation lists what was set, a removal what was there: a field left empty was neither
    if (!isRecord(before) && isEmpty(now)) continue;
    if (!isRecord(after) && isEmpty(was)) continue;
    changes.push({ field, before: was, after: now });
  }
  return changes.some((c) => c.field === 'orgId') ? changes.filter((c) => c.field !== 'orgName') : changes;
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
  yes: string;
  no: string;
  /** An instant as the organisation's local time. */
  instant(iso: string): string;
  money(fen: number): string;
  listSeparator: string;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

/**
 * A recorded value as text for a spreadsheet cell: yuan for fen, local time for instants, lists joined, a record as
 * its fields in words (without ids: an approval's `by` is said by its `byName`, an assignment's `staff` by its
 * `staffNames`), a line as its name, quantity and amount.
 */
export function valueText(field: string, value: unknown, w: HistoryWords): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? w.yes : w.no;
  if (typeof value === 'number') return field.endsWith('Fen') ? w.money(value) : String(value);
  if (typeof value === 'string') return ISO_INSTANT.test(value) ? w.instant(value) : value;
  if (Array.isArray(value)) return value.map((v) => (isRecord(v) ? lineText(v, w) : valueText('', v, w))).join(w.listSeparator);
  if (isRecord(value))
    return Object.entries(value)
      .filter(
        ([k, v]) => v !== null && v !== undefined && !k.endsWith('Id') && !(k === 'by' && 'byName' in value) && !(`${k}Names` in value),
      )
      .map(([k, v]) => `${w.field(k)}：${valueText(k, v, w)}`)
      .join(w.listSeparator);
  return String(value);
}

/** A line of an order or a list: its name, quantity and amount; a line without a name reads as its fields. */
function lineText(line: Record<string, unknown>, w: HistoryWords): string {
  const name = line.itemName ?? line.name ?? line.displayName;
  if (!name) return valueText('', line, w);
  const quantity = typeof line.quantityMilli === 'number' ? ` × ${line.quantityMilli / 1000}` : '';
  const amount = typeof line.amountFen === 'number' ? ` ${w.money(line.amountFen)}` : '';
  return `${String(name)}${quantity}${amount}`;
}

/** The rows of a record's history file: one per changed field, or one for an event that changed none, oldest first. */
export function historyRows(events: readonly HistoryEventFacts[], w: HistoryWords): HistoryRow[] {
  return events.flatMap((e) => {
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
