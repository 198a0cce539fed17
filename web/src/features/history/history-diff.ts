/** One changed field of a history event: the value before and after (undefined = not there). */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

// Bookkeeping every record carries; a reader wants the business fields. Keys no page shows either: a gate stay's
// `recordKey` (what a re-import knows it by: `no:` and the gate's record number, or `gate:` and the stay's own id) and a
// cleaning standard's `checkKey` (what ties its versions together: `ground.litter`, `ground.01a25128`).
const NOISE = new Set([
  'id',
  'tenantId',
  'version',
  'createdAt',
  'updatedAt',
  'path',
  'depth',
  'passwordHash',
  'grantId',
  'tokenId',
  'recordKey',
  'checkKey',
]);

// What an event is about (a parameter's key): shown even when it did not change.
const SUBJECT = new Set(['key']);

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** A stored field's name as the catalogues name it: some records are audited as rows (`recorded_by` → `recordedBy`). */
export const fieldName = (key: string) => key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
/** No value: null, an empty text, an empty list or an empty record. */
const isEmpty = (v: unknown) =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0) || (isRecord(v) && Object.keys(v).length === 0);

/**
 * The fields an event changed, in the order the server wrote them (the server's history file reads them by this same
 * rule: this module imports nothing, so both sides run it). A creation lists what was set
 * (fields left empty are not listed); a removal what was there; a change, the fields of `after` that differ
 * from `before`.
 */
export function diffEvent(before: unknown, after: unknown): FieldChange[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  // When the event states an after, what it leaves out was not changed (only re-stated before).
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
  // A node's id and its name travel together; the id (shown as the name) is enough.
  return changes.some((c) => c.field === 'orgId') ? changes.filter((c) => c.field !== 'orgName') : changes;
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

/** A field holding a kept file (a drawn signature, a photo) by its id: the file is shown, or said to be kept, never its id. */
export const isFileField = (field: string) => /(BlobIds?|Photos?|^photos?)$/.test(field);

/**
 * The files an event added (a signature drawn at an acceptance, however deep in the event: an order step's `detail`),
 * by id, for the drawer to show beside the fields.
 */
export function addedFiles(before: unknown, after: unknown): string[] {
  const found = (value: unknown, into: Set<string>, key = ''): Set<string> => {
    if (typeof value === 'string' && isFileField(key) && isId(value)) into.add(value);
    else if (Array.isArray(value)) for (const v of value) found(v, into, key);
    else if (isRecord(value)) for (const [k, v] of Object.entries(value)) found(v, into, fieldName(k));
    return into;
  };
  const had = found(before, new Set());
  return [...found(after, new Set())].filter((id) => !had.has(id));
}

/** An id of a record (a uuid), which a reader wants as a name. */
export const isId = (v: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);

/**
 * A line of a list in an event (an order's item, a meeting's attendee) as words: a person with the rest said of them,
 * an item by its name, quantity and amount; a line without a name reads as its fields. `say` is the reader's words for
 * a value, `money` its words for an amount, `aside` its way of adding a note in brackets (林站长（出席：是）, Lin (Present:
 * Yes)).
 */
export function lineText(
  line: Record<string, unknown>,
  say: (field: string, value: unknown) => string,
  money: (fen: number) => string,
  aside: (text: string, note: string) => string,
): string {
  if (typeof line.displayName === 'string') {
    const { displayName, ...rest } = line;
    const more = say('', rest);
    return more ? aside(displayName, more) : displayName;
  }
  // a person's figure of a year (a year-end assessment's 年度实绩): its name and value, as the sheet lists them — minutes
  // as hours, per mille as a percentage
  if (typeof line.key === 'string' && typeof line.unit === 'string' && 'value' in line) {
    const v = line.value;
    const value =
      typeof v !== 'number'
        ? say('', v)
        : line.unit === 'minutes'
          ? say('hoursTenths', Math.round(v / 6))
          : line.unit === 'permille'
            ? `${(v / 10).toFixed(1)}%`
            : say('', v);
    return `${say('key', line.key)} ${value}`;
  }
  const name = line.itemName ?? line.name;
  if (!name) return say('', line);
  const quantity = typeof line.quantityMilli === 'number' ? ` × ${line.quantityMilli / 1000}` : '';
  const amount = typeof line.amountFen === 'number' ? ` ${money(line.amountFen)}` : '';
  return `${String(name)}${quantity}${amount}`;
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
