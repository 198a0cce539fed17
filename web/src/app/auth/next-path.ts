/** The sign-in page's address that brings the user back to `here` afterwards. */
export function loginPath(here: string): string {
  return here === '/' || here.startsWith('/login') ? '/login' : `/login?next=${encodeURIComponent(here)}`;
}

/** Where to go after signing in: only a path inside this app, never another site (`//evil`, `https:`). */
export function safeNext(next: string | null): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || next.startsWith('/login')) return '/';
  return next;
}
