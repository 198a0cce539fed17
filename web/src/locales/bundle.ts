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
  'estates',
] as const;

type Namespace = (typeof NAMESPACES)[number];
type Texts = Record<string, unknown>;
type WithRefusals = Texts & { serverErrors: Record<string, Texts> };
type Modules = 'errors' | 'money' | 'callbacks' | 'jobs' | 'agreements' | 'estates';

/**
 * A language's namespaces as i18next takes them. The modules' refusal texts (book.*, handover.*,
 * remittance.*, callback.*, agreement.*…) join the shared `errors` namespace, where a server code finds
 * its text; the money module's receipt refusals extend the shared receipt ones.
 */
export function resourcesOf(
  ns: Record<Exclude<Namespace, Modules>, Texts> & {
    errors: Texts & { receipt: Texts };
    money: WithRefusals & { serverErrors: { receipt: Texts } };
    callbacks: WithRefusals;
    jobs: WithRefusals;
    agreements: WithRefusals & { serverErrors: { agreement: Texts; visit: Texts } };
    estates: WithRefusals;
  },
): LocaleBundle['resources'] {
  const { errors, money, callbacks, jobs, agreements, estates } = ns;
  return {
    ...ns,
    errors: {
      ...errors,
      ...money.serverErrors,
      ...callbacks.serverErrors,
      ...jobs.serverErrors,
      ...estates.serverErrors,
      agreement: agreements.serverErrors.agreement,
      visit: agreements.serverErrors.visit,
      receipt: { ...errors.receipt, ...money.serverErrors.receipt },
    },
  };
}
