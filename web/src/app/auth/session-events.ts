/**
 * How the last session ended, so the shell sends the user to the right place: after signing out,
 * the plain sign-in page; after an expiry, sign-in with a note and the way back to where they were.
 */
export type SessionEnd = 'signed_out' | 'expired' | null;

let ending: SessionEnd = null;
let listener: ((code: string) => void) | null = null;

export const sessionEnd = (): SessionEnd => ending;
export const setSessionEnd = (value: SessionEnd): void => {
  ending = value;
};

/** The shell listens here for any call that finds the session gone (401). */
export function onSessionLost(fn: (code: string) => void): () => void {
  listener = fn;
  return () => {
    if (listener === fn) listener = null;
  };
}

export function sessionLost(code: string): void {
  listener?.(code);
}
