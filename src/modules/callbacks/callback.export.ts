// The month's callbacks as Excel, in the page's own words: the web's locale files are the one catalogue.
import enCallbacks from '../../../web/src/locales/en/callbacks.json' with { type: 'json' };
import zhCallbacks from '../../../web/src/locales/zh-CN/callbacks.json' with { type: 'json' };
import type { UseCase } from '../../platform/context.js';
import { withinLimit } from '../../platform/export/rows.js';
import { webWords } from '../../platform/export/words.js';
import { timeColumn, toWorkbook } from '../../platform/export/xlsx.js';
import type { PrintLocale } from '../../platform/print/messages.js';
import { tenantZone } from '../../platform/tenancy.js';
import { listCallbacks } from './callback.service.js';
import type { CallbackState } from './callback.types.js';

const CATALOGUES = { 'zh-CN': { callbacks: zhCallbacks }, en: { callbacks: enCallbacks } };

/** The callbacks the page lists for this node, month and state, as one sheet; `month` names the month shown. */
export async function exportCallbacks(
  ctx: UseCase,
  f: { orgId?: string | undefined; month?: string | undefined; state?: CallbackState | undefined },
  locale: PrintLocale,
): Promise<{ month: string; file: Buffer }> {
  const list = await listCallbacks(ctx, f);
  const rows = withinLimit(list.items);
  const [t, tz] = [webWords(CATALOGUES, locale), await tenantZone(ctx)];
  type R = (typeof rows)[number];
  // as the page's tag says it: to do, not reached, or the owner's word
  const outcome = (c: R) =>
    c.state === 'to_do'
      ? t('callbacks:states.to_do')
      : c.reached && c.satisfaction
        ? t(`callbacks:levels.${c.satisfaction}`)
        : t('callbacks:notReached');
  const file = await toWorkbook<R>(
    t('callbacks:title'),
    [
      { header: t('callbacks:fields.month'), width: 10, value: (c) => c.month },
      { header: t('callbacks:fields.order'), width: 20, value: (c) => c.order.number },
      { header: t('callbacks:fields.customer'), width: 12, value: (c) => c.order.customerName },
      { header: t('callbacks:fields.phone'), width: 14, value: (c) => c.order.customerPhone },
      { header: t('callbacks:fields.address'), width: 22, value: (c) => c.order.address },
      { header: t('callbacks:fields.office'), width: 16, value: (c) => c.officeName },
      timeColumn<R>(t('callbacks:fields.acceptedAt'), (c) => c.order.acceptedAt, tz),
      { header: t('callbacks:fields.assignee'), width: 12, value: (c) => c.assigneeName ?? t('callbacks:unassigned') },
      { header: t('callbacks:fields.state'), width: 10, value: outcome },
      timeColumn<R>(t('callbacks:fields.recordedAt'), (c) => c.recordedAt, tz),
      { header: t('callbacks:record.comments'), width: 30, value: (c) => c.comments },
      { header: t('callbacks:record.followUp'), width: 24, value: (c) => c.followUp },
      {
        header: t('callbacks:followUp.title'),
        width: 10,
        value: (c) => (c.followUpState ? t(`callbacks:followUp.${c.followUpState}`) : ''),
      },
    ],
    rows,
  );
  return { month: list.month, file };
}
