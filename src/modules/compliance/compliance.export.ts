// A monitor's breaches as Excel, in the page's own words: the web's locale files are the one catalogue
// (a breach's text is a key of the web's compliance namespace with its values).
import enCompliance from '../../../web/src/locales/en/compliance.json' with { type: 'json' };
import zhCompliance from '../../../web/src/locales/zh-CN/compliance.json' with { type: 'json' };
import type { UseCase } from '../../platform/context.js';
import { EXPORT_ROW_LIMIT, everyRow } from '../../platform/export/rows.js';
import { webWords } from '../../platform/export/words.js';
import { timeColumn, toWorkbook } from '../../platform/export/xlsx.js';
import type { Breach } from '../../platform/monitors/monitor.types.js';
import type { PrintLocale } from '../../platform/print/messages.js';
import { tenantZone } from '../../platform/tenancy.js';
import { type ComplianceQuery, monitorBreaches } from './compliance.service.js';

const CATALOGUES = { 'zh-CN': { compliance: zhCompliance }, en: { compliance: enCompliance } };

/** Every breach the page lists for this monitor, node and period (all pages), as one sheet. */
export async function exportBreaches(ctx: UseCase, monitorId: string, q: ComplianceQuery, locale: PrintLocale): Promise<Buffer> {
  // one pass: merging several subtrees page by page would read the first pages again for every page
  const rows = await everyRow((page, pageSize) => monitorBreaches(ctx, monitorId, q, page, pageSize), EXPORT_ROW_LIMIT);
  const [t, tz] = [webWords(CATALOGUES, locale), await tenantZone(ctx)];
  return toWorkbook<Breach>(
    t('compliance:breaches.title'),
    [
      { header: t('compliance:breaches.columns.what'), width: 60, value: (b) => t(`compliance:${b.what.key}`, b.what.values) },
      { header: t('compliance:breaches.columns.entity'), width: 14, value: (b) => t(`compliance:entity.${b.entity.type}`) },
      { header: t('compliance:breaches.columns.record'), width: 24, value: (b) => b.entity.label },
      timeColumn<Breach>(t('compliance:breaches.columns.since'), (b) => b.since, tz),
    ],
    rows,
  );
}
