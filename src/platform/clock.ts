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
