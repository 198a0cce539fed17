import { DomainError } from '../http/errors.js';

/** The most rows one export writes; more asks for narrower filters rather than a file cut short. */
export const EXPORT_ROW_LIMIT = 10_000;

/** Rows fetched per query while an export walks a paged list. */
const PAGE = 500;

function tooManyRows(total: number): DomainError {
  return new DomainError(
    'unprocessable',
    'export.too_many_rows',
    `${total} rows match: narrow the filters to at most ${EXPORT_ROW_LIMIT.toLocaleString('en')}`,
  );
}

/**
 * Every row a paged list selects, in its order, through the list's own query (so filters and the
 * caller's scope are the list's); refused above the limit before anything is read past page one.
 */
export async function everyRow<T>(
  list: (page: number, pageSize: number) => Promise<{ items: T[]; total: number }>,
  pageSize = PAGE,
): Promise<T[]> {
  const first = await list(1, pageSize);
  if (first.total > EXPORT_ROW_LIMIT) throw tooManyRows(first.total);
  const rows = [...first.items];
  for (let page = 2; rows.length < first.total; page++) {
    const next = await list(page, pageSize);
    if (next.items.length === 0) break;
    rows.push(...next.items);
  }
  return rows;
}

/** The rows of a list the server answers whole, refused above the limit like a paged one. */
export function withinLimit<T>(rows: T[]): T[] {
  if (rows.length > EXPORT_ROW_LIMIT) throw tooManyRows(rows.length);
  return rows;
}
