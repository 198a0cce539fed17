import dayjs, { type Dayjs } from 'dayjs';

/**
 * The organisation's wall-clock time and the instants the server stores, whatever the device's own zone. A date
 * picker works in the browser's zone: its dayjs holds what the user typed (2026-12-08 09:00) as local fields. The
 * user means that time in the organisation's zone, so the fields are read as a wall time there, and an instant is
 * shown back as a dayjs whose local fields are its wall time there.
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, f);
  }
  return f;
}

/** The wall-clock fields of an instant (milliseconds since the epoch) in a zone, counted as if that wall time were UTC. */
function wallAsUtc(at: number, timeZone: string): number {
  const p = Object.fromEntries(
    formatIn(timeZone)
      .formatToParts(at)
      .map((x) => [x.type, Number(x.value)]),
  ) as Record<Intl.DateTimeFormatPartTypes, number>;
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
}

/** The zone's offset from UTC at an instant, in milliseconds (east of Greenwich positive). */
function offsetAt(at: number, timeZone: string): number {
  const whole = Math.floor(at / 1000) * 1000;
  return wallAsUtc(whole, timeZone) - whole;
}

/**
 * The instant (ISO, UTC) of the wall-clock time the picker holds (its year, month, day, hour and minute as typed) in
 * the zone. The offset is the one in force at the result: the offsets a day either side are tried and the one whose
 * instant shows that very wall time is taken. A time that happens twice (clocks going back) is the first of the two;
 * a time the clocks skip (going forward) is read with the offset before the skip, so 02:30 becomes 03:30.
 */
export function wallToIso(picked: Dayjs, timeZone: string): string {
  const wall = Date.UTC(picked.year(), picked.month(), picked.date(), picked.hour(), picked.minute());
  const before = offsetAt(wall - DAY, timeZone);
  const after = offsetAt(wall + DAY, timeZone);
  const fits = [wall - before, wall - after].filter((at) => wallAsUtc(at, timeZone) === wall).sort((a, b) => a - b);
  return new Date(fits[0] ?? wall - before).toISOString();
}

/**
 * An instant as a picker's dayjs whose local fields are the instant's wall-clock time in the zone (seconds kept),
 * so the picker shows the organisation's time. Where the device's own zone skips that wall time (its clocks going
 * forward that night), the browser moves it on by the skip: a limit of a local dayjs.
 */
export function isoToWall(iso: string, timeZone: string): Dayjs {
  const at = Date.parse(iso);
  const wall = new Date(wallAsUtc(at, timeZone));
  return dayjs(
    new Date(
      wall.getUTCFullYear(),
      wall.getUTCMonth(),
      wall.getUTCDate(),
      wall.getUTCHours(),
      wall.getUTCMinutes(),
      wall.getUTCSeconds(),
      at - Math.floor(at / 1000) * 1000,
    ),
  );
}
