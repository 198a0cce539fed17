/** The zone's offset from UTC at an instant, as `+08:00`. */
export function zoneOffset(at: Date, timeZone: string): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = name?.match(/GMT([+-]\d{2}):?(\d{2})?/);
  return m ? `${m[1]}:${m[2] ?? '00'}` : '+00:00';
}

/** A wall-clock time in the organisation's zone (`YYYY-MM-DDTHH:mm`) as an ISO instant with its offset. */
export function wallTimeInZone(wall: string, timeZone: string): string {
  const guess = new Date(`${wall}:00Z`);
  return `${wall}:00${zoneOffset(guess, timeZone)}`;
}

/** 01:05 on the 1st of the month after `now`, in the organisation's zone: just past a month-end draw. */
export function nextMonthStart(now: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric' }).formatToParts(now).map((p) => [p.type, p.value]),
  );
  const year = Number(parts.year);
  const month = Number(parts.month);
  const [y, m] = month === 12 ? [year + 1, 1] : [year, month + 1];
  return wallTimeInZone(`${y}-${String(m).padStart(2, '0')}-01T01:05`, timeZone);
}
