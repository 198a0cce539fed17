// A monitor's breaches as Excel, in the page's own words: the web's locale files are the one catalogue
// (a breach's text is a key of the web's compliance namespace with its values).

import { breachText } from '../../../web/src/features/compliance/breach-words.js';
import enCleaning from '../../../web/src/locales/en/cleaning.json' with { type: 'json' };
import enCompliance from '../../../web/src/locales/en/compliance.json' with { type: 'json' };
import zhCleaning from '../../../web/src/locales/zh-CN/cleaning.json' with { type: 'json' };
import zhCompliance from '../../../web/src/locales/zh-CN/compliance.json' with { type: 'json' };
import type { UseCase } from '../../platform/context.js';
import { EXPORT_ROW_LIMIT, everyRow } from '../../platform/export/rows.js';
import { webWords } from '../../platform/export/words.js';
import { timeColumn, toWorkbook } from '../../platform/export/xlsx.js';
import type { Breach } from '../../platform/monitors/monitor.types.js';
import type { PrintLocale } from '../../platform/print/messages.js';
import { tenantZone } from '../../platform/tenancy.js';
import { type ComplianceQuery, monitorBreaches } from './compliance.service.js';

// a breach's coded values are said by the catalogue of their record (breach-words.ts)
const CATALOGUES = { 'zh-CN': { compliance: zhCompliance, cleaning: zhCleaning }, en: { compliance: enCompliance, cleaning: enCleaning } };

/** Every breach the page lists for this monitor, node and period (all pages), as one sheet. */
export async function exportBreaches(ctx: UseCase, monitorId: string, q: ComplianceQuery, locale: PrintLocale): Promise<Buffer> {
  // one pass: merging several subtrees page by page would read the first pages again for every page
  const rows = await everyRow((page, pageSize) => monitorBreaches(ctx, monitorId, q, page, pageSize), EXPORT_ROW_LIMIT);
  const [t, tz] = [webWords(CATALOGUES, locale), await tenantZone(ctx)];
  return toWorkbook<Breach>(
    t('compliance:breaches.title'),
    [
      { header: t('compliance:breaches.columns.what'), width: 60, value: (b) => breachText(b.what, t) },
      { header: t('compliance:breaches.columns.entity'), width: 14, value: (b) => t(`compliance:entity.${b.entity.type}`) },
      { header: t('compliance:breaches.columns.record'), width: 24, value: (b) => b.entity.label },
      timeColumn<Breach>(t('compliance:breaches.columns.since'), (b) => b.since, tz),
    ],
    rows,
  );
}
