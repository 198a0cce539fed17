/**
 * An inspection walked on a phone is kept on the device until the server has it (A6.2: a garage has no signal):
 * every answer, note and scaled photo goes to localStorage under the inspection's id, with the Idempotency-Key made
 * once for the draft so a resend after a lost answer never records the results twice.
 */

/** What the inspector entered for one check of the checklist. */
export interface CheckEntry {
  passed?: boolean;
  value?: number;
  note?: string;
  /** Scaled JPEG data URLs (orders/image-file), at most MAX_CHECK_PHOTOS. */
  photos: string[];
}

export interface InspectionDraft {
  /** The Idempotency-Key of this draft's submit, made once and kept with it. */
  key: string;
  /** The inspection version the checklist was shown at. */
  version: number;
  entries: Record<string, CheckEntry>;
  /** When a send failed without an answer from the server: the page offers 重新发送. */
  unsent: boolean;
}

/** What a draft needs of a check: its id and, for a numeric check, its maximum. */
export interface DraftCheck {
  id: string;
  thresholdMax: number | null;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'guanjia.cleaning.inspection.';
export const storageKeyOf = (inspectionId: string) => `${PREFIX}${inspectionId}`;

export function newDraft(version: number, key: string = crypto.randomUUID()): InspectionDraft {
  return { key, version, entries: {}, unsent: false };
}

/** The draft kept for an inspection, or null (none, or unreadable: a half-written entry is not trusted). */
export function loadDraft(inspectionId: string, store: Store = localStorage): InspectionDraft | null {
  try {
    const raw = store.getItem(storageKeyOf(inspectionId));
    if (!raw) return null;
    const d = JSON.parse(raw) as Partial<InspectionDraft>;
    if (typeof d.key !== 'string' || typeof d.version !== 'number' || typeof d.entries !== 'object' || d.entries === null) return null;
    return { key: d.key, version: d.version, entries: d.entries, unsent: d.unsent === true };
  } catch {
    return null;
  }
}

/** Keeps the draft; false when the device refused (storage full: photos are large). */
export function saveDraft(inspectionId: string, draft: InspectionDraft, store: Store = localStorage): boolean {
  try {
    store.setItem(storageKeyOf(inspectionId), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(inspectionId: string, store: Store = localStorage): void {
  store.removeItem(storageKeyOf(inspectionId));
}

/**
 * The verdict shown while the inspector types: a numeric check passes when the value is at most its maximum
 * (three butts where two are allowed fails at once); any other check is the inspector's choice. null: not judged
 * yet. The server judges again by the same rule (`judge` in cleaning.rules.ts; inspection-draft.test.ts compares).
 */
/** The largest value a check can be given, as the server takes it (CHECK_VALUE_MAX of cleaning.types.ts). */
export const CHECK_VALUE_MAX = 1_000_000;

export function verdictOf(check: DraftCheck, entry: CheckEntry | undefined): 'pass' | 'fail' | null {
  if (!entry) return null;
  if (check.thresholdMax !== null) {
    if (entry.value === undefined || !Number.isInteger(entry.value) || entry.value < 0 || entry.value > CHECK_VALUE_MAX) return null;
    return entry.value <= check.thresholdMax ? 'pass' : 'fail';
  }
  return entry.passed === undefined ? null : entry.passed ? 'pass' : 'fail';
}

/**
 * Why a check has no verdict yet: nothing chosen or counted, or a count that cannot be one (below 0, above the maximum, or not whole —
 * the field says so rather than turning -1 into 0, a pass).
 */
export function unjudgedCode(check: DraftCheck, entry: CheckEntry | undefined) {
  if (check.thresholdMax === null) return 'cleaning.result_required';
  return entry?.value === undefined ? 'cleaning.value_required' : 'cleaning.value_invalid';
}

/** How many checks of the checklist are judged. */
export const judgedCount = (checks: readonly DraftCheck[], draft: InspectionDraft) =>
  checks.filter((c) => verdictOf(c, draft.entries[c.id]) !== null).length;

/** The body of POST …/results: one result per check, in checklist order (field errors name `results.<i>`). */
export function resultsBody(checks: readonly DraftCheck[], draft: InspectionDraft) {
  return {
    version: draft.version,
    results: checks.map((c) => {
      const e = draft.entries[c.id] ?? { photos: [] };
      const failed = verdictOf(c, e) === 'fail';
      const note = e.note?.trim();
      return {
        standardId: c.id,
        ...(c.thresholdMax === null ? (e.passed === undefined ? {} : { passed: e.passed }) : {}),
        ...(c.thresholdMax !== null && e.value !== undefined ? { value: e.value } : {}),
        ...(note ? { note } : {}),
        ...(failed && e.photos.length ? { photos: e.photos } : {}),
      };
    }),
  };
}

/** The index of the check a server field error names (`results.3.photos` → 3), or null. */
export function checkIndexOf(field: string): number | null {
  const m = /^results\.(\d+)(?:\.|$)/.exec(field);
  return m ? Number(m[1]) : null;
}
