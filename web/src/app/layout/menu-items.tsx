import type { Me } from '../../api/types';
import { FEATURES } from '../../features';
import { MENU_GROUPS, type MenuEntry, type MenuGroup } from '../feature';

export type { MenuEntry };

/** Every feature's menu entries: the home page first, then group by group, each in its own order. */
export const MENU: MenuEntry[] = FEATURES.flatMap((f) => f.menu ?? []).sort(
  (a, b) => rank(a.group) - rank(b.group) || a.order - b.order || a.key.localeCompare(b.key),
);

function rank(group: MenuGroup | undefined): number {
  return group ? MENU_GROUPS.indexOf(group) : -1;
}

/** The entries this user may open: exactly what the server's abilities allow. */
export const allowedEntries = (me: Me): MenuEntry[] =>
  MENU.filter((m) => !m.ability || [m.ability].flat().some((a) => me.abilities[a] === true));

/** The entries of each group the user may open, groups with none left out. */
export const groupedEntries = (me: Me): { group: MenuGroup | null; entries: MenuEntry[] }[] => {
  const allowed = allowedEntries(me);
  const top = allowed.filter((e) => !e.group);
  const groups = MENU_GROUPS.map((g) => ({ group: g as MenuGroup | null, entries: allowed.filter((e) => e.group === g) }));
  return [{ group: null, entries: top }, ...groups].filter((g) => g.entries.length > 0);
};

/** The entry a location belongs to (for the highlighted menu item). */
export const entryOf = (pathname: string): MenuEntry | undefined =>
  MENU.find((m) => (m.path === '/' ? pathname === '/' : pathname === m.path || pathname.startsWith(`${m.path}/`)));
