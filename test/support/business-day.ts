/**
 * The business day of the demo's offices (Asia/Shanghai, UTC+8 all year): tests that check one day's work must not
 * straddle the day's end, when the server's "today" moves on under them.
 */
const OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** The instant the Beijing business day holding `at` began. */
export const businessDayStart = (at = Date.now()): number => Math.floor((at + OFFSET_MS) / DAY_MS) * DAY_MS - OFFSET_MS;

/** If the business day ends within `ms`, waits until the next one has begun, so what follows runs inside one day. */
export async function withinOneBusinessDay(ms: number): Promise<void> {
  const left = businessDayStart() + DAY_MS - Date.now();
  if (left < ms) await new Promise((r) => setTimeout(r, left + 1_000));
}
