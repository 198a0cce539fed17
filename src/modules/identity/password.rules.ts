/**
 * How strong a new password must be, as a pure rule (the API, the CLI and the web form agree on it).
 * Length does most of the work; two kinds of characters and no username inside stop the guesses an
 * attacker tries first (`12345678901`, `wangfang2026`).
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordWeakness = 'password.too_short' | 'password.too_long' | 'password.one_kind' | 'password.contains_username';

/** Letters (any script), digits, and everything else (spaces, punctuation, symbols). */
function kinds(password: string): number {
  const has = (re: RegExp) => (re.test(password) ? 1 : 0);
  return has(/\p{L}/u) + has(/\p{N}/u) + has(/[^\p{L}\p{N}]/u);
}

/** Why `password` is too weak for `username`, or null when it will do. */
export function passwordWeakness(password: string, username?: string): PasswordWeakness | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'password.too_short';
  if (length > PASSWORD_MAX_LENGTH) return 'password.too_long';
  if (kinds(password) < 2) return 'password.one_kind';
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) {
    return 'password.contains_username';
  }
  return null;
}

export const PASSWORD_RULE_TEXT = `at least ${PASSWORD_MIN_LENGTH} characters, of at least two kinds (letters, digits, other), not containing the username`;
