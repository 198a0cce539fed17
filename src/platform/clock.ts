/** The one source of "now", so deadlines (2 days, 24 h, monthly) are testable. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that can be moved: tests, and demo mode's "simulate month end". */
export class AdjustableClock implements Clock {
  private offsetMs = 0;
  constructor(private readonly base: Clock = systemClock) {}
  now(): Date {
    return new Date(this.base.now().getTime() + this.offsetMs);
  }
  /** The time of the clock underneath, whatever this one was moved to. */
  realNow(): Date {
    return this.base.now();
  }
  /** Moved away from the clock underneath by more than a second (a simulated month end, say). */
  get moved(): boolean {
    return Math.abs(this.offsetMs) > 1000;
  }
  set(at: Date): void {
    this.offsetMs = at.getTime() - this.base.now().getTime();
  }
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

export function fixedClock(iso: string): AdjustableClock {
  const at = new Date(iso);
  return new AdjustableClock({ now: () => at });
}

/** Instants are stored as ISO-8601 UTC text on both engines: sortable, one code path. */
export function isoNow(clock: Clock): string {
  return clock.now().toISOString();
}

/**
 * One reading of a clock for the record: the time the application uses, the wall time it really was,
 * and whether the two were set apart (a demo server's moved clock). Audit events keep all three.
 */
export function readTime(clock: Clock): { now: string; recordedAt: string; clockMoved: boolean } {
  const now = clock.now();
  if (clock instanceof AdjustableClock)
    return { now: now.toISOString(), recordedAt: clock.realNow().toISOString(), clockMoved: clock.moved };
  return { now: now.toISOString(), recordedAt: now.toISOString(), clockMoved: false };
}
