import { html, printPage, raw } from '../../platform/print/html.js';
import { type Messages, type PrintLocale, translator } from '../../platform/print/messages.js';

const messages: Record<PrintLocale, Messages> = {
  'zh-CN': {
    heading: '客户意见与投诉',
    lead: '您的投诉、建议、咨询和表扬，我们都会认真对待。',
    promise: '我们将在收到后 {hours} 小时内首次答复，{days} 天内将处理结果告知您。',
    scan: '扫码在手机上填写意见表（无需登录）',
    also: '也可以拨打服务热线、投入意见信箱或到管理处来访。',
    print: '打印本页：Ctrl+P',
  },
  en: {
    heading: 'Customer feedback and complaints',
    lead: 'We take every complaint, suggestion, question and word of praise seriously.',
    promise: 'We reply within {hours} hours of receiving it and tell you the outcome within {days} days.',
    scan: 'Scan to fill in the feedback form on your phone (no sign-in)',
    also: 'You may also call the service hotline, use the feedback mailbox or visit the office.',
    print: 'Print this page: Ctrl+P',
  },
};

/** The notice-board poster of a node's public feedback form (A4.5 "公开投诉电话和信箱"), with the form's QR code. */
export function renderPoster(opts: {
  locale: PrintLocale;
  officeName: string;
  replyHours: number;
  outcomeDays: number;
  qrSvg: string;
  url: string;
}) {
  const t = translator(messages, opts.locale);
  const body = html`
<h1>${opts.officeName}</h1>
<div class="sub">${t('heading')}</div>
<p>${t('lead')}</p>
<p>${t('promise', { hours: opts.replyHours, days: opts.outcomeDays })}</p>
<figure style="margin:24px auto;text-align:center;width:220px">${raw(opts.qrSvg)}<figcaption>${t('scan')}</figcaption></figure>
<p class="muted" style="text-align:center">${opts.url}</p>
<p class="muted">${t('also')}</p>
<p class="muted noprint">${t('print')}</p>`;
  return printPage({ lang: opts.locale, title: `${opts.officeName} ${t('heading')}`, body });
}
