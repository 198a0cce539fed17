import { type ComponentType, lazy, type ReactNode } from 'react';
import type { MenuIconName } from './ui/MenuIcon';

/** The menu's groups by domain, in the order they show (issue 9: it stays usable as modules are added). */
export const MENU_GROUPS = [
  'service',
  'gps',
  'fees',
  'money',
  'quality',
  'cleaning',
  'health',
  'socialwork',
  'workstation',
  'compliance',
  'admin',
] as const;
export type MenuGroup = (typeof MENU_GROUPS)[number];

/** One place in the app: where it lives, its name (i18n key), its group, and the server ability that opens it. */
export interface MenuEntry {
  key: string;
  path: string;
  labelKey: string;
  /** One line on the home page saying what the place is for. */
  descriptionKey?: string;
  /** Its icon by antd's name (app/ui/menu-icons.ts lists them). */
  icon: MenuIconName;
  /** Absent for the home page only, which stands above the groups. */
  group?: MenuGroup;
  /** Place within the group, lowest first. */
  order: number;
  /** `abilities.<name>` from /api/auth/me (any one of a list); absent = everyone signed in. */
  ability?: string | readonly string[];
}

/** How the workbench shows a server to-do of this feature (`<module>.<what>` from GET /api/workbench). */
export interface TodoWidget {
  key: string;
  labelKey: string;
  icon: MenuIconName;
}

/** How the workbench names a server key figure of this feature. */
export interface FigureWidget {
  key: string;
  labelKey: string;
}

/**
 * Everything one feature folder adds to the web, in one object (issue 9 item 1, web side): its routes, menu
 * entries, locale namespaces and workbench widgets. web/src/features/index.ts lists them; the router, the menu,
 * the locale check and the home page are built from that list.
 */
export interface WebFeature {
  name: string;
  /** `<Route>` elements under the signed-in layout (a fragment). */
  routes?: ReactNode;
  /** `<Route>` elements outside the signed-in layout: pages anyone may open without signing in (a public form). */
  publicRoutes?: ReactNode;
  menu?: readonly MenuEntry[];
  /**
   * Its texts: one JSON file per language in web/src/locales/<language>/, loaded with its pages (the menu, to-dos and
   * key figures with the shell: web/src/locales/shell.ts). Its refusals' words are in errors.json, as every code's.
   */
  namespaces: readonly string[];
  /** Other features' namespaces its pages (and the components they borrow) show texts of; locales.test.ts checks the list. */
  uses?: readonly string[];
  todos?: readonly TodoWidget[];
  figures?: readonly FigureWidget[];
}

/** A code-split page: its code loads the first time someone opens it. */
export const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

/**
 * Every namespace a feature's pages need loaded before they render, `errors` among them: a page says a refusal's words
 * in its own checks too (a form's rule, a signature pad's), at once.
 */
export const textsOf = (f: WebFeature): readonly string[] => [...f.namespaces, ...(f.uses ?? []), 'errors'];
