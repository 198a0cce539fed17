import type { Writable } from 'node:stream';

/** Requests answered in one stretch of time: how many, how many failed, and how long they took. */
export class ActivityMeter {
  private requests = 0;
  private clientErrors = 0;
  private serverErrors = 0;
  private durations: number[] = [];

  record(statusCode: number, ms: number): void {
    this.requests++;
    if (statusCode >= 500) this.serverErrors++;
    else if (statusCode >= 400) this.clientErrors++;
    this.durations.push(ms);
  }

  /** The line for the stretch just ended (and a fresh start), or null when nothing was asked. */
  flush(at: Date): string | null {
    if (this.requests === 0) return null;
    const line = activityLine(at, {
      requests: this.requests,
      clientErrors: this.clientErrors,
      serverErrors: this.serverErrors,
      durations: this.durations,
    });
    this.requests = this.clientErrors = this.serverErrors = 0;
    this.durations = [];
    return line;
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const clock = (at: Date) => at.toISOString().slice(11, 16);

/** "12:05 UTC  38 requests (2 refused, 0 failed), median 12 ms, slowest 5 % over 80 ms" */
export function activityLine(
  at: Date,
  a: { requests: number; clientErrors: number; serverErrors: number; durations: readonly number[] },
): string {
  const sorted = [...a.durations].sort((x, y) => x - y);
  const ms = (v: number) => `${Math.round(v)} ms`;
  return `${clock(at)} UTC  ${a.requests} request${a.requests === 1 ? '' : 's'} (${a.clientErrors} refused, ${a.serverErrors} failed), median ${ms(percentile(sorted, 50))}, p95 ${ms(percentile(sorted, 95))}`;
}

const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };

/** One pino JSON line as a line a person reads: time, level, message, the request and the error's first lines. */
export function readableLogLine(json: string): string {
  let entry: { time?: number; level?: number; msg?: string; reqId?: string; err?: { message?: string; stack?: string } };
  try {
    entry = JSON.parse(json);
  } catch {
    return json.trimEnd();
  }
  const parts = [
    entry.time ? `${clock(new Date(entry.time))} UTC` : '',
    LEVELS[entry.level ?? 30] ?? String(entry.level),
    entry.msg ?? '',
    entry.reqId ? `(request ${entry.reqId})` : '',
  ].filter(Boolean);
  const stack = entry.err?.stack?.split('\n').slice(0, 4).join('\n    ');
  return `${parts.join('  ')}${stack ? `\n    ${stack}` : entry.err?.message ? `: ${entry.err.message}` : ''}`;
}

/** A destination for pino that writes readable lines instead of JSON. */
export function readableLog(out: Writable = process.stdout) {
  return { write: (line: string) => out.write(`${readableLogLine(line)}\n`) };
}
