import { ApartmentOutlined, ControlOutlined, HomeOutlined, SafetyCertificateOutlined, TeamOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Me } from '../../api/types';

/** One place in the app: where it lives, its name (i18n key), and the server ability that opens it. */
export interface MenuEntry {
  key: string;
  path: string;
  labelKey: string;
  descriptionKey?: string;
  icon: ReactNode;
  /** `abilities.<name>` from /api/auth/me; absent = everyone signed in. */
  ability?: string;
  group?: 'admin';
}

export const MENU: MenuEntry[] = [
  { key: 'home', path: '/', labelKey: 'layout:menu.home', icon: <HomeOutlined aria-hidden /> },
  {
    key: 'orgs',
    path: '/orgs',
    labelKey: 'layout:menu.orgs',
    descriptionKey: 'home:links.orgs',
    icon: <ApartmentOutlined aria-hidden />,
    ability: 'orgs',
    group: 'admin',
  },
  {
    key: 'users',
    path: '/users',
    labelKey: 'layout:menu.users',
    descriptionKey: 'home:links.users',
    icon: <TeamOutlined aria-hidden />,
    ability: 'users',
    group: 'admin',
  },
  {
    key: 'roles',
    path: '/roles',
    labelKey: 'layout:menu.roles',
    descriptionKey: 'home:links.roles',
    icon: <SafetyCertificateOutlined aria-hidden />,
    ability: 'roles',
    group: 'admin',
  },
  {
    key: 'params',
    path: '/params',
    labelKey: 'layout:menu.params',
    descriptionKey: 'home:links.params',
    icon: <ControlOutlined aria-hidden />,
    ability: 'params',
    group: 'admin',
  },
];

/** The entries this user may open: exactly what the server's abilities allow. */
export const allowedEntries = (me: Me): MenuEntry[] => MENU.filter((m) => !m.ability || me.abilities[m.ability] === true);

/** The entry a location belongs to (for the highlighted menu item). */
export const entryOf = (pathname: string): MenuEntry | undefined =>
  MENU.find((m) => (m.path === '/' ? pathname === '/' : pathname === m.path || pathname.startsWith(`${m.path}/`)));
