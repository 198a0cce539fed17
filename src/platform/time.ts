const FORMATS = {
  day: ['sv-SE', { year: 'numeric', month: '2-digit', day: '2-digit' }],
  minute: ['sv-SE', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }],
  wall: [
    'en-US',
    { hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' },
  ],
} as const satisfies Record<string, readonly [string, Intl.DateTimeFormatOptions]>;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per kind and zone, kept: building one costs far more than using it, and lists format a row each. */
function formatter(kind: keyof typeof FORMATS, timeZone: string): Intl.DateTimeFormat {
  const key = `${kind} ${timeZone}`;
  let f = formatters.get(key);
  if (!f) {
    const [locale, options] = FORMATS[kind];
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formatters.set(key, f);
  }
  return f;
}

/**
 * Throws Intl's RangeError when `timeZone` is not a zone Intl knows. Its formatter is kept, as for every other use:
 * a new `DateTimeFormat` for each check copied about 30 KB of ICU's date symbols (a parking monitor checks every
 * stay's zone: 26 MB of the server's memory at its peak, and the process kept the freed pages).
 */
export function checkTimeZone(timeZone: string): void {
  formatter('day', timeZone);
}

/**
 * The business date (YYYY-MM-DD) of an instant in the organisation's zone: the one helper every module uses
 * for "today", an order number's day, a visit's day or a month's callbacks (23:30 UTC is the next day in Shanghai).
 */
export function businessDate(at: Date | string, timeZone: string): string {
  return formatter('day', timeZone).format(typeof at === 'string' ? new Date(at) : at);
}

/** Minutes the zone is ahead of UTC at an instant (Asia/Shanghai: 480). */
export function zoneOffsetMinutes(at: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    formatter('wall', timeZone)
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((wall - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** The UTC instant at which a business date (YYYY-MM-DD) begins in the organisation's zone. */
export function startOfBusinessDay(date: string, timeZone: string): string {
  const guess = new Date(`${date}T00:00:00.000Z`);
  return new Date(guess.getTime() - zoneOffsetMinutes(guess, timeZone) * 60_000).toISOString();
}

/** The business date after `date` (YYYY-MM-DD). */
export function nextBusinessDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * A bound of a period filter as a UTC instant: a business date is taken in the organisation's zone (a
 * `to` date includes its whole day, so it ends at the next day's start); an instant is kept as it is.
 */
export function periodBound(value: string, timeZone: string, side: 'from' | 'to'): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return startOfBusinessDay(side === 'from' ? value : nextBusinessDate(value), timeZone);
}

/** Local date and time for paper forms: 2026-11-27 14:05. */
export function localDateTime(iso: string | null, timeZone: string): string {
  if (!iso) return '';
  return formatter('minute', timeZone).format(new Date(iso));
}
