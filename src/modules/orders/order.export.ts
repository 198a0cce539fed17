import enOrders from '../../../web/src/locales/en/orders.json' with { type: 'json' };
import zhOrders from '../../../web/src/locales/zh-CN/orders.json' with { type: 'json' };
import type { UseCase } from '../../platform/context.js';
import { everyRow } from '../../platform/export/rows.js';
import { webWords } from '../../platform/export/words.js';
import { type Column, timeColumn, toWorkbook, yuanColumn } from '../../platform/export/xlsx.js';
import { type Messages, type PrintLocale, translator } from '../../platform/print/messages.js';
import { tenantZone } from '../../platform/tenancy.js';
import { listOrders, type OrderListInput } from './order.service.js';

// A coded value (a state, a type) in the list's own words: an assigned order whose staff have set off reads 已出发 as
// its row does, and every order type has its name (the sheet's own catalogue had three of six).
const LIST_WORDS = { 'zh-CN': { orders: zhOrders }, en: { orders: enOrders } };

const messages: Record<PrintLocale, Messages> = {
  'zh-CN': {
    sheet: '工单',
    number: '工单号',
    type: '类型',
    state: '状态',
    office: '管理处',
    customer: '业主/住户',
    phone: '联系电话',
    address: '服务地点',
    staff: '服务人员',
    requestedAt: '受理时间',
    appointment: '预约时间',
    total: '合计（元）',
    paidAt: '收款时间',
    listSeparator: '、',
  },
  en: {
    sheet: 'Orders',
    number: 'Order',
    type: 'Type',
    state: 'State',
    office: 'Office',
    customer: 'Owner / resident',
    phone: 'Phone',
    address: 'Place',
    staff: 'Staff',
    requestedAt: 'Requested',
    appointment: 'Appointment',
    total: 'Total (yuan)',
    paidAt: 'Paid',
    listSeparator: ', ',
  },
};

/** The orders the list shows with these filters (every page, in its sort), as one Excel sheet. */
export async function exportOrders(ctx: UseCase, filters: Omit<OrderListInput, 'page' | 'pageSize'>, locale: PrintLocale): Promise<Buffer> {
  const rows = await everyRow((page, pageSize) => listOrders(ctx, { ...filters, page, pageSize }));
  const tz = await tenantZone(ctx);
  const t = translator(messages, locale);
  const list = webWords(LIST_WORDS, locale);
  type Row = (typeof rows)[number];
  const columns: Column<Row>[] = [
    { header: t('number'), width: 20, value: (o) => o.number },
    { header: t('type'), width: 10, value: (o) => list(`orders:types.${o.type}`) },
    {
      header: t('state'),
      width: 10,
      value: (o) => list(o.fieldStep ? `orders:fieldSteps.${o.fieldStep}` : `orders:states.${o.state}`),
    },
    { header: t('office'), width: 16, value: (o) => o.officeName },
    { header: t('customer'), width: 12, value: (o) => o.customerName },
    { header: t('phone'), width: 14, value: (o) => o.customerPhone },
    { header: t('address'), width: 22, value: (o) => o.address },
    { header: t('staff'), width: 16, value: (o) => o.staffNames.join(t('listSeparator')) },
    timeColumn<Row>(t('requestedAt'), (o) => o.requestedAt, tz),
    timeColumn<Row>(t('appointment'), (o) => o.appointmentStart, tz),
    yuanColumn<Row>(t('total'), (o) => o.totalFen),
    timeColumn<Row>(t('paidAt'), (o) => o.paidAt, tz),
  ];
  return toWorkbook(t('sheet'), columns, rows);
}
