import type { IconDefinition } from '@ant-design/icons-svg/es/types';
import { useEffect, useState } from 'react';
import type { MENU_ICONS } from './menu-icons';
import { PlainIcon } from './PlainIcon';

/** The name of a menu or to-do icon (./menu-icons.ts): antd's name for it, e.g. 'AccountBookOutlined'. */
export type MenuIconName = keyof typeof MENU_ICONS;

let icons: Record<string, IconDefinition> | undefined;
let loading: Promise<void> | undefined;
const loadIcons = () => {
  loading ??= import('./menu-icons').then(
    (m) => {
      icons = m.MENU_ICONS;
    },
    () => {
      loading = undefined; // a failed load (the network) is tried again by the next icon that mounts
    },
  );
  return loading;
};

/**
 * A menu place's or a to-do's icon. The icons are one chunk loaded once the shell has rendered: until then each
 * holds its place, so nothing moves when they appear. Decorative (the text beside it names the place).
 */
export function MenuIcon({ name }: { name: MenuIconName }) {
  const [, setLoaded] = useState(icons !== undefined);
  useEffect(() => {
    if (!icons) void loadIcons().then(() => setLoaded(icons !== undefined));
  }, []);
  const icon = icons?.[name];
  return icon ? <PlainIcon icon={icon} /> : <span className="plain-icon plain-icon-pending" aria-hidden />;
}
