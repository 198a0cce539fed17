import type { Locale } from 'antd/es/locale';

/** What one language brings: the app's texts by namespace, antd's locale and dayjs' locale name. */
export interface LocaleBundle {
  resources: Record<string, Record<string, unknown>>;
  antdLocale: Locale;
  dayjsLocale: string;
}

/** The namespaces every language must have, one JSON file each (locales.test.ts checks them). */
export const NAMESPACES = [
  'common',
  'auth',
  'layout',
  'errors',
  'validation',
  'home',
  'orgs',
  'users',
  'roles',
  'params',
  'history',
  'permissions',
  'orders',
  'pricelists',
  'compliance',
  'money',
  'agreements',
  'jobs',
  'callbacks',
] as const;
