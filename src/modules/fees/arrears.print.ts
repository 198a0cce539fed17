import type { UseCase } from '../../platform/context.js';
import { DomainError } from '../../platform/http/errors.js';
import { fenInChineseCapitals } from '../../platform/money.js';
import { html, labelled, printPage, type SafeHtml } from '../../platform/print/html.js';
import { type Messages, type PrintLocale, PUNCTUATION, translator } from '../../platform/print/messages.js';
import { sealBox } from '../../platform/print/sign-off.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import { type ArrearsQuery, arrearsNotices } from './arrears.service.js';

const messages: Record<PrintLocale, Messages> = {
  'zh-CN': {
    title: '催缴通知单',
    dear: '尊敬的 {owner} 业主/住户：',
    dearNobody: '尊敬的业主/住户：',
    body: '经核对，截至 {date}，您在 {estate} {unit} 的物业服务费用尚有以下款项未缴纳，请于收到本通知后七日内缴清。',
    office: '管理处',
    estate: '小区',
    unit: '房屋',
    owner: '业主',
    phone: '联系电话',
    item: '收费项目',
    period: '所属期间',
    due: '应缴金额（元）',
    total: '合计（小写）',
    words: '合计（大写）',
    howToPay: '缴费方式',
    desk: '请携本通知单到 {office}收费窗口（{address}）缴纳，可使用现金、POS刷卡、微信或支付宝，缴费后领取收款收据。',
    bank: '已签订银行托收协议的，请确保托收账户余额充足，银行将按月代扣；如需办理托收，请到管理处收费窗口签订协议。',
    paid: '如您已在本通知发出后缴清，请忽略本通知。如对账单有疑问，请与管理处联系。',
    date: '通知日期',
    note: '备注',
    seal: '管理处（盖章）',
  },
  en: {
    title: 'Arrears notice',
    dear: 'Dear {owner},',
    dearNobody: 'Dear owner or resident,',
    body: 'As of {date}, the following property fees for {unit} at {estate} are unpaid. Please pay them within seven days of receiving this notice.',
    office: 'Office',
    estate: 'Estate',
    unit: 'Unit',
    owner: 'Owner',
    phone: 'Phone',
    item: 'Fee item',
    period: 'Period',
    due: 'Due (yuan)',
    total: 'Total',
    words: 'Total in words',
    howToPay: 'How to pay',
    desk: 'Bring this notice to the fee desk of {office} ({address}); cash, card (POS), WeChat Pay and Alipay are taken, and you get a receipt.',
    bank: 'If you have a bank collection mandate, keep enough in the account: the bank debits it monthly. To sign a mandate, ask at the fee desk.',
    paid: 'If you have paid since this notice was issued, please disregard it. For questions about the bills, contact the office.',
    date: 'Date',
    note: 'Note',
    seal: 'Office’s seal',
  },
};

const yuan = (fen: number) => (fen / 100).toFixed(2);

/**
 * 催缴通知单 (A2.3): one A4 page per unit in arrears — the office, estate, unit and owner, each unpaid bill (item,
 * period, due), the total in figures and in capitals, where and how to pay (the desk, bank collection), the date,
 * a note line and the office's seal. Bulk prints the units of the arrears list's filter, one per page.
 */
export async function renderArrearsNotices(ctx: UseCase, f: ArrearsQuery, locale: PrintLocale, limit: number): Promise<string> {
  const units = await arrearsNotices(ctx, f, limit);
  if (units.length === 0) throw new DomainError('unprocessable', 'arrears.none', 'no unit of the filter is in arrears');
  const t = translator(messages, locale);
  const field = labelled(locale);
  const { label: sep } = PUNCTUATION[locale];
  const today = businessDate(ctx.clock.now(), await tenantZone(ctx));
  const unitLabel = (u: (typeof units)[number]) =>
    [u.buildingName, u.entrance ? `${u.entrance}单元` : '', u.room].filter(Boolean).join(' ');
  const notice = (u: (typeof units)[number]): SafeHtml => html`
<section class="notice">
  <h1>${t('title')}</h1>
  <div class="meta">
    <div>${field(t('office'), u.officeName)}</div><div>${field(t('estate'), u.estateName)}</div>
    <div>${field(t('unit'), unitLabel(u))}</div><div>${field(t('owner'), u.ownerName ?? '')}</div>
  </div>
  <p>${u.ownerName ? t('dear', { owner: u.ownerName }) : t('dearNobody')}</p>
  <p class="indent">${t('body', { date: today, estate: u.estateName, unit: unitLabel(u) })}</p>
  <table class="items">
    <thead><tr><th>${t('item')}</th><th>${t('period')}</th><th class="num">${t('due')}</th></tr></thead>
    <tbody>${u.lines.map((l) => html`<tr><td>${l.itemName}</td><td>${l.period}</td><td class="num">${yuan(l.dueFen)}</td></tr>`)}</tbody>
    <tfoot><tr><th colspan="2">${t('total')}</th><td class="num"><strong>¥${yuan(u.totalFen)}</strong></td></tr>
    <tr><td colspan="3"><strong>${t('words')}${sep}${fenInChineseCapitals(u.totalFen)}</strong></td></tr></tfoot>
  </table>
  <h2>${t('howToPay')}</h2>
  <ol>
    <li>${t('desk', { office: u.officeName, address: u.estateAddress })}</li>
    <li>${t('bank')}</li>
  </ol>
  <p class="muted">${t('paid')}</p>
  <div class="sign-off"><div class="tail"><div>${field(t('note'), '')}<span class="blank"></span></div>
  <div>${field(t('date'), today)}</div></div>${sealBox(t('seal'))}</div>
</section>`;
  return printPage({
    lang: locale,
    title: units.length === 1 ? `${t('title')} ${units[0]!.estateName} ${unitLabel(units[0]!)}` : t('title'),
    body: html`${units.map(notice)}`,
    css: `.notice{break-after:page} .notice:last-child{break-after:auto}
h2{font-size:13pt;margin:4mm 0 1mm} .indent{text-indent:2em} ol{margin:0 0 2mm;padding-left:6mm}
.sign-off .tail{flex:1;display:grid;gap:6mm} .blank{display:inline-block;min-width:90mm;border-bottom:1px solid #333;height:1.2em;vertical-align:bottom}`,
  });
}
