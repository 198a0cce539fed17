/**
 * A breach's text in the reader's words: its key of the compliance catalogue, with each value that is a code (a cleaning
 * area's `garage`) said by its own catalogue first (`cleaning:areas.garage` → 地下车库). Pure, so the page and the
 * server's Excel file say a breach alike.
 */
export interface BreachWhat {
  key: string;
  values?: Record<string, string | number> | undefined;
  coded?: Record<string, string> | undefined;
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

export function breachText(what: BreachWhat, t: Translate): string {
  const values = { ...(what.values ?? {}) };
  for (const [name, path] of Object.entries(what.coded ?? {})) {
    const code = values[name];
    if (code === undefined || code === '') continue;
    const key = `${path}.${code}`;
    const words = t(key);
    // a code the catalogue does not know shows as itself, not as the key looked up (with or without its namespace)
    if (words && words !== key && words !== key.slice(key.indexOf(':') + 1)) values[name] = words;
  }
  return t(`compliance:${what.key}`, values);
}
