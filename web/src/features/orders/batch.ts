/** What a batch action did: how many went through, and each one refused with the reason. */
export interface BatchResult {
  done: number;
  failed: { number: string; error: unknown }[];
}

/**
 * Runs one action per selected order, one after another (each with the version the list showed, so an
 * order changed meanwhile is refused, not overwritten). A refusal does not stop the others.
 */
export async function runBatch<T extends { number: string }>(rows: readonly T[], act: (row: T) => Promise<unknown>): Promise<BatchResult> {
  const result: BatchResult = { done: 0, failed: [] };
  for (const row of rows) {
    try {
      await act(row);
      result.done++;
    } catch (error) {
      result.failed.push({ number: row.number, error });
    }
  }
  return result;
}
