import type { UseCase } from '../../platform/context.js';
import { DomainError } from '../../platform/http/errors.js';
import { html, labelled, printPage } from '../../platform/print/html.js';
import { type PrintLocale, PUNCTUATION, translator } from '../../platform/print/messages.js';
import { LABEL_MARGIN_MM, labelPaper } from '../../platform/print/paper.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import { getOrder } from '../orders/order.service.js';
import * as register from './register.repo.js';
import { normaliseSerial } from './register.rules.js';

/** A label printer's common stock: 70 × 40 mm. */
const LABEL = { widthMm: 70, heightMm: 40 } as const;

const MESSAGES = {
  'zh-CN': {
    title: '返修标签',
    customer: '客户',
    plate: '车牌',
    terminal: '终端',
    fault: '故障',
    takenOn: '收修',
    technician: '技术员',
  },
  en: {
    title: 'Returned for repair',
    customer: 'Customer',
    plate: 'Plate',
    terminal: 'Terminal',
    fault: 'Fault',
    takenOn: 'Taken',
    technician: 'Technician',
  },
};

/**
 * Everything fits one label: small type, one line each, the fault cut at two lines (the form has the rest), the
 * page's own height with nothing overflowing onto a second label.
 */
const LABEL_CSS = `
body { max-width: none; width: ${LABEL.widthMm - 2 * LABEL_MARGIN_MM}mm; height: ${LABEL.heightMm - 2 * LABEL_MARGIN_MM}mm; overflow: hidden; padding: 0; font-size: 7.5pt; line-height: 3.4mm; }
.label-head { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 0.3mm solid #111; margin-bottom: 0.8mm; }
h1 { font-size: 10pt; line-height: 5mm; margin: 0; letter-spacing: 1px; text-align: left; }
.label-head .no { font-weight: 600; }
.line { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.plate { font-size: 11pt; line-height: 5mm; font-weight: 700; }
.fault { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }
`;

/** The model of a terminal on the register, by its code and name ("GT06 北斗/GPS 双模终端"); null for one not on it. */
async function registerModel(ctx: UseCase, serial: string): Promise<string | null> {
  const terminal = (await register.terminalBySerial(ctx.db, ctx.actor.tenantId, normaliseSerial(serial)))?.terminal;
  const product = terminal && (await register.findProduct(ctx.db, ctx.actor.tenantId, terminal.productId))?.product;
  return product ? `${product.modelCode} ${product.name}` : null;
}

const text = (d: Record<string, string | boolean>, key: string) => (typeof d[key] === 'string' ? (d[key] as string) : '');

/**
 * A4.4.5 返修标签: the label stuck on a terminal taken back for repair, with the plate it came off and the fault, so
 * the workshop knows whose it is and what to look for; the order's number ties it to the repair form. Only a GPS
 * repair has one; whoever may read the order may print it.
 */
export async function renderRepairLabel(ctx: UseCase, orderId: string, locale: PrintLocale): Promise<string> {
  const o = await getOrder(ctx, orderId);
  if (o.type !== 'gps_repair')
    throw new DomainError('unprocessable', 'gps.label_not_repair', `order ${o.number} is not a GPS repair: it has no repair label`);
  const t = translator(MESSAGES, locale);
  const f = labelled(locale);
  const { gap, list } = PUNCTUATION[locale];
  const d = o.details;
  const serial = text(d, 'terminalSerial');
  // the model as the register has it (code and name), else as the caller named it
  const model = (serial && (await registerModel(ctx, serial))) || text(d, 'productModel');
  const taken = businessDate(o.requestedAt, await tenantZone(ctx));
  const staff = o.staff.map((s) => s.displayName).join(list);
  const body = html`
<div class="label-head"><h1>${t('title')}</h1><span class="no">${o.number}</span></div>
<div class="line plate">${f(t('plate'), text(d, 'plate'))}</div>
<div class="line">${f(t('customer'), o.customerName)}</div>
<div class="line">${f(t('terminal'), [serial, model].filter(Boolean).join(' · '))}</div>
<div class="fault">${f(t('fault'), text(d, 'fault'))}</div>
<div class="line">${f(t('takenOn'), taken)}${staff ? html`${gap}${f(t('technician'), staff)}` : ''}</div>`;
  return printPage({
    lang: locale,
    title: `${t('title')} ${o.number}`,
    body,
    paper: labelPaper(LABEL.widthMm, LABEL.heightMm),
    css: LABEL_CSS,
  });
}
