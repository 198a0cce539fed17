/**
 * Which breaches are new since the last scan, which are still there, and which are gone. A breach
 * notifies when it appears; one that disappears is marked cleared, so if it comes back it notifies
 * again. Breaches are only cleared when the scan saw the monitor's whole list.
 */
export function diffBreaches(current: readonly string[], seen: readonly string[], complete: boolean) {
  const now = new Set(current);
  const before = new Set(seen);
  return {
    appeared: [...now].filter((id) => !before.has(id)),
    still: [...now].filter((id) => before.has(id)),
    gone: complete ? [...before].filter((id) => !now.has(id)) : [],
  };
}

/** Users holding the responsible role at the breach's office or above it (each once). */
export function recipientsAt(officePath: string, holders: readonly { userId: string; orgPath: string }[]): string[] {
  return [...new Set(holders.filter((h) => officePath.startsWith(h.orgPath)).map((h) => h.userId))];
}
