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
/** A stored field's name as the catalogues name it: some records are audited as rows (`recorded_by` → `recordedBy`). */
export const fieldName = (key: string) => key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
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
  for (const key of fields) {
    const field = fieldName(key);
    if (NOISE.has(field)) continue;
    const was = b[key];
    const now = a[key];
    if (!SUBJECT.has(field) && isRecord(before) && isRecord(after) && key in b && key in a && same(was, now)) continue;
    if (was === undefined && now === undefined) continue;
    // a creation lists what was set, a removal what was there: a field left empty was neither
    if (!isRecord(before) && isEmpty(now)) continue;
    if (!isRecord(after) && isEmpty(was)) continue;
    changes.push({ field, before: was, after: now });
  }
  return changes.some((c) => c.field === 'orgId') ? changes.filter((c) => c.field !== 'orgName') : changes;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every id an event's values hold, however deep (a row's `recorded_by`, a list's `memberIds`), for their names. */
export function mentionedIds(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    if (UUID.test(value)) into.add(value);
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
  yes: string;
  no: string;
  /** An instant as the organisation's local time. */
  instant(iso: string): string;
  money(fen: number): string;
  listSeparator: string;
  /** The name of a user or organisation node by its id. */
  named?(id: string): string | undefined;
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
  if (typeof value === 'number') return field.endsWith('Fen') ? w.money(value) : String(scaled(field, value));
  if (typeof value === 'string') {
    const inner = jsonText(value);
    if (inner !== undefined) return valueText(field, inner, w);
    if (UUID.test(value)) return w.named?.(value) ?? value;
    return ISO_INSTANT.test(value) ? w.instant(value) : value;
  }
  if (Array.isArray(value)) return value.map((v) => (isRecord(v) ? lineText(v, w) : valueText('', v, w))).join(w.listSeparator);
  if (isRecord(value))
    return recordFields(value)
      .map(([k, v]) => `${w.field(k)}：${valueText(k, v, w)}`)
      .join(w.listSeparator);
  return String(value);
}

/**
 * A record's fields as a reader is told them, by their catalogue names: neither empty ones, bookkeeping nor ids (an
 * approval step's `by` is said by its `byName`, an assignment's `staff` by its `staffNames`).
 */
export function recordFields(value: Record<string, unknown>): (readonly [string, unknown])[] {
  const entries = Object.entries(value).map(([k, v]) => [fieldName(k), v] as const);
  const names = new Set(entries.map(([k]) => k));
  return entries.filter(
    ([k, v]) => !isEmpty(v) && !NOISE.has(k) && !k.endsWith('Id') && !(k === 'by' && names.has('byName')) && !names.has(`${k}Names`),
  );
}

/** A number kept scaled to stay whole (`areaMilli`, `hoursTenths`) as it is read. */
export const scaled = (field: string, n: number) => (field.endsWith('Milli') ? n / 1000 : field.endsWith('Tenths') ? n / 10 : n);

/** A record or list kept as JSON text (a report's sections, a ledger entry's fields), or undefined for other text. */
export function jsonText(value: string): unknown {
  if (!/^\s*[[{]/.test(value)) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** A line of an order or a list: its name, quantity and amount; a person with the rest said of them; a line without a name reads as its fields. */
function lineText(line: Record<string, unknown>, w: HistoryWords): string {
  // a person in a list (a meeting's attendee) with what is said of them
  if (typeof line.displayName === 'string') {
    const { displayName, ...rest } = line;
    const more = valueText('', rest, w);
    return more ? `${displayName}（${more}）` : displayName;
  }
  const name = line.itemName ?? line.name;
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
