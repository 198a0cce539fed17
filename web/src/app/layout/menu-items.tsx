import {
  ApartmentOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  BookOutlined,
  ControlOutlined,
  FileAddOutlined,
  FileProtectOutlined,
  FileTextOutlined,
  HomeOutlined,
  LineChartOutlined,
  MobileOutlined,
  PhoneOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  TagsOutlined,
  TeamOutlined,
  WalletOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Me } from '../../api/types';

/** One place in the app: where it lives, its name (i18n key), and the server ability that opens it. */
export interface MenuEntry {
  key: string;
  path: string;
  labelKey: string;
  descriptionKey?: string;
  icon: ReactNode;
  /** `abilities.<name>` from /api/auth/me (any one of a list); absent = everyone signed in. */
  ability?: string | readonly string[];
  group?: 'admin';
}

export const MENU: MenuEntry[] = [
  { key: 'home', path: '/', labelKey: 'layout:menu.home', icon: <HomeOutlined aria-hidden /> },
  {
    key: 'orders',
    path: '/orders',
    labelKey: 'layout:menu.orders',
    descriptionKey: 'home:links.orders',
    icon: <ProfileOutlined aria-hidden />,
    ability: 'orders',
  },
  {
    key: 'intake',
    path: '/intake',
    labelKey: 'layout:menu.intake',
    descriptionKey: 'home:links.intake',
    icon: <FileAddOutlined aria-hidden />,
    ability: 'intake',
  },
  {
    key: 'agreements',
    path: '/agreements',
    labelKey: 'layout:menu.agreements',
    descriptionKey: 'home:links.agreements',
    icon: <ScheduleOutlined aria-hidden />,
    ability: 'agreements',
  },
  {
    key: 'estates',
    path: '/estates',
    labelKey: 'layout:menu.estates',
    icon: <BankOutlined aria-hidden />,
    ability: 'estates',
  },
  {
    key: 'myTasks',
    path: '/tasks',
    labelKey: 'layout:menu.myTasks',
    descriptionKey: 'home:links.myTasks',
    icon: <MobileOutlined aria-hidden />,
    ability: 'myTasks',
  },
  {
    key: 'priceLists',
    path: '/price-lists',
    labelKey: 'layout:menu.priceLists',
    descriptionKey: 'home:links.priceLists',
    icon: <TagsOutlined aria-hidden />,
    ability: 'priceLists',
  },
  {
    key: 'catalog',
    path: '/service-items',
    labelKey: 'layout:menu.catalog',
    descriptionKey: 'home:links.catalog',
    icon: <AppstoreOutlined aria-hidden />,
    ability: 'catalog',
  },
  {
    key: 'books',
    path: '/money/books',
    labelKey: 'layout:menu.books',
    descriptionKey: 'home:links.books',
    icon: <BookOutlined aria-hidden />,
    ability: 'receipts',
  },
  {
    key: 'receipts',
    path: '/money/receipts',
    labelKey: 'layout:menu.receipts',
    descriptionKey: 'home:links.receipts',
    icon: <FileTextOutlined aria-hidden />,
    ability: 'receipts',
  },
  {
    key: 'cash',
    path: '/money/cash',
    labelKey: 'layout:menu.cash',
    descriptionKey: 'home:links.cash',
    icon: <WalletOutlined aria-hidden />,
    ability: ['receipts', 'collect', 'myTasks'],
  },
  {
    key: 'remittances',
    path: '/money/remittances',
    labelKey: 'layout:menu.remittances',
    descriptionKey: 'home:links.remittances',
    icon: <BankOutlined aria-hidden />,
    ability: 'receipts',
  },
  {
    key: 'reconciliation',
    path: '/money/reconciliation',
    labelKey: 'layout:menu.reconciliation',
    descriptionKey: 'home:links.reconciliation',
    icon: <AuditOutlined aria-hidden />,
    ability: 'receipts',
  },
  {
    key: 'callbacks',
    path: '/callbacks',
    labelKey: 'layout:menu.callbacks',
    descriptionKey: 'home:links.callbacks',
    icon: <PhoneOutlined aria-hidden />,
    ability: 'callbacks',
  },
  {
    key: 'satisfaction',
    path: '/satisfaction',
    labelKey: 'layout:menu.satisfaction',
    descriptionKey: 'home:links.satisfaction',
    icon: <LineChartOutlined aria-hidden />,
    ability: 'callbacks',
  },
  {
    key: 'compliance',
    path: '/compliance',
    labelKey: 'layout:menu.compliance',
    descriptionKey: 'home:links.compliance',
    icon: <FileProtectOutlined aria-hidden />,
    ability: 'compliance',
  },
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
  {
    key: 'jobs',
    path: '/jobs',
    labelKey: 'layout:menu.jobs',
    descriptionKey: 'home:links.jobs',
    icon: <ScheduleOutlined aria-hidden />,
    ability: 'jobs',
    group: 'admin',
  },
];

/** The entries this user may open: exactly what the server's abilities allow. */
export const allowedEntries = (me: Me): MenuEntry[] =>
  MENU.filter((m) => !m.ability || [m.ability].flat().some((a) => me.abilities[a] === true));

/** The entry a location belongs to (for the highlighted menu item). */
export const entryOf = (pathname: string): MenuEntry | undefined =>
  MENU.find((m) => (m.path === '/' ? pathname === '/' : pathname === m.path || pathname.startsWith(`${m.path}/`)));
