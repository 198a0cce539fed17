// The users list as Excel, in the page's own words: the web's locale files are the one catalogue.
import enCommon from '../../../web/src/locales/en/common.json' with { type: 'json' };
import enUsers from '../../../web/src/locales/en/users.json' with { type: 'json' };
import zhCommon from '../../../web/src/locales/zh-CN/common.json' with { type: 'json' };
import zhUsers from '../../../web/src/locales/zh-CN/users.json' with { type: 'json' };
import type { UseCase } from '../../platform/context.js';
import { everyRow } from '../../platform/export/rows.js';
import { webWords } from '../../platform/export/words.js';
import { timeColumn, toWorkbook } from '../../platform/export/xlsx.js';
import type { PrintLocale } from '../../platform/print/messages.js';
import { tenantZone } from '../../platform/tenancy.js';
import { listUsers } from './user.service.js';

const CATALOGUES = { 'zh-CN': { common: zhCommon, users: zhUsers }, en: { common: enCommon, users: enUsers } };

type Filters = Omit<Parameters<typeof listUsers>[1], 'page' | 'pageSize'>;

/** The users the list selects with these filters, search and sort (every page), as one sheet. */
export async function exportUsers(ctx: UseCase, filters: Filters, locale: PrintLocale): Promise<Buffer> {
  const rows = await everyRow((page, pageSize) => listUsers(ctx, { ...filters, page, pageSize }));
  const [t, tz] = [webWords(CATALOGUES, locale), await tenantZone(ctx)];
  type R = (typeof rows)[number];
  return toWorkbook<R>(
    t('users:title'),
    [
      { header: t('users:fields.displayName'), width: 12, value: (u) => u.displayName },
      { header: t('users:fields.username'), width: 16, value: (u) => u.username },
      { header: t('users:fields.org'), width: 20, value: (u) => u.orgName },
      { header: t('users:fields.phone'), width: 14, value: (u) => u.phone },
      { header: t('common:fields.status'), width: 10, value: (u) => t(u.active ? 'common:status.active' : 'common:status.inactive') },
      timeColumn<R>(t('common:fields.createdAt'), (u) => u.createdAt, tz),
    ],
    rows,
  );
}
